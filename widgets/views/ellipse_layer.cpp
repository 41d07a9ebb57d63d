#include "widgets/views/ellipse_layer.h"

#include "widgets/data_canvas.h"
#include "widgets/okabe_ito.h"

namespace supex {
namespace {

// Thin yellow lines vanish on the light regions; darken that one colour.
QColor lineColor(int k) {
  const QColor c = classColor(k);
  return (k % kPaletteSize) == 3 ? c.darker(130) : c;
}

}  // namespace

EllipseLayer::EllipseLayer(QCPAxis* x, QCPAxis* y, Part part)
    : QCPLayerable(x->parentPlot()), m_x(x), m_y(y), m_part(part) {
  setAntialiased(true);
}

void EllipseLayer::setEllipses(std::vector<ClassEllipses> ellipses) { m_ellipses = std::move(ellipses); }

void EllipseLayer::setParts(bool means, bool oneSigma, bool twoSigma) {
  m_means = means;
  m_one = oneSigma;
  m_two = twoSigma;
}

void EllipseLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const {
  applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

QRect EllipseLayer::clipRect() const { return m_x->axisRect()->rect(); }

void EllipseLayer::draw(QCPPainter* painter) {
  auto px = [this](QPointF p) { return QPointF(m_x->coordToPixel(p.x()), m_y->coordToPixel(p.y())); };
  auto toPixels = [&](const QPolygonF& poly) {
    QPolygonF out;
    out.reserve(poly.size());
    for (const QPointF& p : poly) out << px(p);
    return out;
  };
  // Thicker lines on a projector, as the canvas's own.
  const auto* canvas = qobject_cast<const DataCanvas*>(mParentPlot);
  const double scale = canvas && canvas->presentationMode() ? 1.45 : 1.0;
  painter->setBrush(Qt::NoBrush);
  if (m_part == Part::Ellipses) {
    for (const ClassEllipses& e : m_ellipses) {
      const QColor c = lineColor(e.classIndex);
      if (m_two) {
        QPen pen(c, 1.8 * scale, Qt::DashLine);
        pen.setDashPattern({5, 3});
        painter->setPen(pen);
        painter->drawPolyline(toPixels(e.twoSigma));
      }
      if (m_one) {
        painter->setPen(QPen(c, 2.4 * scale));
        painter->drawPolyline(toPixels(e.oneSigma));
      }
    }
    return;
  }
  if (!m_means) return;
  // A diamond in the class colour with a white halo and a dark edge, unlike
  // the round data points.
  const double r = 8.5 * scale;
  for (const ClassEllipses& e : m_ellipses) {
    const QPointF c = px(e.mean);
    QPolygonF diamond;
    diamond << c + QPointF(0, -r) << c + QPointF(r, 0) << c + QPointF(0, r) << c + QPointF(-r, 0);
    painter->setPen(QPen(Qt::white, 4.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(diamond);
    painter->setPen(QPen(QColor(20, 20, 20), 1.4 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(classColor(e.classIndex));
    painter->drawPolygon(diamond);
  }
}

}  // namespace supex
