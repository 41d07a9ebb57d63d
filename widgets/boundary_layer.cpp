#include "widgets/boundary_layer.h"

namespace supex {

BoundaryLayer::BoundaryLayer(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPLayerable(keyAxis->parentPlot()), m_keyAxis(keyAxis), m_valueAxis(valueAxis),
      m_pen(QColor(40, 40, 40), 2.0) {
  m_pen.setJoinStyle(Qt::RoundJoin);
  m_pen.setCapStyle(Qt::RoundCap);
  setAntialiased(true);
}

void BoundaryLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const {
  applyAntialiasingHint(painter, mAntialiased, QCP::aePlottables);
}

QRect BoundaryLayer::clipRect() const {
  if (m_keyAxis && m_valueAxis) return m_keyAxis->axisRect()->rect() & m_valueAxis->axisRect()->rect();
  return {};
}

void BoundaryLayer::draw(QCPPainter* painter) {
  if (!m_keyAxis || !m_valueAxis) return;
  painter->setPen(m_pen);
  painter->setBrush(Qt::NoBrush);
  QPolygonF pixels;
  for (const QPolygonF& line : m_lines) {
    pixels.resize(line.size());
    for (qsizetype i = 0; i < line.size(); ++i)
      pixels[i] = QPointF(m_keyAxis->coordToPixel(line[i].x()), m_valueAxis->coordToPixel(line[i].y()));
    painter->drawPolyline(pixels);
  }
}

}  // namespace supex
