#pragma once
// HighDimView ("High dimensions", issue 5 item 7): two curves against the
// dimension d = 1..100 for a chosen Minkowski p — the relative contrast
// (D_max − D_min)/D_min from random queries to n uniform points in [0,1]^d,
// and the fraction of the cube inside its inscribed ℓp ball — recomputed off
// the GUI thread whenever p, n, the number of queries or the seed changes
// (core/eval/high_dimensions.h).
#include <QWidget>

#include "core/eval/high_dimensions.h"
#include "widgets/teaching_view.h"

class QCheckBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace supex {

class LatestJob;

class HighDimView : public QWidget {
  Q_OBJECT

 public:
  explicit HighDimView(const ViewContext& context, QWidget* parent = nullptr);

  QDoubleSpinBox* pBox() const { return m_p; }
  QCheckBox* infBox() const { return m_inf; }
  QSpinBox* nBox() const { return m_n; }
  QSpinBox* queriesBox() const { return m_queries; }
  QSpinBox* seedBox() const { return m_seed; }
  QCustomPlot* contrastPlot() const { return m_contrastPlot; }
  QCustomPlot* ballPlot() const { return m_ballPlot; }
  // The curves on screen (empty before the first result).
  const HighDimensionCurves& curves() const { return m_curves; }
  HighDimensionOptions options() const;
  QString summaryText() const;

 signals:
  void curvesShown();

 private:
  void recompute();
  void draw();

  QDoubleSpinBox* m_p = nullptr;
  QCheckBox* m_inf = nullptr;
  QSpinBox* m_n = nullptr;
  QSpinBox* m_queries = nullptr;
  QSpinBox* m_seed = nullptr;
  QLabel* m_summary = nullptr;
  QCustomPlot* m_contrastPlot = nullptr;
  QCustomPlot* m_ballPlot = nullptr;
  LatestJob* m_job = nullptr;
  HighDimensionCurves m_curves;
  double m_shownP = 2.0;
};

}  // namespace supex
