#pragma once
// The LDA/QDA picture on the canvas: each class's 1σ (solid) and 2σ (dashed)
// covariance ellipses in the class's colour, or its mean (a diamond). The
// view puts the ellipses on the canvas's "main" layer (over the regions,
// under the points) and the means on "overlay" (above the points, which
// would hide them otherwise). A layerable like the boundary, so figures
// export it as vectors.
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
  enum class Part { Ellipses, Means };
  EllipseLayer(QCPAxis* x, QCPAxis* y, Part part);

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
  Part m_part;
  std::vector<ClassEllipses> m_ellipses;
  bool m_means = true, m_one = true, m_two = true;
};

}  // namespace supex
