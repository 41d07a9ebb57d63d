#include "widgets/views/probe_layer.h"

#include "widgets/data_canvas.h"
#include "widgets/okabe_ito.h"

namespace supex {

ProbeLayer::ProbeLayer(QCPAxis* x, QCPAxis* y) : QCPLayerable(x->parentPlot()), m_x(x), m_y(y) {
  setAntialiased(true);
}

void ProbeLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const {
  applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

QRect ProbeLayer::clipRect() const { return m_x->axisRect()->rect(); }

void ProbeLayer::draw(QCPPainter* painter) {
  if (!picture) return;
  const auto* canvas = qobject_cast<const DataCanvas*>(mParentPlot);
  const double scale = canvas && canvas->presentationMode() ? 1.45 : 1.0;
  auto px = [this](QPointF p) { return QPointF(m_x->coordToPixel(p.x()), m_y->coordToPixel(p.y())); };
  const QPointF c = px(picture->probe);
  const QColor ink(20, 20, 20);

  // Intervals first, under the pin, both with end caps.
  auto bar = [&](const QPointF& range, const QColor& color, double width, double cap) {
    const QPointF lo = px({picture->probe.x(), range.x()});
    const QPointF hi = px({picture->probe.x(), range.y()});
    painter->setPen(QPen(color, width * scale, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(lo, hi);
    painter->setPen(QPen(color, 2.0 * scale));
    painter->drawLine(lo - QPointF(cap * scale, 0), lo + QPointF(cap * scale, 0));
    painter->drawLine(hi - QPointF(cap * scale, 0), hi + QPointF(cap * scale, 0));
  };
  // In the hues of the canvas's bands: prediction as the points, the mean darker than the curve.
  if (picture->predInterval) bar(*picture->predInterval, regressionPointColor(), 5.0, 9.0);
  if (picture->meanInterval) bar(*picture->meanInterval, regressionCurveColor().darker(150), 3.0, 6.0);

  QPen spoke(QColor(20, 20, 20, 170), 1.3 * scale, Qt::DashLine);
  painter->setPen(spoke);
  for (const QPointF& n : picture->neighbours) painter->drawLine(c, px(n));
  painter->setPen(QPen(ink, 2.0 * scale));
  painter->setBrush(Qt::NoBrush);
  const double s = 7.0 * scale;
  for (const QPointF& n : picture->neighbours) {
    const QPointF p = px(n);
    painter->drawRect(QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s));
  }
  if (picture->dataPoint) {
    painter->setPen(QPen(ink, 2.0 * scale, Qt::DotLine));
    painter->drawEllipse(px(*picture->dataPoint), 11.0 * scale, 11.0 * scale);
  }

  // The pin: a white disc with a dark ring and centre, and short cross hairs.
  const double r = 6.5 * scale;
  painter->setPen(QPen(ink, 1.6 * scale));
  painter->drawLine(c - QPointF(r + 6 * scale, 0), c - QPointF(r - 2, 0));
  painter->drawLine(c + QPointF(r - 2, 0), c + QPointF(r + 6 * scale, 0));
  painter->drawLine(c - QPointF(0, r + 6 * scale), c - QPointF(0, r - 2));
  painter->drawLine(c + QPointF(0, r - 2), c + QPointF(0, r + 6 * scale));
  painter->setPen(QPen(ink, 2.4 * scale));
  painter->setBrush(QColor(255, 255, 255, 220));
  painter->drawEllipse(c, r, r);
  painter->setPen(Qt::NoPen);
  painter->setBrush(ink);
  painter->drawEllipse(c, 2.0 * scale, 2.0 * scale);
}

}  // namespace supex
