#pragma once
// The two bands of a one-feature OLS fit, each a filled channel between two
// graphs: the wide prediction band, and over it the narrower confidence band
// of the mean. Shared by the canvas and the comparison tiles so both show
// the same picture. Create it before the fitted curve's graph: graphs draw
// in creation order and the curve belongs on top.
#include <qcustomplot.h>

#include "widgets/fit_frame.h"

namespace supex {

class RegressionBands {
 public:
  RegressionBands(QCustomPlot* plot, QCPAxis* x, QCPAxis* y);

  // Shows the frame's bands, named with their level ("95% prediction band");
  // hides them and returns false when the frame has none.
  bool show(const FitFrame& frame);
  void hide();
  bool visible() const { return m_predHigh->visible(); }
  // The graphs whose fill stands for each band in a legend.
  QCPGraph* predictionBand() const { return m_predHigh; }
  QCPGraph* meanBand() const { return m_meanHigh; }

 private:
  QCPGraph* m_predLow;
  QCPGraph* m_predHigh;
  QCPGraph* m_meanLow;
  QCPGraph* m_meanHigh;
};

}  // namespace supex
