#pragma once
// Draws polylines given in data coordinates (the decision boundary) on a
// QCustomPlot layer. A layerable rather than a QCPCurve per line: one object,
// any number of lines, and it renders through QCPPainter, so PDF and SVG
// exports keep the boundary as vector paths.
#include <qcustomplot.h>

#include <QPointer>

namespace supex {

class BoundaryLayer : public QCPLayerable {
 public:
  BoundaryLayer(QCPAxis* keyAxis, QCPAxis* valueAxis);

  void setLines(QVector<QPolygonF> lines) { m_lines = std::move(lines); }
  const QVector<QPolygonF>& lines() const { return m_lines; }
  void setPen(const QPen& pen) { m_pen = pen; }
  const QPen& pen() const { return m_pen; }

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  void draw(QCPPainter* painter) override;
  QRect clipRect() const override;

 private:
  QPointer<QCPAxis> m_keyAxis, m_valueAxis;
  QVector<QPolygonF> m_lines;
  QPen m_pen;
};

}  // namespace supex
