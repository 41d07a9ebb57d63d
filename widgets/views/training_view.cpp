#include "widgets/views/training_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/label_style.h"
#include "widgets/model_panel.h"
#include "widgets/okabe_ito.h"
#include "widgets/point_document.h"

namespace supex {
namespace {

// Steps per second offered by the speed control; 0 = as fast as possible.
const double kSpeeds[] = {1, 2, 5, 10, 30, 100, 300, 1000, 0};
constexpr int kDefaultSpeed = 4;  // 30 steps/s

QString q(const std::string& s) { return QString::fromStdString(s); }

QString modelTitle(const QString& id) {
  if (id == "nn") return QObject::tr("Neural network: one step = one epoch (every mini-batch once)");
  if (id == "logistic") return QObject::tr("Logistic regression: one step = one gradient step on the mean objective");
  if (id == "lasso") return QObject::tr("Lasso: one step = one coordinate update, or one sweep over them");
  return QObject::tr("The training animation is for the models trained step by step: choose the neural network, "
                     "logistic regression or the lasso in the model panel.");
}

}  // namespace

TrainingView::TrainingView(const ViewContext& context, QWidget* parent) : QWidget(parent), m_ctx(context) {
  m_worker = new TrainingWorker(this);

  m_title = new QLabel;
  m_title->setWordWrap(true);
  setBold(m_title);

  m_play = new QPushButton(tr("Play"));
  m_play->setCheckable(true);
  m_play->setToolTip(tr("Train continuously at the chosen speed (Pause stops)"));
  m_step = new QPushButton(tr("Step"));
  m_step->setToolTip(tr("Take one step"));
  m_reset = new QPushButton(tr("Reset"));
  m_reset->setToolTip(tr("Back to the starting weights, iteration 0"));
  m_fullFit = new QPushButton(tr("Full fit"));
  m_fullFit->setToolTip(tr("Stop the animation and show the model fitted to the end, as usual"));
  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {m_play, m_step, m_reset, m_fullFit}) buttons->addWidget(b);

  m_speed = new QComboBox;
  for (double s : kSpeeds)
    m_speed->addItem(s > 0 ? tr("%1 steps/s").arg(s) : tr("as fast as possible"), s);
  m_speed->setCurrentIndex(kDefaultSpeed);
  m_speed->setToolTip(tr("Steps per second while playing; the picture is redrawn at most %1 times a second")
                          .arg(TrainingWorker::kMaxFramesPerSecond));
  m_worker->setSpeed(kSpeeds[kDefaultSpeed]);

  m_lassoLabel = new QLabel(tr("One step:"));
  m_lassoMode = new QComboBox;
  m_lassoMode->addItem(tr("one coordinate update"));
  m_lassoMode->addItem(tr("one sweep over all coordinates"));
  m_etaLabel = new QLabel(tr("Learning rate η:"));
  m_eta = new QDoubleSpinBox;
  m_eta->setRange(0.001, 50.0);
  m_eta->setDecimals(3);
  m_eta->setSingleStep(0.1);
  m_eta->setValue(1.0);
  m_eta->setToolTip(tr("θ ← θ − η·∇f(θ)/n. Logistic regression is fitted by Newton's method; these gradient "
                       "steps are for watching it learn. A new η applies from the next step, without a reset."));

  auto* speedRow = new QHBoxLayout;
  speedRow->addWidget(new QLabel(tr("Speed:")));
  speedRow->addWidget(m_speed, 1);
  auto* optionRow = new QHBoxLayout;
  optionRow->addWidget(m_lassoLabel);
  optionRow->addWidget(m_lassoMode, 1);
  optionRow->addWidget(m_etaLabel);
  optionRow->addWidget(m_eta, 1);

  m_status = new QLabel;
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_note = new QLabel;
  m_note->setWordWrap(true);
  m_note->hide();

  auto* left = new QVBoxLayout;
  left->addWidget(m_title);
  left->addLayout(buttons);
  left->addLayout(speedRow);
  left->addLayout(optionRow);
  left->addWidget(m_status);
  left->addWidget(m_note);
  left->addStretch(1);
  auto* leftBox = new QWidget;
  leftBox->setLayout(left);
  leftBox->setMinimumWidth(340);
  leftBox->setMaximumWidth(460);

  m_plot = new QCustomPlot;
  m_plot->setMinimumSize(320, 180);
  m_plot->setNoAntialiasingOnDrag(true);
  m_trainGraph = m_plot->addGraph();
  m_trainGraph->setPen(QPen(QColor(0, 0, 0), 2));
  m_testGraph = m_plot->addGraph();
  m_testGraph->setPen(QPen(classColor(1), 2, Qt::DashLine));
  m_plot->xAxis->setLabel(tr("iteration"));
  m_plot->xAxis->setRange(0, 10);
  {
    // Iterations are whole numbers: ticks at multiples of 1 (1, 2, 5, 10, … steps apart).
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
  }
  m_plot->legend->setVisible(true);
  m_plot->legend->setBrush(QColor(255, 255, 255, 220));
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  m_tracer = new QCPItemTracer(m_plot);
  m_tracer->setStyle(QCPItemTracer::tsCircle);
  m_tracer->setSize(9);
  m_tracer->setPen(QPen(QColor(0, 0, 0), 1.5));
  m_tracer->setBrush(QColor(255, 255, 255));
  m_tracer->setInterpolating(false);
  m_tracer->setVisible(false);
  m_readout = new QCPItemText(m_plot);
  m_readout->setClipToAxisRect(false);
  m_readout->position->setParentAnchor(m_tracer->position);  // coordinates are then pixel offsets
  m_readout->setTextAlignment(Qt::AlignLeft);
  m_readout->setBrush(QColor(255, 255, 240, 235));
  m_readout->setPen(QPen(QColor(120, 120, 120)));
  m_readout->setPadding(QMargins(4, 2, 4, 2));
  m_readout->setVisible(false);
  m_plot->setMouseTracking(true);
  m_plot->installEventFilter(this);

  auto* layout = new QHBoxLayout(this);
  layout->addWidget(leftBox);
  layout->addWidget(m_plot, 1);
  // Keeps the controls at the left while the plot is hidden.
  layout->addStretch(0);

  connect(m_play, &QPushButton::toggled, this, [this](bool on) {
    if (on && !m_active) {
      if (!ensureStarted(true)) {
        const QSignalBlocker block(m_play);
        m_play->setChecked(false);
      }
    } else {
      m_worker->setPlaying(on);
    }
    refreshControls();
  });
  connect(m_step, &QPushButton::clicked, this, [this] {
    if (!ensureStarted()) return;
    {
      const QSignalBlocker block(m_play);
      m_play->setChecked(false);
    }
    m_worker->stepOnce();
    refreshControls();
  });
  connect(m_reset, &QPushButton::clicked, this, [this] {
    if (m_active) m_worker->reset();
  });
  connect(m_fullFit, &QPushButton::clicked, this,
          [this] { stopAnimation(tr("Showing the fully fitted model again. Step or Play trains it again from the start.")); });
  connect(m_speed, &QComboBox::currentIndexChanged, this,
          [this](int i) { m_worker->setSpeed(m_speed->itemData(i).toDouble()); });
  connect(m_lassoMode, &QComboBox::currentIndexChanged, this, [this](int i) { m_worker->setLassoSweeps(i == 1); });
  connect(m_eta, &QDoubleSpinBox::valueChanged, this, [this](double eta) {
    m_worker->setLogisticRate(eta);
    if (m_active)
      setNote(tr("Learning rate η → %1 at %2 %3: the next steps use it, no reset.")
                  .arg(eta)
                  .arg(q(m_stepName))
                  .arg(m_iteration));
  });
  connect(m_worker, &TrainingWorker::updated, this, &TrainingView::onUpdate);

  connect(m_ctx.models, &ModelPanel::modelChanged, this, [this] { onModelChanged(); });
  connect(m_ctx.models, &ModelPanel::paramsChanged, this, [this](const ParamValues& values) {
    if (m_active) m_worker->retune(values);
  });
  connect(m_ctx.document, &PointDocument::changed, this, [this] {
    if (!m_active) return;
    m_session = m_worker->start(currentSetup(), playing());
    setNote(tr("The data changed: training restarted at %1 0.").arg(q(m_stepName)));
  });
  connect(m_ctx.canvas, &DataCanvas::viewChanged, this, [this] {
    if (m_active) m_worker->setGrid(m_ctx.canvas->viewGrid(m_ctx.controller->gridCells()));
  });
  onModelChanged();
}

// Nothing is handed back to the controller here: when the window closes, the
// controller and the canvas may already be gone. The worker (a child) joins
// its thread in its destructor, stopping within one step.
TrainingView::~TrainingView() = default;

bool TrainingView::playing() const { return m_play->isChecked(); }
QString TrainingView::noteText() const { return m_note->text(); }
QString TrainingView::statusText() const { return m_status->text(); }
QString TrainingView::readoutText() const { return m_readout->visible() ? m_readout->text() : QString(); }

QString TrainingView::currentModelId() const {
  const ModelInfo* info = m_ctx.models->currentModel();
  return info ? q(info->id) : QString();
}

TrainingSetup TrainingView::currentSetup() const {
  TrainingSetup setup;
  setup.modelId = currentModelId().toStdString();
  setup.train = m_ctx.document->trainSet();
  setup.test = m_ctx.document->testSet();
  setup.params = m_ctx.models->values();
  return setup;
}

bool TrainingView::ensureStarted(bool play) {
  if (m_active) return true;
  if (!TrainingSession::supports(currentModelId().toStdString())) return false;
  m_history.clear();
  m_iteration = 0;
  redrawCurve(true);
  m_worker->setGrid(m_ctx.canvas->viewGrid(m_ctx.controller->gridCells()));
  m_worker->setLassoSweeps(m_lassoMode->currentIndex() == 1);
  m_worker->setLogisticRate(m_eta->value());
  m_session = m_worker->start(currentSetup(), play);
  m_active = true;
  m_ctx.controller->holdPicture(true);
  setNote({});
  refreshControls();
  return true;
}

void TrainingView::stopAnimation(const QString& note) {
  m_worker->stop();
  m_session = 0;
  {
    const QSignalBlocker block(m_play);
    m_play->setChecked(false);
  }
  if (m_active) {
    m_active = false;
    m_ctx.controller->holdPicture(false);
  }
  setNote(note);
  refreshControls();
}

void TrainingView::onModelChanged() {
  stopAnimation({});
  m_history.clear();
  m_iteration = 0;
  m_lastFrame.reset();
  const QString id = currentModelId();
  m_title->setText(modelTitle(id));
  m_lassoLabel->setVisible(id == "lasso");
  m_lassoMode->setVisible(id == "lasso");
  m_etaLabel->setVisible(id == "logistic");
  m_eta->setVisible(id == "logistic");
  m_stepName = id == "nn" ? "epoch" : id == "logistic" ? "step" : "update";
  m_trainName.clear();
  m_testName.clear();
  m_hasTest = false;
  // No empty loss axes for a model that is not trained step by step.
  m_plot->setVisible(TrainingSession::supports(id.toStdString()));
  m_status->setText(TrainingSession::supports(id.toStdString())
                        ? tr("Press Step or Play to train from the starting weights; the canvas then shows the model "
                             "as it learns.")
                        : QString());
  redrawCurve(true);
  refreshControls();
}

void TrainingView::refreshControls() {
  const bool supported = TrainingSession::supports(currentModelId().toStdString());
  m_play->setEnabled(supported);
  m_step->setEnabled(supported);
  m_speed->setEnabled(supported);
  m_reset->setEnabled(m_active);
  m_fullFit->setEnabled(m_active);
  m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
}

void TrainingView::setNote(const QString& text, bool error) {
  m_note->setText(text);
  m_note->setVisible(!text.isEmpty());
  if (error)
    makeNoteBox(m_note, QColor(253, 236, 234), QColor(140, 20, 10));
  else
    makeNoteBox(m_note, QColor(236, 244, 252), QColor(20, 50, 90));
}

QString TrainingView::formatValue(double v) const { return QString::number(v, 'g', 6); }

void TrainingView::onUpdate(const TrainingUpdatePtr& update) {
  if (!m_active || update->session != m_session) return;  // from a stopped or superseded session
  if (update->restarted) m_history.clear();
  m_history.insert(m_history.end(), update->points.begin(), update->points.end());
  m_iteration = update->iteration;
  if (!update->stepName.empty()) {
    m_stepName = update->stepName;
    m_trainName = update->trainName;
    m_testName = update->testName;
    m_hasTest = update->hasTest;
  }
  if (update->frame) {
    m_lastFrame = update->frame;
    m_ctx.controller->showFrame(update->frame);
  }
  if (!update->error.empty()) {
    setNote(q(update->error), true);
    if (!update->frame && m_history.empty()) {
      // Training could not start (e.g. the network on a regression target): give the canvas back.
      m_active = false;
      m_ctx.controller->holdPicture(false);
    }
  } else if (!update->finished.empty()) {
    setNote(q(update->finished), update->finished.find("diverged") != std::string::npos);
  } else if (!update->note.empty()) {
    setNote(q(update->note));
  }
  {
    const QSignalBlocker block(m_play);
    m_play->setChecked(update->playing && m_active);
  }
  QString status = tr("%1 %2").arg(q(m_stepName)).arg(m_iteration);
  if (!m_history.empty()) {
    const LossPoint& last = m_history.back();
    status += tr(" · %1 = %2").arg(q(m_trainName), formatValue(last.train));
    if (last.test) status += tr(" · %1 = %2").arg(q(m_testName), formatValue(*last.test));
  }
  m_status->setText(status);
  redrawCurve(true);
  refreshControls();
  emit updateShown();
}

void TrainingView::redrawCurve(bool rescale) {
  const bool lasso = currentModelId() == "lasso";
  m_testOnRightAxis = lasso && m_hasTest;  // the objective is a sum, the test error a mean: two scales
  m_testGraph->setValueAxis(m_testOnRightAxis ? m_plot->yAxis2 : m_plot->yAxis);
  m_plot->yAxis2->setVisible(m_testOnRightAxis);
  m_plot->yAxis2->setLabel(m_testOnRightAxis ? q(m_testName) : QString());

  QVector<double> keys, train, testKeys, test;
  keys.reserve(static_cast<qsizetype>(m_history.size()));
  train.reserve(keys.capacity());
  for (const LossPoint& p : m_history) {
    keys.push_back(static_cast<double>(p.iteration));
    train.push_back(p.train);
    if (p.test) {
      testKeys.push_back(static_cast<double>(p.iteration));
      test.push_back(*p.test);
    }
  }
  m_trainGraph->setData(keys, train, true);
  m_testGraph->setData(testKeys, test, true);
  m_trainGraph->setName(m_trainName.empty() ? tr("training") : q(m_trainName));
  m_testGraph->setName(m_testName.empty() ? tr("test") : q(m_testName));
  m_testGraph->setVisible(!test.isEmpty());
  m_plot->legend->setVisible(!keys.isEmpty());
  if (m_testGraph->visible())
    m_testGraph->addToLegend();
  else
    m_testGraph->removeFromLegend();
  m_plot->xAxis->setLabel(q(m_stepName) == "update" ? tr("coordinate updates") : q(m_stepName) + "s");
  m_plot->yAxis->setLabel(m_trainName.empty() ? QString() : q(m_trainName));
  if (rescale) {
    const double last = keys.isEmpty() ? 0.0 : keys.back();
    m_plot->xAxis->setRange(0, std::max(10.0, last * 1.05));
    auto fit = [](QCPAxis* axis, const QVector<double>& a, const QVector<double>& b) {
      double lo = INFINITY, hi = -INFINITY;
      for (const auto* v : {&a, &b})
        for (double x : *v)
          if (std::isfinite(x)) {
            lo = std::min(lo, x);
            hi = std::max(hi, x);
          }
      if (!std::isfinite(lo)) return axis->setRange(0, 1);
      const double pad = hi > lo ? 0.06 * (hi - lo) : std::max(1e-9, 0.05 * std::abs(hi) + 1e-9);
      axis->setRange(lo - pad, hi + pad);
    };
    if (m_testOnRightAxis) {
      fit(m_plot->yAxis, train, {});
      fit(m_plot->yAxis2, test, {});
    } else {
      fit(m_plot->yAxis, train, test);
    }
  }
  if (m_tracer->visible()) showReadoutAt(m_tracer->graphKey());
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingView::showReadoutAt(double iteration) {
  if (m_history.empty()) {
    m_tracer->setVisible(false);
    m_readout->setVisible(false);
    return;
  }
  // The point nearest in iteration (the curve is sorted by iteration).
  auto it = std::lower_bound(m_history.begin(), m_history.end(), iteration,
                             [](const LossPoint& p, double x) { return static_cast<double>(p.iteration) < x; });
  if (it == m_history.end())
    it = std::prev(it);
  else if (it != m_history.begin() &&
           iteration - static_cast<double>(std::prev(it)->iteration) < static_cast<double>(it->iteration) - iteration)
    it = std::prev(it);
  const LossPoint& p = *it;
  m_tracer->setGraph(m_trainGraph);
  m_tracer->setGraphKey(static_cast<double>(p.iteration));
  m_tracer->setVisible(true);
  QString text = tr("%1 %2\n%3 = %4").arg(q(m_stepName)).arg(p.iteration).arg(q(m_trainName), formatValue(p.train));
  if (p.test) text += tr("\n%1 = %2").arg(q(m_testName), formatValue(*p.test));
  m_readout->setText(text);
  // Beside the point, on the side with room: the curve's start is often top left.
  m_tracer->updatePosition();
  const QPointF px = m_tracer->position->pixelPosition();
  const QRect area = m_plot->axisRect()->rect();
  const bool right = px.x() > area.center().x(), below = px.y() < area.center().y();
  m_readout->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | (below ? Qt::AlignTop : Qt::AlignBottom));
  m_readout->position->setCoords(right ? -10 : 10, below ? 10 : -10);
  m_readout->setVisible(true);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrainingView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_plot) {
    if (event->type() == QEvent::MouseMove) {
      auto* e = static_cast<QMouseEvent*>(event);
      if (m_plot->axisRect()->rect().contains(e->position().toPoint()) && !m_history.empty()) {
        showReadoutAt(m_plot->xAxis->pixelToCoord(e->position().x()));
        QToolTip::showText(e->globalPosition().toPoint(), m_readout->text(), m_plot);
      } else {
        m_tracer->setVisible(false);
        m_readout->setVisible(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
      }
    } else if (event->type() == QEvent::Leave) {
      m_tracer->setVisible(false);
      m_readout->setVisible(false);
      m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace supex
