#pragma once
// MinkowskiView: the unit balls ‖u‖_p = 1 for several p on one plot, with the
// current p of the model drawn thick, so a learner sees what "distance" the
// kNN model is using: p < 1 a star, p = 1 a diamond, p = 2 a disc, p → ∞ a square.
#include <qcustomplot.h>

namespace supex {

class MinkowskiView : public QCustomPlot {
  Q_OBJECT

 public:
  explicit MinkowskiView(QWidget* parent = nullptr);

  // The model's p (> 0 or infinity); drawn in black on top of the references.
  void setP(double p);
  double p() const { return m_p; }
  QCPCurve* currentCurve() const { return m_current; }

  QSize sizeHint() const override { return {320, 300}; }

 private:
  double m_p = 2.0;
  QCPCurve* m_current = nullptr;
};

}  // namespace supex
