#include "widgets/views/paths_view.h"

#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "core/common/number_text.h"
#include "core/models/linear/linear_model.h"
#include "widgets/explorer_controller.h"
#include "widgets/label_style.h"
#include "widgets/model_panel.h"
#include "widgets/model_undo.h"
#include "widgets/views/coefficient_pen.h"
#include "widgets/views/latest_job.h"

namespace supex {
namespace {

constexpr int kLegendMax = 12;  // more coefficients than this: no legend, it would bury the plot
const QColor kZeroInk(90, 90, 90);

bool penalised(const std::string& id) { return id == "ridge" || id == "lasso"; }

// The parameters a fitted model used, as panel text, minus λ (the cursor, not
// the path) and the lasso's own path count (the CLI's, not this view's).
ParamValues pathParams(const nlohmann::json& params) {
  ParamValues out;
  for (auto it = params.begin(); it != params.end(); ++it) {
    if (it.key() == "lambda" || it.key() == "path") continue;
    const auto& v = it.value();
    if (v.is_string()) out[it.key()] = v.get<std::string>();
    else if (v.is_boolean()) out[it.key()] = v.get<bool>() ? "true" : "false";
    else if (v.is_number_integer()) out[it.key()] = std::to_string(v.get<long long>());
    else if (v.is_number()) out[it.key()] = formatReal(v.get<double>());
  }
  return out;
}

bool sameData(const std::shared_ptr<const Dataset>& a, const std::shared_ptr<const Dataset>& b) {
  if (a == b) return true;
  if (!a || !b) return false;
  return a->X.rows() == b->X.rows() && a->X.cols() == b->X.cols() && a->X == b->X && a->y == b->y;
}

// λ as the panel shows it: three significant digits are as many as a drag can aim.
std::string lambdaText(double lambda) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", lambda);
  return formatReal(std::strtod(buf, nullptr));
}

}  // namespace

PathsView::PathsView(const ViewContext& context, QWidget* parent) : QWidget(parent), m_ctx(context) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::RichText);
  layout->addWidget(m_status);
  m_note = new QLabel(this);
  m_note->setWordWrap(true);
  setTextColor(m_note, QColor(0x80, 0x40, 0x00));
  m_note->hide();
  layout->addWidget(m_note);

  m_plot = new QCustomPlot(this);
  m_plot->setMinimumHeight(120);  // a short Views dock on a 720-line projector
  m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
  QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
  m_plot->xAxis->setTicker(ticker);
  m_plot->xAxis->setNumberFormat("eb");
  m_plot->xAxis->setNumberPrecision(0);
  m_plot->xAxis->setLabel(tr("penalty λ (log scale) — drag to set λ"));
  m_plot->legend->setVisible(false);
  QFont small = m_plot->font();
  small.setPointSizeF(8.5);
  m_plot->legend->setFont(small);
  m_plot->legend->setBorderPen(Qt::NoPen);
  // Beside the plot, so it never covers a curve.
  m_plot->plotLayout()->addElement(0, 1, m_plot->legend);
  m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
  m_plot->legend->setRowSpacing(0);

  m_lambdaMaxLine = new QCPItemStraightLine(m_plot);
  m_lambdaMaxLine->setPen(QPen(QColor(150, 150, 150), 1.0, Qt::DotLine));
  m_lambdaMaxText = new QCPItemText(m_plot);
  m_lambdaMaxText->setFont(small);
  m_lambdaMaxText->setColor(QColor(110, 110, 110));
  m_lambdaMaxText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  m_lambdaMaxText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  m_lambdaMaxText->setText(QStringLiteral(" λ_max: all w = 0 from here"));
  m_cursor = new QCPItemStraightLine(m_plot);
  m_cursor->setPen(QPen(QColor(20, 20, 20), 2.0));
  m_cursorText = new QCPItemText(m_plot);
  m_cursorText->setFont(small);
  m_cursorText->setColor(QColor(20, 20, 20));
  m_cursorText->setBrush(QColor(255, 255, 255, 220));
  m_cursorText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  m_cursorText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);

  m_dotsNonZero = m_plot->addGraph();
  m_dotsNonZero->setLineStyle(QCPGraph::lsNone);
  m_dotsNonZero->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(20, 20, 20), 7));
  m_dotsZero = m_plot->addGraph();
  m_dotsZero->setLineStyle(QCPGraph::lsNone);
  m_dotsZero->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kZeroInk, 1.6), Qt::white, 9));
  layout->addWidget(m_plot, 1);

  m_job = new LatestJob(this);
  connect(m_job, &LatestJob::busyChanged, this, [this] { updateStatus(); });

  if (m_ctx.controller) {
    connect(m_ctx.controller, &ExplorerController::frameShown, this, [this](FitFramePtr f) { onFrame(f); });
    if (m_ctx.controller->shownFrame()) onFrame(m_ctx.controller->shownFrame());
  }
  connect(m_plot, &QCustomPlot::mousePress, this, &PathsView::onPress);
  connect(m_plot, &QCustomPlot::mouseMove, this, &PathsView::onMove);
  connect(m_plot, &QCustomPlot::mouseRelease, this, &PathsView::onRelease);
  if (!m_frame) showNotApplicable(tr("Choose ridge or lasso regression to see its regularisation path."));
}

bool PathsView::sameKey(const Key& a, const Key& b) const {
  return a.model == b.model && a.params == b.params && sameData(a.data, b.data);
}

void PathsView::onFrame(const FitFramePtr& frame) {
  if (!frame || !frame->error.empty() || !frame->model || !frame->trainData ||
      !penalised(frame->model->modelId)) {
    if (frame && frame->model && !penalised(frame->model->modelId))
      showNotApplicable(tr("The regularisation path is for ridge and lasso regression: choose one in the "
                           "model panel (%1 has no penalty λ).")
                            .arg(QString::fromStdString(frame->model->modelId)));
    return;  // a failed fit keeps the last path: the message is in the info panel
  }
  m_frame = frame;
  const auto lambda = frame->model->params.value("lambda", 0.0);
  if (!m_dragging) m_cursorLambda = lambda;
  const Key key{frame->model->modelId, pathParams(frame->model->params), frame->trainData};
  const bool outside = m_path && lambda > 0 &&
                       (lambda > m_path->path.lambdas.front() || lambda < m_path->path.lambdas.back());
  if (!m_requestedKey || !sameKey(*m_requestedKey, key) || outside) request(key, lambda);
  drawCursor();
}

void PathsView::request(const Key& key, double lambda) {
  m_requestedKey = key;
  const PathOptions options{.count = 100, .include = lambda};
  m_job->submit([key, options, this](std::stop_token stop) -> std::function<void()> {
    auto path = regularisationPath(*key.data, key.model, key.params, options, stop);
    if (!path) {
      if (path.error().code == ErrorCode::Cancelled) return {};
      return [this, message = path.error().message] {
        m_path.reset();
        drawPath();
        m_note->setText(QString::fromStdString(message));
        m_note->show();
      };
    }
    return [this, key, path = std::move(path).value()]() mutable {
      m_path = std::move(path);
      m_shownKey = key;
      drawPath();
      drawCursor();
      emit pathShown();
    };
  });
  updateStatus();
}

void PathsView::showNotApplicable(const QString& why) {
  m_job->cancel();
  m_frame.reset();
  m_path.reset();
  m_shownKey.reset();
  m_requestedKey.reset();
  m_status->setText(why);
  m_note->hide();
  drawPath();
  drawCursor();
}

void PathsView::drawPath() {
  // Keep the two dot graphs (the first two); the curves are rebuilt.
  while (m_plot->graphCount() > 2) m_plot->removeGraph(m_plot->graphCount() - 1);
  m_plot->legend->clearItems();
  const bool have = m_path.has_value() && !m_path->path.lambdas.empty();
  m_plot->setVisible(true);
  m_lambdaMaxLine->setVisible(have && m_path->model == "lasso" && m_path->lambdaMax > 0);
  m_lambdaMaxText->setVisible(m_lambdaMaxLine->visible());
  if (!have) {
    m_plot->replot();
    return;
  }
  const RegularisationPath& path = *m_path;
  const bool lasso = path.model == "lasso";
  const auto n = static_cast<int>(path.path.lambdas.size());
  const auto p = static_cast<int>(path.scale.size());
  QVector<double> keys(n);
  for (int k = 0; k < n; ++k) keys[k] = path.path.lambdas[static_cast<std::size_t>(k)];
  const double nan = std::numeric_limits<double>::quiet_NaN();
  double lo = 0.0, hi = 0.0;
  for (int j = 0; j < p; ++j) {
    QVector<double> on(n), zero(n);
    for (int k = 0; k < n; ++k) {
      const double v = path.path.coefficients(k, j + 1) * path.scale(j);
      lo = std::min(lo, v);
      hi = std::max(hi, v);
      const bool isZero = v == 0.0;
      // A curve leaves the axis where it enters the model: keep the zero next to a non-zero.
      const bool nextNonZero = (k > 0 && path.path.coefficients(k - 1, j + 1) != 0.0) ||
                               (k + 1 < n && path.path.coefficients(k + 1, j + 1) != 0.0);
      on[k] = (!isZero || !lasso || nextNonZero) ? v : nan;
      zero[k] = isZero ? 0.0 : nan;
    }
    const QPen pen = coefficientPen(j, 2.0);
    auto* g = m_plot->addGraph();
    g->setData(keys, on);
    g->setPen(pen);
    g->setName(QString::fromStdString(path.names[static_cast<std::size_t>(j)]));
    if (p > kLegendMax) g->removeFromLegend();
    if (lasso) {
      auto* z = m_plot->addGraph();
      z->setData(keys, zero);
      // Exactly zero: thin dashes on the axis in the curve's colour.
      z->setPen(QPen(pen.color(), 1.4, Qt::DashLine));
      z->removeFromLegend();
    }
  }
  if (lasso) {
    // One legend entry that explains the dashes and the hollow dots.
    auto* key = m_plot->addGraph();
    key->setPen(QPen(kZeroInk, 1.4, Qt::DashLine));
    key->setScatterStyle(m_dotsZero->scatterStyle());
    key->setName(tr("exactly 0"));
  }
  m_plot->legend->setVisible(m_plot->legend->itemCount() > 0);
  m_plot->yAxis->setLabel(path.scale.isOnes() ? tr("coefficient wⱼ") : tr("wⱼ · sd(φⱼ) (standardised)"));
  m_plot->xAxis->setRange(path.path.lambdas.back(), path.path.lambdas.front());
  const double pad = 0.06 * std::max(hi - lo, 1e-12);
  m_plot->yAxis->setRange(lo - pad, hi + pad);
  if (lasso) {
    m_lambdaMaxLine->point1->setCoords(path.lambdaMax, 0);
    m_lambdaMaxLine->point2->setCoords(path.lambdaMax, 1);
    m_lambdaMaxText->position->setCoords(path.lambdaMax, 0.02);
  }
  m_note->setVisible(path.unconverged > 0);
  if (path.unconverged > 0) {
    const bool standardised = m_shownKey && m_shownKey->params.count("standardize") &&
                              m_shownKey->params.at("standardize") == "true";
    m_note->setText(tr("%1 of %2 points of this path stopped at the sweep limit before converging: the "
                       "columns of the design are nearly collinear (%3).")
                        .arg(path.unconverged)
                        .arg(n)
                        .arg(standardised ? tr("try a lower degree") : tr("try Standardise features")));
  }
  updateStatus();
  m_plot->replot();
}

void PathsView::drawCursor() {
  const bool have = m_path.has_value() && m_frame;
  m_cursor->setVisible(have);
  m_cursorText->setVisible(have);
  m_dotsNonZero->data()->clear();
  m_dotsZero->data()->clear();
  m_nonZero = m_coefficients = 0;
  if (!have) {
    updateStatus();
    m_plot->replot();
    return;
  }
  // λ = 0 has no place on a log axis: pin the cursor to the left edge.
  const double left = m_path->path.lambdas.back();
  placeCursor(m_cursorLambda > 0 ? m_cursorLambda : left);
  const auto* linear = dynamic_cast<const LinearModel*>(m_frame->model.get());
  if (linear && linear->weights().size() == m_path->scale.size()) {
    // The fitted model's own coefficients, shown where its λ is (after a drag they catch up with the cursor).
    const double modelAt = m_frame->model->params.value("lambda", 0.0);
    const double x = modelAt > 0 ? modelAt : left;
    m_coefficients = static_cast<int>(linear->weights().size());
    for (Eigen::Index j = 0; j < linear->weights().size(); ++j) {
      const double w = linear->weights()(j);
      if (w == 0.0) {
        m_dotsZero->addData(x, 0.0);
      } else {
        m_dotsNonZero->addData(x, w * m_path->scale(j));
        ++m_nonZero;
      }
    }
  }
  updateStatus();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PathsView::placeCursor(double lambda) {
  m_cursor->point1->setCoords(lambda, 0);
  m_cursor->point2->setCoords(lambda, 1);
  m_cursorText->position->setCoords(lambda, 0.0);
  // Near the right end the label goes to the left of the line, so it stays inside.
  const QCPRange range = m_plot->xAxis->range();
  const bool right = range.lower > 0 && lambda > range.lower &&
                     std::log(lambda / range.lower) > 0.7 * std::log(range.upper / range.lower);
  m_cursorText->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
  m_cursorText->setText(QStringLiteral(" you are here: λ = %1 ").arg(QString::fromStdString(lambdaText(m_cursorLambda))));
}

QString PathsView::statusText() const { return m_status->text(); }

void PathsView::updateStatus() {
  if (!m_frame) return;  // showNotApplicable wrote the text
  const QString model = QString::fromStdString(m_frame->model->modelId);
  const double lambda = m_frame->model->params.value("lambda", 0.0);
  QString text = tr("<b>%1</b> at λ = %2").arg(model, QString::fromStdString(formatReal(lambda)));
  if (lambda == 0.0) text += tr(" (least squares; drawn at the left edge)");
  if (m_coefficients > 0) {
    text += tr(": <b>%1 of %2</b> coefficients non-zero").arg(m_nonZero).arg(m_coefficients);
    if (model == "lasso") text += tr(" — the ℓ1 penalty sets the others <i>exactly</i> to 0 (hollow dots)");
    else text += tr(" — ridge shrinks every coefficient towards 0 but never exactly to 0");
  }
  if (m_path && m_path->model == "lasso")
    text += tr(". λ_max = %1").arg(QString::fromStdString(lambdaText(m_path->lambdaMax)));
  if (m_job->busy()) text += tr(" · <i>computing the path…</i>");
  m_status->setText(text);
}

void PathsView::onPress(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !m_path || !m_frame) return;
  if (!m_plot->axisRect()->rect().contains(event->pos())) return;
  const ModelInfo* current = m_ctx.models ? m_ctx.models->currentModel() : nullptr;
  if (!current || current->id != m_path->model) return;
  m_dragging = true;
  m_ctx.controller->modelUndo()->closeStep();  // a new drag is a new undo step
  setLambdaAtPixel(event->pos().x());
}

void PathsView::onMove(QMouseEvent* event) {
  if (m_dragging) setLambdaAtPixel(event->pos().x());
}

void PathsView::onRelease(QMouseEvent* event) {
  if (!m_dragging) return;
  setLambdaAtPixel(event->pos().x());
  m_dragging = false;
  // No command of our own: the panel's undo tracker (widgets/model_undo.h)
  // records λ as it changes and merges the whole drag into one step.
  m_ctx.controller->modelUndo()->closeStep();
}

void PathsView::setLambdaAtPixel(double x) {
  const double lo = m_path->path.lambdas.back(), hi = m_path->path.lambdas.front();
  const double lambda = std::clamp(m_plot->xAxis->pixelToCoord(x), lo, hi);
  const std::string text = lambdaText(lambda);
  m_cursorLambda = std::strtod(text.c_str(), nullptr);
  placeCursor(m_cursorLambda);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
  const ParamValues now = m_ctx.models->values();
  if (auto it = now.find("lambda"); it != now.end() && it->second == text) return;
  m_ctx.models->setValues({{"lambda", text}});
}

}  // namespace supex
