#pragma once
// MinkowskiView: the unit balls ‖u‖_p = 1 for several p on one plot, with the
// current p of the model drawn thick, so a learner sees what "distance" the
// kNN model is using: p < 1 a star, p = 1 a diamond, p = 2 a disc, p → ∞ a square.
#include <qcustomplot.h>

#include <vector>

namespace supex {

class MinkowskiView : public QCustomPlot {
  Q_OBJECT

 public:
  explicit MinkowskiView(QWidget* parent = nullptr);

  // The model's p (> 0 or infinity); drawn in black on top of the references.
  void setP(double p);
  double p() const { return m_p; }
  QCPCurve* currentCurve() const { return m_current; }
  // Presentation mode: larger text and thicker curves, as on the canvas.
  void setPresentationMode(bool on);
  bool presentationMode() const { return m_scale > 1.0; }

  QSize sizeHint() const override { return {320, 300}; }

 private:
  void applyStyle();

  double m_p = 2.0;
  double m_scale = 1.0;  // 1.45 in presentation mode, the canvas's factor
  std::vector<QCPCurve*> m_references;  // the fixed p of the comparison
  QCPCurve* m_current = nullptr;
};

}  // namespace supex
