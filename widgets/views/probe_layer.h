#pragma once
// The "explain this point" probe on the canvas: a pin at the probe, and what
// the explanation points at — the kNN neighbours (spokes and squares), the
// training point under the probe, and for a one-feature OLS fit the
// confidence and prediction intervals at the probe's x as vertical bars.
#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace supex {

struct ProbePicture {
  QPointF probe;                     // data coordinates
  std::vector<QPointF> neighbours;   // kNN: the k neighbours
  std::optional<QPointF> dataPoint;  // the training point the probe is on
  // One-feature OLS at x = probe.x(): [meanLow, meanHigh] and [predLow, predHigh].
  std::optional<QPointF> meanInterval, predInterval;  // (low, high)
};

class ProbeLayer : public QCPLayerable {
 public:
  ProbeLayer(QCPAxis* x, QCPAxis* y);
  std::optional<ProbePicture> picture;

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  QRect clipRect() const override;
  void draw(QCPPainter* painter) override;

 private:
  QCPAxis* m_x;
  QCPAxis* m_y;
};

}  // namespace supex
