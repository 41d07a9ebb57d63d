#pragma once
// The "Sampling distribution" teaching view (issue 5, item 3): inference
// made visible for ordinary least squares.
//   - Residuals: a toggle that draws each training point's residual on the
//     canvas (views/residual_layer.h), for any one-feature regression.
//   - Confidence level: one control for the model's `level` parameter, so it
//     moves the bands on the canvas and the intervals of the info panel's
//     table together (the model panel shows the same value).
//   - The sampling distribution of ŵ: OLS refitted many times on new noise
//     drawn from the fitted model (core/models/ols/ols_sampling.h), on a
//     background thread, cancelled when a newer fit arrives; for each
//     coefficient the histogram of the refits against the normal density
//     N(ŵ_j, σ̂²[(XᵀX)⁻¹]_jj), and the share of t intervals that covered ŵ_j
//     next to the nominal level.
#include <QPointer>
#include <QWidget>
#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include "core/models/ols/ols_sampling.h"
#include "widgets/teaching_view.h"
#include "widgets/fit_frame.h"
#include "widgets/views/residual_layer.h"

class QCheckBox;
class QCustomPlot;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace supex {

class SamplingView : public QWidget {
  Q_OBJECT

 public:
  explicit SamplingView(const ViewContext& context, QWidget* parent = nullptr);
  ~SamplingView() override;

  QCheckBox* residualsBox() const { return m_residuals; }
  QDoubleSpinBox* levelBox() const { return m_level; }
  QSpinBox* replicatesBox() const { return m_replicates; }
  QSpinBox* seedBox() const { return m_seed; }
  ResidualLayer* residualLayer() const { return m_layer.data(); }
  QTableWidget* coverageTable() const { return m_table; }
  QString statusText() const;
  // The last simulation shown (null before the first, or when the model is not OLS).
  const std::shared_ptr<const OlsSampling>& result() const { return m_result; }
  const std::vector<QCustomPlot*>& histograms() const { return m_plots; }

  // Simulates for the fit on the canvas now (it also runs by itself, shortly
  // after every new OLS fit while the view is visible).
  void simulate();

 signals:
  // A simulation finished and is shown (or failed, with its message shown).
  void simulationFinished();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void onFrame(const FitFramePtr& frame);
  void onParams();
  void updateResiduals();
  void showResult(std::shared_ptr<const OlsSampling> result, const QString& error, double ms);
  void drawHistogram(QCustomPlot* plot, const OlsSampling& s, int j, const QString& name);
  void setStatus(const QString& text);

  ViewContext m_ctx;
  QPointer<ResidualLayer> m_layer;
  QCheckBox* m_residuals = nullptr;
  QDoubleSpinBox* m_level = nullptr;
  QLabel* m_levelNote = nullptr;
  QSpinBox* m_replicates = nullptr;
  QSpinBox* m_seed = nullptr;
  QPushButton* m_run = nullptr;
  QLabel* m_status = nullptr;
  QWidget* m_body = nullptr;  // the table and the histograms
  QTableWidget* m_table = nullptr;
  QWidget* m_plotBox = nullptr;
  QGridLayout* m_plotGrid = nullptr;
  std::vector<QCustomPlot*> m_plots;
  QTimer* m_debounce = nullptr;

  FittedModelPtr m_simulatedModel;  // the fit the last started simulation belongs to
  std::vector<std::string> m_names;
  std::shared_ptr<const OlsSampling> m_result;
  std::uint64_t m_generation = 0;  // GUI thread only; results of older runs are dropped
  std::jthread m_thread;           // last: stopped and joined before the members above go
};

}  // namespace supex
