#include "widgets/views/explain_view.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/models/knn/knn.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/views/explain_text.h"
#include "widgets/views/probe_layer.h"

namespace supex {
namespace {

// A probe within this many pixels of a training point is "on" it.
constexpr double kOnPointPixels = 6.0;

const char* kHint =
    "<p><b>Ctrl+click</b> anywhere on the canvas to pin a probe. This tab then shows how the current model "
    "computes its prediction there — the neighbours and their vote (kNN), each discriminant δ<sub>k</sub>(x) "
    "and the posterior (LDA, QDA), the logits and the softmax (logistic regression), every layer's activations "
    "(network), or the fitted value term by term with its intervals (regression) — and follows the model as "
    "you change the data or the parameters.</p>";

// Where training row i of `d` is drawn (as DataCanvas::rowPosition for the document).
QPointF canvasPosition(const Dataset& d, Eigen::Index i) {
  if (d.cols() >= 2) return {d.X(i, 0), d.X(i, 1)};
  const bool target = d.task == Task::Regression && d.y.size() > i;
  return {d.X(i, 0), target ? d.y(i) : 0.0};
}

}  // namespace

ExplainView::ExplainView(const ViewContext& context, QWidget* parent) : QWidget(parent), m_context(context) {
  auto* layout = new QVBoxLayout(this);
  auto* row = new QHBoxLayout;
  auto* hint = new QLabel(tr("Ctrl+click on the canvas pins the probe."));
  m_clear = new QPushButton(tr("Remove probe"));
  m_clear->setEnabled(false);
  row->addWidget(hint);
  row->addStretch(1);
  row->addWidget(m_clear);
  layout->addLayout(row);
  m_text = new QTextBrowser;
  m_text->setOpenLinks(false);
  layout->addWidget(m_text, 1);
  m_text->setHtml(kHint);

  m_layer = new ProbeLayer(m_context.canvas->xAxis, m_context.canvas->yAxis);
  m_layer->setLayer("overlay");
  connect(m_clear, &QPushButton::clicked, this, &ExplainView::clearProbe);
  connect(m_context.canvas, &DataCanvas::probeRequested, this, [this](QPointF p) {
    setProbe(p);
    reveal();
  });
  connect(m_context.controller, &ExplorerController::frameShown, this, &ExplainView::refresh);
}

ExplainView::~ExplainView() { delete m_layer.data(); }

ProbeLayer* ExplainView::layer() const { return m_layer; }

QString ExplainView::text() const { return m_text->toPlainText(); }

void ExplainView::setProbe(QPointF dataPos) {
  m_probe = dataPos;
  m_clear->setEnabled(true);
  refresh();
}

void ExplainView::clearProbe() {
  m_probe.reset();
  m_explanation.reset();
  m_dataPoint.reset();
  m_clear->setEnabled(false);
  m_text->setHtml(kHint);
  if (m_layer) {
    m_layer->picture.reset();
    m_context.canvas->replot(QCustomPlot::rpQueuedReplot);
  }
}

void ExplainView::showMessage(const QString& html) {
  m_explanation.reset();
  m_dataPoint.reset();
  m_text->setHtml(html);
}

void ExplainView::reveal() {
  for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
      const int i = tabs->indexOf(this);
      if (i >= 0) tabs->setCurrentIndex(i);
    }
    if (auto* dock = qobject_cast<QDockWidget*>(w)) {
      if (!dock->isVisible()) dock->show();
      break;
    }
  }
}

void ExplainView::refresh() {
  if (!m_probe || !m_layer) return;
  ProbePicture picture;
  picture.probe = *m_probe;
  const FitFramePtr& frame = m_context.controller->shownFrame();
  if (!frame || !frame->model) {
    showMessage(tr("<p>The probe is pinned; there is no fitted model to explain yet%1.</p>")
                    .arg(frame && !frame->error.empty()
                             ? ": " + QString::fromStdString(frame->error).toHtmlEscaped()
                             : QString()));
  } else if (frame->features < 1 || frame->features > 2) {
    showMessage(tr("<p>The canvas shows two of the %1 features; the probe cannot explain a point in %1 "
                   "dimensions.</p>")
                    .arg(frame->features));
  } else {
    const FittedModel& model = *frame->model;
    Eigen::VectorXd x(frame->features);
    x(0) = m_probe->x();
    if (frame->features == 2) x(1) = m_probe->y();
    const double level = frame->bandLevel > 0 ? frame->bandLevel : 0.95;
    m_explanation = explainProbe(model, x, level);
    m_dataPoint.reset();
    const Dataset* train = frame->trainData.get();
    if (train) {
      // The training point drawn nearest the probe, if within a few pixels.
      const QPointF at = m_context.canvas->dataToPixel(*m_probe);
      double best = kOnPointPixels * kOnPointPixels;
      Eigen::Index bestRow = -1;
      for (Eigen::Index i = 0; i < train->rows(); ++i) {
        const QPointF d = m_context.canvas->dataToPixel(canvasPosition(*train, i)) - at;
        const double dist = QPointF::dotProduct(d, d);
        if (dist <= best) {
          best = dist;
          bestRow = i;
        }
      }
      if (bestRow >= 0) {
        m_dataPoint = explainTrainingPoint(model, *train, bestRow);
        if (m_dataPoint) picture.dataPoint = canvasPosition(*train, bestRow);
      }
      for (const Neighbour& n : m_explanation->neighbours)
        if (n.row < train->rows()) picture.neighbours.push_back(canvasPosition(*train, n.row));
    }
    if (m_explanation->interval && frame->features == 1 && frame->task == Task::Regression) {
      picture.meanInterval = QPointF(m_explanation->interval->meanLow, m_explanation->interval->meanHigh);
      picture.predInterval = QPointF(m_explanation->interval->predLow, m_explanation->interval->predHigh);
    }
    m_text->setHtml(explanationHtml(*m_explanation, m_dataPoint, model, train ? train->targetName : std::string()));
  }
  m_layer->picture = picture;
  m_context.canvas->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace supex
