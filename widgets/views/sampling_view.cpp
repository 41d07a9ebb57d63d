#include "widgets/views/sampling_view.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>
#include <cmath>

#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/label_style.h"
#include "widgets/model_panel.h"
#include "widgets/okabe_ito.h"

namespace supex {
namespace {

bool isOls(const ModelPanel* models) { return models && models->currentModel() && models->currentModel()->id == "ols"; }

std::shared_ptr<const OlsModel> olsOf(const FitFramePtr& frame) {
  if (!frame || !frame->model || !frame->trainData) return nullptr;
  return std::dynamic_pointer_cast<const OlsModel>(frame->model);
}

QString num(double v, int digits = 4) { return std::isfinite(v) ? QString::number(v, 'g', digits) : QStringLiteral("—"); }
QString percent(double share) { return QString::number(100.0 * share, 'f', 1) + " %"; }

}  // namespace

SamplingView::SamplingView(const ViewContext& context, QWidget* parent) : QWidget(parent), m_ctx(context) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(6, 6, 6, 6);

  // ---- Canvas controls: residuals and the one confidence level.
  auto* top = new QHBoxLayout;
  m_residuals = new QCheckBox(tr("Residuals on the canvas"));
  m_residuals->setToolTip(tr("A segment from each training point to the fitted curve: least squares makes the sum "
                             "of their squared lengths as small as it can be (one-feature regression)."));
  top->addWidget(m_residuals);
  top->addSpacing(18);
  top->addWidget(new QLabel(tr("Confidence level")));
  m_level = new QDoubleSpinBox;
  m_level->setRange(50.0, 99.9);
  m_level->setDecimals(1);
  m_level->setSingleStep(0.5);
  m_level->setSuffix(QStringLiteral(" %"));
  m_level->setValue(95.0);
  m_level->setToolTip(tr("The level L of the OLS intervals ŵ ± t((1+L)/2; n−p)·SE, of the bands on the canvas "
                         "and of the intervals whose coverage is counted below (the model's 'level')."));
  top->addWidget(m_level);
  m_levelNote = new QLabel;
  setTextColor(m_levelNote, QColor(0x66, 0x66, 0x66));
  top->addWidget(m_levelNote, 1);
  outer->addLayout(top);

  // ---- The simulation.
  auto* simRow = new QHBoxLayout;
  simRow->addWidget(new QLabel(tr("Refits")));
  m_replicates = new QSpinBox;
  m_replicates->setRange(100, 20000);
  m_replicates->setSingleStep(100);
  m_replicates->setValue(1000);
  m_replicates->setToolTip(tr("How many times OLS is refitted on new noise"));
  simRow->addWidget(m_replicates);
  simRow->addWidget(new QLabel(tr("Seed")));
  m_seed = new QSpinBox;
  m_seed->setRange(1, 999999);
  m_seed->setValue(1);
  simRow->addWidget(m_seed);
  m_run = new QPushButton(tr("New noise"));
  m_run->setToolTip(tr("Draw again with the next seed"));
  simRow->addWidget(m_run);
  m_status = new QLabel;
  m_status->setWordWrap(true);
  simRow->addWidget(m_status, 1);
  outer->addLayout(simRow);

  m_body = new QWidget;
  auto* body = new QHBoxLayout(m_body);
  body->setContentsMargins(0, 0, 0, 0);
  m_table = new QTableWidget(0, 5);
  m_table->setHorizontalHeaderLabels({tr("ŵ (truth)"), tr("SE formula"), tr("SD of refits"), tr("covered"), tr("nominal")});
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->setToolTip(tr("SE formula = √(σ̂²[(XᵀX)⁻¹]ⱼⱼ); SD of refits = the spread of the refitted ŵⱼ; covered = "
                         "the share of the refits' t intervals that contain the true ŵⱼ"));
  body->addWidget(m_table, 0);
  auto* scroll = new QScrollArea;
  scroll->setWidgetResizable(true);
  m_plotBox = new QWidget;
  m_plotGrid = new QGridLayout(m_plotBox);
  m_plotGrid->setContentsMargins(0, 0, 0, 0);
  scroll->setWidget(m_plotBox);
  body->addWidget(scroll, 1);
  outer->addWidget(m_body, 1);
  m_body->hide();  // until there is a simulation to show
  outer->addStretch(0);

  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(150);
  connect(m_debounce, &QTimer::timeout, this, [this] {
    if (isVisible()) simulate();
  });

  if (m_ctx.canvas) {
    m_layer = new ResidualLayer(m_ctx.canvas);
    m_layer->setLayer("main");
    m_layer->setVisible(false);
  }
  connect(m_residuals, &QCheckBox::toggled, this, [this] { updateResiduals(); });
  connect(m_level, &QDoubleSpinBox::valueChanged, this, [this](double v) {
    if (!isOls(m_ctx.models)) return;
    m_ctx.models->setValues({{"level", QString::number(v / 100.0, 'g', 6).toStdString()}});
  });
  connect(m_replicates, &QSpinBox::valueChanged, this, [this] { m_debounce->start(); });
  connect(m_seed, &QSpinBox::valueChanged, this, [this] { m_debounce->start(); });
  connect(m_run, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() % m_seed->maximum() + 1); });
  if (m_ctx.controller) connect(m_ctx.controller, &ExplorerController::frameShown, this, &SamplingView::onFrame);
  if (m_ctx.models) {
    connect(m_ctx.models, &ModelPanel::paramsChanged, this, [this] { onParams(); });
    connect(m_ctx.models, &ModelPanel::modelChanged, this, [this] { onParams(); });
  }
  onParams();
  setStatus(tr("Choose ordinary least squares to see the sampling distribution of its coefficients."));
}

SamplingView::~SamplingView() {
  m_thread = {};  // stop and join before the widgets go
  delete m_layer.data();
}

QString SamplingView::statusText() const { return m_status->text(); }
void SamplingView::setStatus(const QString& text) { m_status->setText(text); }

void SamplingView::onParams() {
  const bool ols = isOls(m_ctx.models);
  for (QWidget* w : std::initializer_list<QWidget*>{m_level, m_replicates, m_seed, m_run}) w->setEnabled(ols);
  m_levelNote->setText(ols ? QString() : tr("(ordinary least squares only)"));
  if (!ols) return;
  const ParamValues values = m_ctx.models->values();
  if (auto it = values.find("level"); it != values.end()) {
    bool ok = false;
    const double v = QString::fromStdString(it->second).toDouble(&ok);
    if (ok && std::abs(100.0 * v - m_level->value()) > 1e-9) {
      const QSignalBlocker block(m_level);
      m_level->setValue(100.0 * v);
    }
  }
}

void SamplingView::onFrame(const FitFramePtr& frame) {
  updateResiduals();
  if (!frame || !frame->final) return;
  if (!olsOf(frame)) {
    m_generation++;  // a running simulation belongs to a model no longer shown
    m_thread = {};
    m_simulatedModel.reset();
    m_result.reset();
    m_body->hide();
    setStatus(frame->error.empty() ? tr("Choose ordinary least squares to see the sampling distribution of its coefficients.")
                                   : tr("No fit to simulate from: the model could not be fitted (its message is in the Fit panel)."));
    return;
  }
  if (frame->model != m_simulatedModel) m_debounce->start();
}

void SamplingView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  const FitFramePtr frame = m_ctx.controller ? m_ctx.controller->shownFrame() : nullptr;
  if (olsOf(frame) && frame->model != m_simulatedModel) m_debounce->start();
}

void SamplingView::updateResiduals() {
  if (!m_layer) return;
  const bool on = m_residuals->isChecked();
  const FitFramePtr frame = m_ctx.controller ? m_ctx.controller->shownFrame() : nullptr;
  const bool any = on && m_layer->setFrame(frame);
  if (!any) m_layer->clear();
  m_layer->setVisible(any);
  m_ctx.canvas->replot(QCustomPlot::rpQueuedReplot);
}

void SamplingView::simulate() {
  const FitFramePtr frame = m_ctx.controller ? m_ctx.controller->shownFrame() : nullptr;
  const std::shared_ptr<const OlsModel> ols = olsOf(frame);
  if (!ols) return;
  m_simulatedModel = frame->model;
  m_names.assign(1, "intercept");
  m_names.insert(m_names.end(), ols->features.begin(), ols->features.end());
  const std::uint64_t generation = ++m_generation;
  OlsSamplingOptions options;
  options.replicates = m_replicates->value();
  options.level = ols->inference().level;
  options.seed = static_cast<std::uint64_t>(m_seed->value());
  setStatus(tr("Refitting %1 times…").arg(options.replicates));
  std::shared_ptr<const Dataset> train = frame->trainData;
  m_thread = std::jthread([this, generation, ols, train, options](std::stop_token stop) {
    const auto start = std::chrono::steady_clock::now();
    auto r = simulateOlsSampling(*ols, *train, options, stop);
    if (stop.stop_requested()) return;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::shared_ptr<const OlsSampling> result = r ? std::make_shared<OlsSampling>(std::move(r).value()) : nullptr;
    const QString error = r ? QString() : QString::fromStdString(r.error().message);
    QMetaObject::invokeMethod(
        this,
        [this, generation, result, error, ms] {
          if (generation == m_generation) showResult(result, error, ms);
        },
        Qt::QueuedConnection);
  });
}

void SamplingView::showResult(std::shared_ptr<const OlsSampling> result, const QString& error, double ms) {
  m_result = std::move(result);
  if (!m_result) {
    m_body->hide();
    setStatus(tr("The simulation could not run: %1").arg(error));
    emit simulationFinished();
    return;
  }
  const OlsSampling& s = *m_result;
  m_body->show();
  const int p = static_cast<int>(s.truth.size());
  const int replicates = static_cast<int>(s.estimates.rows());
  setStatus(tr("%1 refits on y* = Xŵ + ε, ε ~ N(0, σ̂² = %2), same X, seed %3 (%4 ms). "
               "Bars: the refitted ŵⱼ; curve: N(ŵⱼ, SE²) from σ̂²(XᵀX)⁻¹.")
                .arg(replicates)
                .arg(num(s.sigma2))
                .arg(s.seed)
                .arg(QString::number(ms, 'f', 0)));

  // The table: formula against experiment.
  m_table->setRowCount(p);
  QStringList rows;
  for (int j = 0; j < p; ++j) {
    rows << QString::fromStdString(j < static_cast<int>(m_names.size()) ? m_names[static_cast<std::size_t>(j)] : std::string());
    const QString cells[] = {num(s.truth(j)), num(s.formulaSe(j), 3), num(s.sd(j), 3), percent(s.coverage(j)),
                             percent(s.level)};
    for (int c = 0; c < 5; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      m_table->setItem(j, c, item);
    }
    // Binomial sampling error of the coverage share: mark shares more than
    // 3 standard errors away from the nominal level.
    const double tol = 3.0 * std::sqrt(s.level * (1.0 - s.level) / replicates);
    if (std::abs(s.coverage(j) - s.level) > tol) m_table->item(j, 3)->setForeground(QColor(0xB0, 0x3A, 0x00));
  }
  m_table->setVerticalHeaderLabels(rows);
  // As wide as its columns, so "covered" and "nominal" are never cut off.
  m_table->resizeColumnsToContents();
  m_table->setMinimumWidth(m_table->verticalHeader()->sizeHint().width() + m_table->horizontalHeader()->length() +
                           2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width());

  // One histogram per coefficient, three per row (a quadratic fits on one row).
  while (static_cast<int>(m_plots.size()) < p) {
    auto* plot = new QCustomPlot;
    plot->setMinimumSize(220, 170);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold)));
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setPen(QPen(QColor(0x00, 0x72, 0xB2).darker(130), 0.8));
    bars->setBrush(QColor(0x56, 0xB4, 0xE9, 170));
    bars->setName(tr("refits"));
    QCPGraph* normal = plot->addGraph();
    normal->setPen(QPen(regressionCurveColor(), 2.2));
    normal->setName(tr("formula"));
    QCPGraph* truth = plot->addGraph();
    truth->setPen(QPen(QColor(30, 30, 30), 1.4, Qt::DashLine));
    truth->setName(tr("true ŵ"));
    plot->yAxis->setLabel(tr("density"));
    plot->yAxis->setTickLabels(false);
    const int i = static_cast<int>(m_plots.size());
    m_plotGrid->addWidget(plot, i / 3, i % 3);
    m_plots.push_back(plot);
  }
  for (int j = 0; j < static_cast<int>(m_plots.size()); ++j) {
    m_plots[static_cast<std::size_t>(j)]->setVisible(j < p);
    if (j < p) drawHistogram(m_plots[static_cast<std::size_t>(j)], s, j, rows[j]);
  }
  emit simulationFinished();
}

void SamplingView::drawHistogram(QCustomPlot* plot, const OlsSampling& s, int j, const QString& name) {
  const Eigen::VectorXd col = s.estimates.col(j);
  const double centre = s.truth(j), se = s.formulaSe(j);
  double lo = std::min(col.minCoeff(), centre - 4.0 * se), hi = std::max(col.maxCoeff(), centre + 4.0 * se);
  if (!(hi > lo)) hi = lo + 1.0;
  const int bins = std::clamp(static_cast<int>(std::sqrt(static_cast<double>(col.size()))), 10, 40);
  const double width = (hi - lo) / bins;
  QVector<double> keys(bins), density(bins, 0.0);
  for (int b = 0; b < bins; ++b) keys[b] = lo + (b + 0.5) * width;
  for (Eigen::Index r = 0; r < col.size(); ++r)
    density[std::clamp(static_cast<int>((col(r) - lo) / width), 0, bins - 1)] += 1.0;
  double top = 0.0;
  for (double& d : density) {
    d /= static_cast<double>(col.size()) * width;
    top = std::max(top, d);
  }
  auto* bars = qobject_cast<QCPBars*>(plot->plottable(0));
  bars->setWidth(width);
  bars->setData(keys, density, true);
  QVector<double> x(201), y(201);
  for (int i = 0; i <= 200; ++i) {
    x[i] = lo + (hi - lo) * i / 200.0;
    const double z = (x[i] - centre) / se;
    y[i] = std::exp(-0.5 * z * z) / (se * std::sqrt(2.0 * M_PI));
    top = std::max(top, y[i]);
  }
  plot->graph(0)->setData(x, y, true);
  plot->graph(1)->setData({centre, centre}, {0.0, 1.08 * top}, true);
  if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
    title->setText(tr("%1: covered %2 (nominal %3)").arg(name, percent(s.coverage(j)), percent(s.level)));
  plot->xAxis->setRange(lo, hi);
  plot->yAxis->setRange(0.0, 1.12 * top);
  plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace supex
