#include "app/gui/compare_window.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "widgets/compare/compare_grid.h"
#include "widgets/compare/compare_worker.h"
#include "widgets/data_canvas.h"
#include "widgets/label_style.h"
#include "widgets/model_panel.h"
#include "widgets/plot_export.h"
#include "widgets/point_document.h"

namespace supex {
namespace {

const char* kCurrentData = "current";

// A generated classic for the comparison: the same size and split as the
// explorer's defaults, so tiles of different data sets compare fairly.
CompareData generatedData(const std::string& kind, int classes, double testFraction, std::uint64_t seed) {
  GenerateOptions o;
  o.kind = kind;
  o.classes = classes;
  o.seed = 1;
  o.n = generatorTask(kind).ok() && *generatorTask(kind) == Task::Regression ? 60 : 200;
  auto data = generate(o);
  const QString name = classes != 2 ? QObject::tr("%1 (%2 classes)").arg(QString::fromStdString(kind)).arg(classes)
                                    : QString::fromStdString(kind);
  return makeCompareData(name, data ? std::move(data).value() : Dataset{}, testFraction, seed);
}

// The generated data sets offered for a task: key and number of classes.
std::vector<std::pair<std::string, int>> generatedChoices(Task task) {
  std::vector<std::pair<std::string, int>> out;
  for (const std::string& kind : generatorKinds()) {
    auto t = generatorTask(kind);
    if (!t || *t != task) continue;
    out.emplace_back(kind, 2);
    if (kind == "blobs") out.emplace_back(kind, 3);
  }
  return out;
}

QString dataKey(const std::string& kind, int classes) {
  return classes == 2 ? QString::fromStdString(kind) : QStringLiteral("%1:%2").arg(QString::fromStdString(kind)).arg(classes);
}

}  // namespace

CompareWindow::CompareWindow(MainWindow* window) : QDialog(window), m_window(window) {
  setObjectName("compareWindow");
  setWindowTitle(tr("Compare algorithms"));
  setWindowFlag(Qt::Window);
  setWindowFlag(Qt::WindowMaximizeButtonHint);
  setAttribute(Qt::WA_DeleteOnClose, false);

  m_grid = new CompareGrid;
  m_grid->setPresentationMode(window->presentationMode());
  m_models = new QTreeWidget;
  m_models->setColumnCount(2);
  m_models->setHeaderLabels({tr("Algorithm"), tr("Parameters")});
  m_models->setRootIsDecorated(false);
  m_models->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  m_models->setToolTip(tr("The model chosen in the main window uses the panel's values; the others their defaults"));
  m_dataSets = new QListWidget;
  m_dataSets->setToolTip(tr("Generated sets are split like your data (same test share and seed)"));
  m_status = new QLabel;
  m_status->setWordWrap(true);
  setTextColor(m_status, QColor(0x55, 0x55, 0x55));

  auto* side = new QWidget;
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(0, 0, 0, 0);
  auto* modelsLabel = new QLabel(tr("Algorithms"));
  setBold(modelsLabel);
  sideLayout->addWidget(modelsLabel);
  sideLayout->addWidget(m_models);
  auto* dataLabel = new QLabel(tr("Data sets"));
  setBold(dataLabel);
  sideLayout->addWidget(dataLabel);
  sideLayout->addWidget(m_dataSets);
  auto* note = new QLabel(tr("Filled points train the model, hollow points test it. "
                             "The corner shows the test score (the training score when no points are held out)."));
  note->setWordWrap(true);
  setTextColor(note, QColor(0x55, 0x55, 0x55));
  sideLayout->addWidget(note);
  sideLayout->addWidget(m_status);
  sideLayout->addStretch();
  auto* buttons = new QDialogButtonBox;
  QPushButton* exportButton = buttons->addButton(tr("Export figure…"), QDialogButtonBox::ActionRole);
  buttons->addButton(QDialogButtonBox::Close);
  connect(exportButton, &QPushButton::clicked, this, &CompareWindow::exportFigure);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  sideLayout->addWidget(buttons);

  auto* splitter = new QSplitter;
  splitter->addWidget(side);
  splitter->addWidget(m_grid);
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({360, 1000});
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(splitter);
  resize(1400, 860);

  m_refresh.setSingleShot(true);
  m_refresh.setInterval(0);
  connect(&m_refresh, &QTimer::timeout, this, &CompareWindow::refresh);
  connect(m_models, &QTreeWidget::itemChanged, this, &CompareWindow::scheduleRefresh);
  connect(m_dataSets, &QListWidget::itemChanged, this, &CompareWindow::scheduleRefresh);
  connect(window->document(), &PointDocument::changed, this, &CompareWindow::scheduleRefresh);
  connect(window->models(), &ModelPanel::paramsChanged, this, &CompareWindow::scheduleRefresh);
  connect(m_grid, &CompareGrid::tileShown, this, &CompareWindow::updateStatus);
  rebuildLists();
}

void CompareWindow::showEvent(QShowEvent* event) {
  QDialog::showEvent(event);
  scheduleRefresh();
}

void CompareWindow::scheduleRefresh() {
  // Hidden: nothing to compute; showing it again refreshes.
  if (isVisible()) m_refresh.start();
}

QTreeWidgetItem* CompareWindow::modelItem(const std::string& id) const {
  for (int i = 0; i < m_models->topLevelItemCount(); ++i)
    if (m_models->topLevelItem(i)->data(0, Qt::UserRole).toString().toStdString() == id) return m_models->topLevelItem(i);
  return nullptr;
}

QListWidgetItem* CompareWindow::dataItem(const QString& key) const {
  for (int i = 0; i < m_dataSets->count(); ++i)
    if (m_dataSets->item(i)->data(Qt::UserRole).toString() == key) return m_dataSets->item(i);
  return nullptr;
}

void CompareWindow::rebuildLists() {
  const Task task = m_window->document()->task();
  if (m_listsBuilt && task == m_listTask) return;
  m_listTask = task;
  m_listsBuilt = true;
  const QSignalBlocker b1(m_models), b2(m_dataSets);
  m_models->clear();
  for (const ModelInfo* model : modelsForTask(task)) {
    auto* item = new QTreeWidgetItem(m_models);
    item->setText(0, QString::fromStdString(model->name));
    item->setData(0, Qt::UserRole, QString::fromStdString(model->id));
    item->setToolTip(0, QString::fromStdString(model->objective));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Checked);  // all of them, as in the classic figure
  }
  m_dataSets->clear();
  auto* current = new QListWidgetItem(tr("current data"), m_dataSets);
  current->setData(Qt::UserRole, QString::fromLatin1(kCurrentData));
  current->setFlags(current->flags() | Qt::ItemIsUserCheckable);
  current->setCheckState(Qt::Checked);
  for (const auto& [kind, classes] : generatedChoices(task)) {
    const QString text = classes == 2 ? QString::fromStdString(kind) : tr("%1, %2 classes").arg(QString::fromStdString(kind)).arg(classes);
    auto* item = new QListWidgetItem(text, m_dataSets);
    item->setData(Qt::UserRole, dataKey(kind, classes));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
  }
  updateParamTexts();
}

ParamValues CompareWindow::paramsFor(const ModelInfo& model) const {
  const ModelPanel* panel = m_window->models();
  const Task task = m_window->document()->task();
  if (panel->currentModel() == &model && panel->currentTask() == task) return panel->values();
  return defaultParams(model, task);
}

void CompareWindow::updateParamTexts() {
  const Task task = m_window->document()->task();
  const ModelPanel* panel = m_window->models();
  const QSignalBlocker blocker(m_models);
  for (int i = 0; i < m_models->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = m_models->topLevelItem(i);
    for (const ModelInfo* model : modelsForTask(task)) {
      if (item->data(0, Qt::UserRole).toString().toStdString() != model->id) continue;
      const QString summary = paramSummary(*model, paramsFor(*model), task);
      const bool fromPanel = panel->currentModel() == model;
      QString text = summary.isEmpty() ? tr("defaults") : summary;
      if (fromPanel) text += tr(" (panel)");
      item->setText(1, text);
      QFont f = item->font(0);
      f.setBold(fromPanel);
      item->setFont(0, f);
    }
  }
}

std::vector<CompareModel> CompareWindow::chosenModels() const {
  std::vector<CompareModel> out;
  const Task task = m_window->document()->task();
  for (int i = 0; i < m_models->topLevelItemCount(); ++i) {
    const QTreeWidgetItem* item = m_models->topLevelItem(i);
    if (item->checkState(0) != Qt::Checked) continue;
    for (const ModelInfo* model : modelsForTask(task))
      if (item->data(0, Qt::UserRole).toString().toStdString() == model->id) out.push_back({model, paramsFor(*model)});
  }
  return out;
}

std::vector<CompareData> CompareWindow::chosenData() const {
  std::vector<CompareData> out;
  const PointDocument* doc = m_window->document();
  for (int i = 0; i < m_dataSets->count(); ++i) {
    const QListWidgetItem* item = m_dataSets->item(i);
    if (item->checkState() != Qt::Checked) continue;
    const QString key = item->data(Qt::UserRole).toString();
    if (key == QLatin1String(kCurrentData)) {
      out.push_back({tr("current data"), doc->data(), doc->isTest(), doc->trainSet(), doc->testSet()});
    } else {
      const QStringList parts = key.split(':');
      out.push_back(generatedData(parts[0].toStdString(), parts.size() > 1 ? parts[1].toInt() : 2, doc->testFraction(),
                                  doc->splitSeed()));
    }
  }
  return out;
}

void CompareWindow::refresh() {
  rebuildLists();
  updateParamTexts();
  m_grid->setContent(chosenData(), chosenModels());
  updateStatus();
}

void CompareWindow::updateStatus() {
  const int total = m_grid->tileCount();
  if (total == 0) {
    m_status->setText(tr("Tick at least one algorithm and one data set."));
    return;
  }
  const int left = total - m_grid->shownCount();
  m_status->setText(left > 0 ? tr("Computing: %1 of %2 tiles done…").arg(total - left).arg(total)
                             : tr("%1 tiles.").arg(total));
}

void CompareWindow::exportFigure() {
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"), QSettings().value("files/lastDirectory").toString(),
                                              tr("PNG image (*.png);;PDF, vector (*.pdf);;SVG, vector (*.svg)"), &filter);
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += filter.contains("pdf") ? ".pdf" : filter.contains("svg") ? ".svg" : ".png";
  // PNG at twice the window's pixels: crisp on a projector.
  const QString error = exportPlot(m_grid, path, m_grid->width(), m_grid->height(), 2.0);
  if (!error.isEmpty()) QMessageBox::warning(this, tr("Export comparison"), error);
}

void CompareWindow::setPresentationMode(bool on) {
  m_grid->setPresentationMode(on);
  // On a projector the grid takes the whole screen, like the main window.
  if (isVisible()) {
    if (on) showMaximized();
    else showNormal();
  }
}

CompareWindow* showCompareWindow(MainWindow* window) {
  auto* compare = window->findChild<CompareWindow*>();
  if (!compare) compare = new CompareWindow(window);
  if (window->presentationMode()) compare->showMaximized();
  else compare->show();
  compare->raise();
  compare->activateWindow();
  return compare;
}

QString showComparison(MainWindow* window, const std::string& models) {
  auto chosen = parseModelList(models, window->document()->task());
  if (!chosen) return QString::fromStdString(chosen.error().message);
  CompareWindow* compare = showCompareWindow(window);
  for (int i = 0; i < compare->modelList()->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = compare->modelList()->topLevelItem(i);
    const std::string id = item->data(0, Qt::UserRole).toString().toStdString();
    const bool wanted = std::any_of(chosen->begin(), chosen->end(), [&id](const ModelInfo* m) { return m->id == id; });
    item->setCheckState(0, wanted ? Qt::Checked : Qt::Unchecked);
  }
  return {};
}

int exportComparison(MainWindow& window, const std::string& models, const QString& path, int width, int height,
                     double scale, QString* message) {
  const PointDocument* doc = window.document();
  auto chosen = parseModelList(models, doc->task());
  if (!chosen) {
    *message = QString::fromStdString(chosen.error().message);
    return static_cast<int>(chosen.error().code);
  }
  std::vector<CompareModel> list;
  const ModelPanel* panel = window.models();
  for (const ModelInfo* model : *chosen) {
    const bool fromPanel = panel->currentModel() == model && panel->currentTask() == doc->task();
    list.push_back({model, fromPanel ? panel->values() : defaultParams(*model, doc->task())});
  }
  CompareGrid grid;
  grid.setPresentationMode(window.canvas()->presentationMode());  // --presentation, or a session saved presenting
  grid.resize(width, height);
  grid.setViewport(QRect(0, 0, width, height));  // hidden: no resize event until shown
  QEventLoop loop;
  QObject::connect(&grid, &CompareGrid::completed, &loop, &QEventLoop::quit);
  grid.setContent({{QObject::tr("current data"), doc->data(), doc->isTest(), doc->trainSet(), doc->testSet()}},
                  std::move(list));
  QTimer::singleShot(60000, &loop, &QEventLoop::quit);
  if (!grid.complete()) loop.exec();
  if (!grid.complete()) {
    *message = QObject::tr("the comparison was not ready within 60 s.");
    return 2;
  }
  grid.replot(QCustomPlot::rpImmediateRefresh);
  const QString error = exportPlot(&grid, path, width, height, scale);
  if (!error.isEmpty()) {
    *message = error;
    return 3;
  }
  return 0;
}

}  // namespace supex
