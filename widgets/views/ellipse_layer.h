#pragma once
// The LDA/QDA picture on the canvas: each class mean (a diamond) and its 1σ
// (solid) and 2σ (dashed) covariance ellipses in the class's colour, drawn
// on the canvas's "main" layer: over the regions, under the points. A
// layerable like the boundary, so figures export it as vectors.
#include <qcustomplot.h>

#include <vector>

namespace supex {

struct ClassEllipses {
  int classIndex = 0;
  QPointF mean;
  QPolygonF oneSigma, twoSigma;  // data coordinates, closed
};

class EllipseLayer : public QCPLayerable {
 public:
  EllipseLayer(QCPAxis* x, QCPAxis* y);

  void setEllipses(std::vector<ClassEllipses> ellipses);
  const std::vector<ClassEllipses>& ellipses() const { return m_ellipses; }
  void setParts(bool means, bool oneSigma, bool twoSigma);

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  QRect clipRect() const override;
  void draw(QCPPainter* painter) override;

 private:
  QCPAxis* m_x;
  QCPAxis* m_y;
  std::vector<ClassEllipses> m_ellipses;
  bool m_means = true, m_one = true, m_two = true;
};

}  // namespace supex
