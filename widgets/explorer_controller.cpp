#include "widgets/explorer_controller.h"

#include <QRandomGenerator>
#include <QUndoStack>
#include <cmath>

#include "core/data/standardizer.h"
#include "core/models/knn/knn.h"
#include "widgets/data_canvas.h"
#include "widgets/edit_commands.h"
#include "widgets/info_panel.h"
#include "widgets/minkowski_ball.h"
#include "widgets/model_panel.h"
#include "widgets/model_undo.h"

namespace supex {
namespace {

// "class 1" for a numeric label, the label itself otherwise.
QString className(const Dataset& data, int k) {
  const QString label = QString::fromStdString(data.classes[static_cast<std::size_t>(k)]);
  bool numeric = false;
  label.toDouble(&numeric);
  return numeric ? QObject::tr("class %1").arg(label) : label;
}

}  // namespace

ExplorerController::ExplorerController(PointDocument* document, DataCanvas* canvas, ModelPanel* models,
                                       InfoPanel* info, QUndoStack* undo, QObject* parent)
    : QObject(parent), m_doc(document), m_canvas(canvas), m_models(models), m_info(info), m_undo(undo),
      m_worker(new FitWorker(this)), m_modelUndo(new ModelUndoTracker(models, undo, this)) {
  m_fitTimer.setSingleShot(true);
  m_fitTimer.setInterval(0);
  connect(&m_fitTimer, &QTimer::timeout, this, &ExplorerController::submitNow);

  connect(m_doc, &PointDocument::changed, this, [this] {
    m_canvas->setPoints(m_doc->data(), m_doc->isTest());
    if (m_currentClass > m_doc->data()->numClasses()) setCurrentClass(m_doc->data()->numClasses());
    requestFit();
  });
  connect(m_doc, &PointDocument::replaced, this, [this] {
    m_canvas->setPoints(m_doc->data(), m_doc->isTest());
    m_canvas->resetView();
  });
  connect(m_canvas, &DataCanvas::addRequested, this, &ExplorerController::onAdd);
  connect(m_canvas, &DataCanvas::eraseRequested, this, &ExplorerController::onErase);
  connect(m_canvas, &DataCanvas::dragMoved, this, &ExplorerController::onDragMoved);
  connect(m_canvas, &DataCanvas::dragFinished, this, &ExplorerController::onDragFinished);
  connect(m_canvas, &DataCanvas::sprayRequested, this, &ExplorerController::onSpray);
  connect(m_canvas, &DataCanvas::sprayFinished, this, &ExplorerController::onSprayFinished);
  connect(m_canvas, &DataCanvas::viewChanged, this, &ExplorerController::requestFit);
  connect(m_models, &ModelPanel::paramsChanged, this, &ExplorerController::requestFit);
  connect(m_models, &ModelPanel::modelChanged, this, [this](const ModelInfo*, Task task) {
    if (task != m_doc->task()) emit taskMismatch(task);
  });
  connect(m_worker, &FitWorker::frameReady, this, [this](FitFramePtr frame) {
    if (m_held) {
      m_heldBack = std::move(frame);
      return;
    }
    showFrame(std::move(frame));
  });
  connect(m_canvas, &DataCanvas::hovered, this, [this](QPointF pos, bool inside) {
    m_hover = pos;
    m_hoverInside = inside;
    updateLens();
  });
  connect(m_canvas, &DataCanvas::dragStarted, this, [this] {
    m_hoverInside = false;
    updateLens();
  });

  m_canvas->setPoints(m_doc->data(), m_doc->isTest());
}

void ExplorerController::showFrame(FitFramePtr frame) {
  m_shown = frame;
  m_canvas->setFrame(frame);
  if (m_info) m_info->setFrame(frame);
  updateLens();  // the neighbours may have changed with the model
  emit frameShown(frame);
}

void ExplorerController::holdPicture(bool held) {
  if (held == m_held) return;
  m_held = held;
  if (held) {
    m_heldBack = m_shown;
  } else if (FitFramePtr frame = std::exchange(m_heldBack, nullptr)) {
    showFrame(std::move(frame));
  }
}

void ExplorerController::setCurrentClass(int k) {
  const int limit = m_doc->task() == Task::Classification ? m_doc->data()->numClasses() : 0;
  k = std::clamp(k, 0, std::max(0, limit));
  if (k == m_currentClass) return;
  m_currentClass = k;
  emit currentClassChanged(k);
}

void ExplorerController::setGridCells(int cells) {
  m_gridCells = std::max(2, cells);
  requestFit();
}

void ExplorerController::setSpray(double radiusPixels, int pointsPerMove) {
  m_sprayRadius = radiusPixels;
  m_sprayPerMove = pointsPerMove;
}

void ExplorerController::requestFit() { m_fitTimer.start(); }

void ExplorerController::setLensEnabled(bool on) {
  m_lensEnabled = on;
  updateLens();
}

void ExplorerController::showLensAt(QPointF pos) {
  m_hover = pos;
  m_hoverInside = true;
  updateLens();
}

// The lens asks the fitted kNN model for the neighbours of the point under
// the mouse: a k-d tree query, cheap enough for the GUI thread, and the model
// is immutable, so it may run while the worker predicts a grid with it.
void ExplorerController::updateLens() {
  const FitFramePtr& frame = m_canvas->frame();
  const auto* knn = frame && frame->model ? dynamic_cast<const KnnModel*>(frame->model.get()) : nullptr;
  if (!m_lensEnabled || !m_hoverInside || !knn || !frame->trainData || frame->trainData->rows() == 0) {
    m_canvas->setLens(std::nullopt);
    return;
  }
  const Dataset& train = *frame->trainData;
  const int d = static_cast<int>(train.cols());
  if (d < 1 || d > 2) return m_canvas->setLens(std::nullopt);
  Eigen::VectorXd x(d);
  x(0) = m_hover.x();
  if (d == 2) x(1) = m_hover.y();
  const std::vector<Neighbour> neighbours = knn->neighbours(x);
  if (neighbours.empty()) return m_canvas->setLens(std::nullopt);

  LensPicture lens;
  const double r = neighbours.back().distance;
  const KnnParams& params = knn->knnParams();
  // Distances are in standardised units when the model standardises: the
  // ball is then stretched by each feature's standard deviation.
  double sx = 1.0, sy = 1.0;
  if (params.standardize) {
    const Standardizer st = Standardizer::fit(train.X);
    sx = st.scale(0);
    if (d == 2) sy = st.scale(1);
  }
  for (const Neighbour& n : neighbours)
    lens.neighbours.push_back(d == 2 ? QPointF(train.X(n.row, 0), train.X(n.row, 1)) : QPointF(train.X(n.row, 0), train.y(n.row)));
  const QString pText = std::isinf(params.p) ? QStringLiteral("∞") : QString::number(params.p, 'g', 3);
  if (d == 2) {
    lens.centre = m_hover;
    lens.ball = ball(params.p, m_hover, r, sx, sy);
  } else {
    // One feature: the "ball" is the interval [x − r, x + r], drawn as a band over the view.
    const double y0 = m_canvas->yAxis->range().lower, y1 = m_canvas->yAxis->range().upper;
    const double x0 = m_hover.x() - r * sx, x1 = m_hover.x() + r * sx;
    lens.ball << QPointF(x0, y0) << QPointF(x1, y0) << QPointF(x1, y1) << QPointF(x0, y1) << QPointF(x0, y0);
  }
  if (train.task == Task::Classification) {
    std::vector<int> votes(static_cast<std::size_t>(std::max(1, train.numClasses())), 0);
    for (const Neighbour& n : neighbours) ++votes[static_cast<std::size_t>(std::clamp(static_cast<int>(n.target), 0, train.numClasses() - 1))];
    Prediction pred;
    knn->predict(x.transpose(), pred);
    QStringList parts;
    for (std::size_t k = 0; k < votes.size(); ++k)
      if (votes[k] > 0) parts << QStringLiteral("%1: %2").arg(className(train, static_cast<int>(k))).arg(votes[k]);
    const int winner = static_cast<int>(pred.value(0));
    lens.caption = tr("k = %1 nearest by the p = %2 distance (radius %3)\nvotes %4 → %5")
                       .arg(neighbours.size())
                       .arg(pText)
                       .arg(QString::number(r, 'g', 3))
                       .arg(parts.join(", "))
                       .arg(className(train, winner));
  } else {
    double sum = 0.0;
    for (const Neighbour& n : neighbours) sum += n.target;
    lens.caption = tr("k = %1 nearest by the p = %2 distance (radius %3)\nmean of their targets = %4")
                       .arg(neighbours.size())
                       .arg(pText)
                       .arg(QString::number(r, 'g', 3))
                       .arg(QString::number(sum / static_cast<double>(neighbours.size()), 'g', 4));
    lens.centre = QPointF(m_hover.x(), sum / static_cast<double>(neighbours.size()));
  }
  m_canvas->setLens(lens);
}

void ExplorerController::submitNow() {
  FitRequest request;
  request.train = m_doc->trainSet();
  request.test = m_doc->testSet();
  request.model = m_models->currentModel();
  request.params = m_models->values();
  request.grid = m_canvas->viewGrid(m_gridCells);
  m_worker->submit(std::move(request));
}

std::vector<std::string> ExplorerController::classesWithCurrent() const {
  std::vector<std::string> classes = m_doc->data()->classes;
  if (m_doc->task() == Task::Classification && m_currentClass >= static_cast<int>(classes.size()))
    classes.push_back(m_doc->newClassName(static_cast<int>(classes.size())));
  return classes;
}

void ExplorerController::onAdd(QPointF pos) {
  if (m_doc->task() == Task::Regression && m_doc->features() != 1) {
    emit statusMessage(tr("With two features and a numeric target a click cannot say the target; "
                          "drag points to move them instead."));
    return;
  }
  const std::vector<std::string> classes = classesWithCurrent();
  const double label = m_doc->task() == Task::Classification ? m_currentClass : 0.0;
  m_undo->push(new AddPointsCommand(m_doc, {m_doc->rowAt(pos, label)}, classes, tr("Add point")));
}

void ExplorerController::onErase(int row) {
  if (row >= 0 && row < m_doc->rows()) m_undo->push(new RemovePointCommand(m_doc, row));
}

void ExplorerController::onDragMoved(int row, QPointF pos) {
  // Live, outside the undo stack: the whole drag becomes one command on release.
  if (row >= 0 && row < m_doc->rows()) m_doc->moveRow(row, pos);
}

void ExplorerController::onDragFinished(int row, QPointF from, QPointF to) {
  if (row < 0 || row >= m_doc->rows()) return;
  m_doc->moveRow(row, to);
  m_undo->push(new MovePointCommand(m_doc, row, from, to));
}

void ExplorerController::onSpray(QPointF pos, bool first) {
  if (m_doc->task() == Task::Regression && m_doc->features() != 1) return;
  if (first) {
    m_sprayRows.clear();
    m_sprayClassesBefore = m_doc->data()->classes;
    const std::vector<std::string> classes = classesWithCurrent();
    if (classes != m_doc->data()->classes) m_doc->setClasses(classes);
  }
  // Uniform in a disc of m_sprayRadius pixels around the cursor.
  auto* rng = QRandomGenerator::global();
  const QPointF centre = m_canvas->dataToPixel(pos);
  std::vector<PointRow> rows;
  for (int i = 0; i < m_sprayPerMove; ++i) {
    const double r = m_sprayRadius * std::sqrt(rng->generateDouble());
    const double a = 2.0 * M_PI * rng->generateDouble();
    const QPointF p = m_canvas->pixelToData(centre + QPointF(r * std::cos(a), r * std::sin(a)));
    rows.push_back(m_doc->rowAt(p, m_doc->task() == Task::Classification ? m_currentClass : 0.0));
  }
  m_sprayRows.insert(m_sprayRows.end(), rows.begin(), rows.end());
  m_doc->appendRows(rows);
}

void ExplorerController::onSprayFinished() {
  if (m_sprayRows.empty()) return;
  // Take the live points back out and add them again as one undoable step.
  const std::vector<std::string> classes = m_doc->data()->classes;
  m_doc->removeLastRows(static_cast<int>(m_sprayRows.size()));
  m_doc->setClasses(m_sprayClassesBefore);
  m_undo->push(new AddPointsCommand(m_doc, std::move(m_sprayRows), classes, tr("Spray points")));
  m_sprayRows.clear();
}

}  // namespace supex
