#pragma once
// BasisView ("Basis functions", issue 5 item 4): a one-feature polynomial or
// Fourier fit (ols, ridge, lasso) taken apart into the intercept b and each
// basis function scaled by its coefficient, w_j φ_j(x), drawn with the fit
// they sum to; and the condition number κ of the design Φ the model solved
// with, with a warning in words when it is large.
//
// Drawn in this view rather than on the canvas: the pieces of a badly
// conditioned fit are often thousands of times larger than the data and
// cancel each other, which is the lesson, and on the canvas they would either
// be clipped away or squash the data to a line. "Zoom to the data" switches
// to the canvas's scale to see the pieces near the fit.
#include <QWidget>

#include "widgets/fit_frame.h"
#include "widgets/teaching_view.h"

class QCheckBox;
class QCustomPlot;
class QLabel;

namespace supex {

class LatestJob;

class BasisView : public QWidget {
  Q_OBJECT

 public:
  explicit BasisView(const ViewContext& context, QWidget* parent = nullptr);

  QCustomPlot* plot() const { return m_plot; }
  // κ of the design of the shown fit (NaN when none is shown).
  double conditionNumber() const { return m_condition; }
  QString statusText() const;
  QString warningText() const;
  QCheckBox* zoomBox() const { return m_zoom; }

 signals:
  // The pieces of a new fit are drawn.
  void piecesShown();

 private:
  struct Pieces;
  void onFrame(const FitFramePtr& frame);
  void showNotApplicable(const QString& why);
  void draw(const Pieces& pieces);
  void rescale();

  ViewContext m_ctx;
  QLabel* m_status = nullptr;
  QLabel* m_warning = nullptr;
  QCheckBox* m_zoom = nullptr;
  QCustomPlot* m_plot = nullptr;
  LatestJob* m_job = nullptr;
  double m_condition = 0.0;
  double m_dataLo = 0, m_dataHi = 1, m_allLo = 0, m_allHi = 1;
};

}  // namespace supex
