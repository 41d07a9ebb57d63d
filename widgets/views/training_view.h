#pragma once
// TrainingView: the training animation (issue 5, item 1). For the models
// trained step by step — the network (epochs), logistic regression (gradient
// steps) and the lasso (coordinate updates or sweeps) — Play, Pause, Step,
// Reset and a speed control; the boundary or the fitted curve morphs on the
// canvas while the loss curve grows beside it, and hovering the curve reads
// the exact iteration and value.
//
// Once Step or Play is pressed the view holds the canvas
// (ExplorerController::holdPicture) and shows the frames of its own
// TrainingWorker; "Full fit" gives the canvas back to the live fit. Parameter
// changes go to the running training (TrainingSession::retune says whether it
// went on or restarted, and the view says so); a data change restarts it; a
// model change stops it and gives the canvas back.
#include <QWidget>
#include <cstdint>
#include <vector>

#include "widgets/teaching_view.h"
#include "widgets/views/training_worker.h"

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace supex {

class TrainingView : public QWidget {
  Q_OBJECT

 public:
  explicit TrainingView(const ViewContext& context, QWidget* parent = nullptr);
  ~TrainingView() override;

  QPushButton* playButton() const { return m_play; }  // checkable: checked = playing
  QPushButton* stepButton() const { return m_step; }
  QPushButton* resetButton() const { return m_reset; }
  QPushButton* fullFitButton() const { return m_fullFit; }
  QComboBox* speedBox() const { return m_speed; }
  QComboBox* lassoModeBox() const { return m_lassoMode; }
  QDoubleSpinBox* etaBox() const { return m_eta; }
  QCustomPlot* lossPlot() const { return m_plot; }

  // The animation owns the canvas (a session runs or is paused).
  bool active() const { return m_active; }
  bool playing() const;
  long long iteration() const { return m_iteration; }
  const std::vector<LossPoint>& history() const { return m_history; }
  // The last frame the animation put on the canvas.
  const FitFramePtr& lastFrame() const { return m_lastFrame; }
  QString noteText() const;
  QString statusText() const;
  // What hovering the loss curve reads ("epoch 12: training loss J = 0.41"), empty when not hovering.
  QString readoutText() const;
  // Reads the curve at `iteration` as hovering does (for tests and tours).
  void showReadoutAt(double iteration);

 signals:
  // An update from the worker was shown (curve, labels, canvas).
  void updateShown();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  bool ensureStarted(bool play = false);
  void stopAnimation(const QString& note);
  void onModelChanged();
  void onUpdate(const TrainingUpdatePtr& update);
  void refreshControls();
  void redrawCurve(bool rescale);
  void setNote(const QString& text, bool error = false);
  TrainingSetup currentSetup() const;
  QString currentModelId() const;
  QString formatValue(double v) const;

  ViewContext m_ctx;
  TrainingWorker* m_worker = nullptr;

  QLabel* m_title = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_step = nullptr;
  QPushButton* m_reset = nullptr;
  QPushButton* m_fullFit = nullptr;
  QComboBox* m_speed = nullptr;
  QLabel* m_lassoLabel = nullptr;
  QComboBox* m_lassoMode = nullptr;
  QLabel* m_etaLabel = nullptr;
  QDoubleSpinBox* m_eta = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_note = nullptr;
  QCustomPlot* m_plot = nullptr;
  QCPGraph* m_trainGraph = nullptr;
  QCPGraph* m_testGraph = nullptr;
  QCPItemTracer* m_tracer = nullptr;
  QCPItemText* m_readout = nullptr;

  bool m_active = false;
  std::uint64_t m_session = 0;
  long long m_iteration = 0;
  std::vector<LossPoint> m_history;
  std::string m_stepName = "step", m_trainName, m_testName;
  bool m_hasTest = false;
  bool m_testOnRightAxis = false;
  FitFramePtr m_lastFrame;
};

}  // namespace supex
