#include "app/gui/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "app/gui/compare_window.h"
#include "app/gui/generate_dialog.h"
#include "app/gui/session_keeper.h"
#include "core/data/dataset_io.h"
#include "core/models/registry.h"
#include "widgets/fit_worker.h"
#include "widgets/class_palette.h"
#include "widgets/csv_import_dialog.h"
#include "widgets/data_canvas.h"
#include "widgets/edit_commands.h"
#include "widgets/explorer_controller.h"
#include "widgets/info_panel.h"
#include "widgets/label_style.h"
#include "widgets/okabe_ito.h"
#include "widgets/teaching_view.h"
#include "widgets/minkowski_view.h"
#include "widgets/model_panel.h"
#include "widgets/plot_export.h"
#include "widgets/plot_font_follower.h"
#include "widgets/point_document.h"

// The bundled data sets are compiled into this static library; a static
// library's resources must be registered by hand (Qt: "Using Resources in a Library").
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace supex {
namespace {

const char* kLastDirKey = "files/lastDirectory";

QString lastDirectory() { return QSettings().value(kLastDirKey).toString(); }
void rememberDirectory(const QString& file) { QSettings().setValue(kLastDirKey, QFileInfo(file).absolutePath()); }

GenerateOptions defaultGenerate(Task task) {
  GenerateOptions o;
  o.kind = task == Task::Classification ? "moons" : "sine";
  o.n = task == Task::Classification ? 200 : 60;
  o.seed = 1;
  return o;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  initResources();
  setWindowTitle(tr("Supervised Explorer"));
  m_doc = new PointDocument(this);
  m_undo = new QUndoStack(this);
  m_canvas = new DataCanvas(this);
  setCentralWidget(m_canvas);
  m_models = new ModelPanel(modelRegistry());
  m_info = new InfoPanel;
  m_controller = new ExplorerController(m_doc, m_canvas, m_models, m_info, m_undo, this);
  m_lastGenerate = defaultGenerate(Task::Classification);

  buildDocks();
  buildMenus();

  connect(m_controller, &ExplorerController::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 6000); });
  connect(m_controller, &ExplorerController::taskMismatch, this, &MainWindow::onTaskMismatch);
  connect(m_controller, &ExplorerController::currentClassChanged, m_palette, &ClassPalette::setCurrent);
  connect(m_palette, &ClassPalette::classChosen, m_controller, &ExplorerController::setCurrentClass);
  connect(m_doc, &PointDocument::changed, this, [this] {
    m_dataByTask[m_doc->task()] = {*m_doc->data(), m_dataName};
    m_palette->setClasses(m_doc->data()->classes, m_controller->currentClass());
    // Regression points have no class: the palette would only be clutter.
    m_palette->setVisible(m_doc->task() == Task::Classification);
    m_paletteLabel->setVisible(m_doc->task() == Task::Classification);
    updateSplitControls();
    updateStatus();
  });
  connect(m_doc, &PointDocument::replaced, this, &MainWindow::syncModelToData);
  // Two features are usually in comparable units and a distance-based model
  // should show a disc as a disc: equal scales then, unless the user chose.
  connect(m_doc, &PointDocument::replaced, this, [this] {
    if (!m_aspectChosen) m_equalAspect->setChecked(m_doc->features() == 2);
  });
  connect(m_models, &ModelPanel::modelChanged, this, [this](const ModelInfo* model, Task task) {
    if (model) m_modelByTask[task] = model->id;
  });
  resize(1560, 940);
  m_sessions = new SessionKeeper(this);  // last: it wraps the canvas and restores the saved layout
}

// The session keeper first: its slots read this window's members, and the
// undo stack's destructor still signals.
MainWindow::~MainWindow() { delete m_sessions; }

void MainWindow::buildDocks() {
  // Left: model, then data tools.
  auto* left = new QWidget;
  auto* leftLayout = new QVBoxLayout(left);
  auto* modelBox = new QGroupBox(tr("Model"));
  auto* modelLayout = new QVBoxLayout(modelBox);
  modelLayout->addWidget(m_models);
  leftLayout->addWidget(modelBox);

  auto* dataBox = new QGroupBox(tr("Data"));
  auto* dataForm = new QFormLayout(dataBox);
  m_palette = new ClassPalette;
  m_paletteLabel = new QLabel(tr("Draw class"));
  dataForm->addRow(m_paletteLabel, m_palette);
  auto* splitRow = new QWidget;
  auto* splitLayout = new QHBoxLayout(splitRow);
  splitLayout->setContentsMargins(0, 0, 0, 0);
  m_split = new QSlider(Qt::Horizontal);
  m_split->setRange(0, 50);
  m_split->setToolTip(tr("Share of the points held out as test points (drawn hollow); the model never sees them"));
  m_splitLabel = new QLabel(QStringLiteral("0%"));
  m_splitLabel->setMinimumWidth(36);
  m_splitSeed = new QSpinBox;
  m_splitSeed->setRange(0, 999999);
  m_splitSeed->setValue(1);
  m_splitSeed->setPrefix(tr("seed "));
  m_splitSeed->setToolTip(tr("Which points are held out: the same seed holds out the same points"));
  splitLayout->addWidget(m_split, 1);
  splitLayout->addWidget(m_splitLabel);
  splitLayout->addWidget(m_splitSeed);
  dataForm->addRow(tr("Test share"), splitRow);
  auto pushSplit = [this] {
    m_undo->push(new SplitCommand(m_doc, m_split->value() / 100.0, static_cast<std::uint64_t>(m_splitSeed->value())));
  };
  connect(m_split, &QSlider::valueChanged, this, pushSplit);
  connect(m_splitSeed, &QSpinBox::valueChanged, this, pushSplit);
  auto* generateButton = new QPushButton(tr("Generate…"));
  connect(generateButton, &QPushButton::clicked, this, [this] {
    GenerateDialog dialog(m_lastGenerate, this);
    if (dialog.exec() == QDialog::Accepted) generate(dialog.options());
  });
  auto* open = new QPushButton(tr("Open CSV…"));
  connect(open, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV"), lastDirectory(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) openCsv(path);
  });
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(generateButton);
  buttons->addWidget(open);
  dataForm->addRow(buttons);
  m_counts = new QLabel;
  dataForm->addRow(m_counts);
  auto* hint = new QLabel(tr("Click: add a point · drag a point: move it · right click: erase · "
                             "Shift+drag: spray · Ctrl+click: explain that point · wheel: zoom · drag empty space: pan · "
                             "keys 1–9: class"));
  hint->setWordWrap(true);
  setTextColor(hint, QColor(0x55, 0x55, 0x55));
  dataForm->addRow(hint);
  leftLayout->addWidget(dataBox);

  // kNN only: the unit balls of the Minkowski distances, the model's p in black.
  m_minkowskiBox = new QGroupBox(tr("Distance: unit balls ‖u‖ₚ = 1"));
  auto* minkowskiLayout = new QVBoxLayout(m_minkowskiBox);
  m_minkowski = new MinkowskiView;
  m_minkowski->setMinimumHeight(300);
  minkowskiLayout->addWidget(m_minkowski);
  leftLayout->addStretch();

  auto* scroll = new QScrollArea;
  scroll->setWidget(left);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* leftDock = m_leftDock = new QDockWidget(tr("Model and data"), this);
  leftDock->setObjectName("modelDock");
  leftDock->setWidget(scroll);
  leftDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  leftDock->setMinimumWidth(340);
  addDockWidget(Qt::LeftDockWidgetArea, leftDock);

  auto* rightDock = m_rightDock = new QDockWidget(tr("Fit"), this);
  rightDock->setObjectName("fitDock");
  // The fit's numbers on top; for kNN, the unit balls below them, where a
  // model without a coefficient table leaves room.
  auto* right = new QWidget;
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(m_info);
  rightLayout->addWidget(m_minkowskiBox, 1);
  rightDock->setWidget(right);
  rightDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  rightDock->setMinimumWidth(400);
  addDockWidget(Qt::RightDockWidgetArea, rightDock);

  auto showMinkowski = [this] {
    const ModelInfo* model = m_models->currentModel();
    const bool knn = model && model->id == "knn";
    m_minkowskiBox->setVisible(knn);
    if (!knn) return;
    const ParamValues values = m_models->values();
    if (auto it = values.find("p"); it != values.end()) {
      const double p = it->second == "inf" ? std::numeric_limits<double>::infinity() : std::atof(it->second.c_str());
      if (p > 0) m_minkowski->setP(p);
    }
  };
  connect(m_models, &ModelPanel::paramsChanged, this, showMinkowski);
  connect(m_models, &ModelPanel::modelChanged, this, showMinkowski);
  showMinkowski();

  buildViewsDock();
}

void MainWindow::buildViewsDock() {
  // Below the canvas: one tab per teaching view (widgets/teaching_view_list.cpp).
  const ViewContext context{m_controller, m_doc, m_canvas, m_models, m_undo};
  m_views = new QTabWidget;
  m_views->setDocumentMode(true);
  for (const TeachingViewInfo& view : teachingViews()) {
    QWidget* w = view.make(context);
    w->setObjectName(view.id);
    m_views->addTab(w, view.title);
  }
  m_viewsDock = new QDockWidget(tr("Views"), this);
  m_viewsDock->setObjectName("viewsDock");
  m_viewsDock->setWidget(m_views);
  m_viewsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                           QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::BottomDockWidgetArea, m_viewsDock);
  m_viewsDock->setVisible(m_views->count() > 0);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Open CSV…"), QKeySequence::Open, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV"), lastDirectory(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) openCsv(path);
  });
  QMenu* bundled = file->addMenu(tr("Open &bundled data set"));
  bundled->addAction(tr("Iris petals (Fisher 1936): 3 species"), this, [this] {
    QFile f(":/data/iris_petals.csv");
    if (f.open(QIODevice::ReadOnly)) openCsvText(tr("iris petals"), f.readAll().toStdString(), false);
  });
  bundled->addAction(tr("Diabetes: BMI and progression (Efron et al. 2004)"), this, [this] {
    QFile f(":/data/diabetes_bmi.csv");
    if (f.open(QIODevice::ReadOnly)) openCsvText(tr("diabetes"), f.readAll().toStdString(), false);
  });
  // Classic public-domain sets (provenance in resources/data/README.md).
  const std::vector<std::pair<QString, QString>> classics = {
      {"iris", tr("Iris, all four measurements (Fisher 1936): sepals shown")},
      {"faithful", tr("Old Faithful: eruption time and waiting time")},
      {"cars", tr("Cars: speed and stopping distance (Ezekiel 1930)")},
      {"anscombe_1", tr("Anscombe's quartet I")},
      {"anscombe_2", tr("Anscombe's quartet II")},
      {"anscombe_3", tr("Anscombe's quartet III")},
      {"anscombe_4", tr("Anscombe's quartet IV")}};
  for (const auto& [stem, label] : classics)
    bundled->addAction(label, this, [this, stem = stem] {
      QFile f(":/data/" + stem + ".csv");
      if (f.open(QIODevice::ReadOnly)) openCsvText(stem, f.readAll().toStdString(), false);
    });
  file->addAction(tr("&Save CSV…"), this, &MainWindow::saveCsv);  // Ctrl+S saves the session
  file->addSeparator();
  file->addAction(tr("&Export figure (PNG, PDF, SVG)…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportFigure);
  file->addAction(tr("&Copy figure"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyFigure);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
  redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
  edit->addAction(undo);
  edit->addAction(redo);
  edit->addSeparator();
  edit->addAction(tr("Copy coefficient table as CS&V"), this, [this] {
    QApplication::clipboard()->setText(m_info->tableAsCsv());
    statusBar()->showMessage(tr("Coefficient table copied as CSV."), 3000);
  });
  edit->addAction(tr("Copy coefficient table as &LaTeX"), this, [this] {
    QApplication::clipboard()->setText(m_info->tableAsLatex());
    statusBar()->showMessage(tr("Coefficient table copied as LaTeX."), 3000);
  });
  edit->addAction(tr("Copy coefficient table as &Markdown"), this, [this] {
    QApplication::clipboard()->setText(m_info->tableAsMarkdown());
    statusBar()->showMessage(tr("Coefficient table copied as Markdown."), 3000);
  });
  edit->addAction(tr("Save coefficient table…"), this, [this] { m_info->saveTableDialog(false); });
  edit->addAction(tr("Save metrics table…"), this, [this] { m_info->saveTableDialog(true); });
  edit->addSeparator();
  edit->addAction(tr("Erase all points"), this, [this] {
    Dataset empty = *m_doc->data();
    empty.X.resize(0, empty.cols());
    empty.y.resize(0);
    replaceData(std::move(empty), tr("empty"), true);
  });

  QMenu* data = menuBar()->addMenu(tr("&Data"));
  data->addAction(tr("&Generate…"), QKeySequence(tr("Ctrl+G")), this, [this] {
    GenerateDialog dialog(m_lastGenerate, this);
    if (dialog.exec() == QDialog::Accepted) generate(dialog.options());
  });
  QMenu* quick = data->addMenu(tr("&Quick generate"));
  for (const auto& kind : generatorKinds()) {
    quick->addAction(QString::fromStdString(kind), this, [this, kind] {
      generate(switchKind(m_lastGenerate, kind));
    });
  }
  data->addSeparator();
  QMenu* classes = data->addMenu(tr("Draw &class"));
  for (int k = 0; k < 9; ++k) {
    QAction* a = classes->addAction(tr("Class %1").arg(k + 1));
    a->setShortcut(QKeySequence(Qt::Key_1 + k));
    connect(a, &QAction::triggered, this, [this, k] { m_controller->setCurrentClass(k); });
  }

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(tr("&Reset view"), QKeySequence(tr("Ctrl+0")), this, [this] { m_canvas->resetView(); });
  m_equalAspect = view->addAction(tr("&Equal axis scales"));
  m_equalAspect->setCheckable(true);
  connect(m_equalAspect, &QAction::toggled, m_canvas, &DataCanvas::setEqualAspect);
  connect(m_equalAspect, &QAction::triggered, this, [this] { m_aspectChosen = true; });
  QAction* lens = view->addAction(tr("kNN neighbour &lens"));
  lens->setCheckable(true);
  lens->setChecked(true);
  lens->setShortcut(QKeySequence(tr("L")));
  lens->setToolTip(tr("Under the mouse: the k neighbours, the Minkowski ball that holds them, the vote"));
  connect(lens, &QAction::toggled, m_controller, &ExplorerController::setLensEnabled);
  m_presentation = view->addAction(tr("&Presentation mode"));
  m_presentation->setCheckable(true);
  m_presentation->setShortcut(QKeySequence(Qt::Key_F5));
  connect(m_presentation, &QAction::toggled, this, &MainWindow::setPresentation);
  buildSettingsMenus(view);
  QAction* views = m_viewsDock->toggleViewAction();
  views->setText(tr("Teaching &views"));
  views->setShortcut(QKeySequence(tr("Ctrl+T")));
  view->addAction(views);
  view->addAction(tr("&Compare algorithms…"), QKeySequence(tr("Ctrl+K")), this, [this] { showCompareWindow(this); });
  view->addSeparator();
  view->addAction(tr("&Next algorithm"), QKeySequence(Qt::Key_PageDown), this, [this] { m_models->stepModel(1); });
  view->addAction(tr("&Previous algorithm"), QKeySequence(Qt::Key_PageUp), this, [this] { m_models->stepModel(-1); });
  view->addAction(tr("Next &data set"), QKeySequence(tr("Ctrl+PgDown")), this, [this] { stepDataSet(1); });
  view->addAction(tr("Previous d&ata set"), QKeySequence(tr("Ctrl+PgUp")), this, [this] { stepDataSet(-1); });
  QMenu* resolution = view->addMenu(tr("Map &resolution"));
  for (int cells : {100, 200, 300, 400}) {
    QAction* a = resolution->addAction(tr("%1 × %1").arg(cells));
    a->setCheckable(true);
    a->setChecked(cells == m_controller->gridCells());
    connect(a, &QAction::triggered, this, [this, cells, resolution] {
      for (QAction* other : resolution->actions()) other->setChecked(other->text() == tr("%1 × %1").arg(cells));
      m_controller->setGridCells(cells);
    });
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Mouse and keys"), QKeySequence::HelpContents, this, &MainWindow::showKeys);
  help->addAction(tr("&About"), this, [this] {
    QMessageBox::about(this, tr("About Supervised Explorer"),
                       tr("<b>Supervised Explorer %1</b><p>Draw data, pick an algorithm, move a slider and watch "
                          "the decision boundary or the fit change.</p>")
                           .arg(QStringLiteral(SUPEX_VERSION)));
  });
}

void MainWindow::showKeys() {
  QMessageBox::information(
      this, tr("Mouse and keys"),
      tr("<table cellpadding='3'>"
         "<tr><td><b>Click</b></td><td>add a point of the current class</td></tr>"
         "<tr><td><b>Drag a point</b></td><td>move it; the model follows</td></tr>"
         "<tr><td><b>Right click</b></td><td>erase the nearest point</td></tr>"
         "<tr><td><b>Shift + drag</b></td><td>spray points</td></tr>"
         "<tr><td><b>Ctrl + click</b></td><td>pin a probe: Views ▸ Explain a point</td></tr>"
         "<tr><td><b>Wheel / drag empty space</b></td><td>zoom / pan</td></tr>"
         "<tr><td><b>1 – 9</b></td><td>choose the class to draw</td></tr>"
         "<tr><td><b>Page Up / Down</b></td><td>previous / next algorithm</td></tr>"
         "<tr><td><b>Ctrl + Page Up / Down</b></td><td>previous / next generated data set of this task</td></tr>"
         "<tr><td><b>L</b></td><td>kNN neighbour lens on / off</td></tr>"
         "<tr><td><b>Ctrl+T</b></td><td>teaching views on / off</td></tr>"
         "<tr><td><b>Ctrl+G</b></td><td>generate a data set</td></tr>"
         "<tr><td><b>Ctrl+E / Ctrl+Shift+C</b></td><td>export / copy the figure</td></tr>"
         "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"
         "<tr><td><b>Ctrl+0</b></td><td>frame the data</td></tr>"
         "<tr><td><b>F5</b></td><td>presentation mode</td></tr></table>"));
}

namespace {
const char* kColoursKey = "view/classColours";
const char* kPresentationScaleKey = "view/presentationTextScale";
}  // namespace

void MainWindow::buildSettingsMenus(QMenu* view) {
  // Both are the user's taste, kept across runs (QSettings).
  QSettings settings;
  const bool tol = settings.value(kColoursKey).toString() == QLatin1String("tol-bright");
  setClassColours(tol ? ClassColours::TolBright : ClassColours::OkabeIto);
  QMenu* colours = view->addMenu(tr("Class &colours"));
  auto* colourGroup = new QActionGroup(colours);
  const std::pair<QString, ClassColours> sets[] = {{tr("Okabe–Ito"), ClassColours::OkabeIto},
                                                   {tr("Paul Tol, bright"), ClassColours::TolBright}};
  for (const auto& [name, set] : sets) {
    QAction* a = colours->addAction(name);
    a->setCheckable(true);
    a->setChecked(set == classColours());
    colourGroup->addAction(a);
    connect(a, &QAction::triggered, this, [this, set = set] { chooseClassColours(set); });
  }

  m_presentationScale = std::clamp(settings.value(kPresentationScaleKey, 1.35).toDouble(), 1.0, 3.0);
  QMenu* scale = view->addMenu(tr("Presentation &text size"));
  auto* scaleGroup = new QActionGroup(scale);
  for (int percent : {125, 135, 150, 175, 200}) {
    QAction* a = scale->addAction(tr("%1 %").arg(percent));
    a->setCheckable(true);
    a->setChecked(std::abs(m_presentationScale * 100 - percent) < 0.5);
    scaleGroup->addAction(a);
    connect(a, &QAction::triggered, this, [this, percent] { setPresentationScale(percent / 100.0); });
  }
}

void MainWindow::chooseClassColours(ClassColours colours) {
  setClassColours(colours);
  QSettings().setValue(kColoursKey, colours == ClassColours::TolBright ? "tol-bright" : "okabe-ito");
  m_canvas->refreshColours();
  m_palette->refreshColours();
  m_minkowski->update();
}

void MainWindow::setPresentationScale(double scale) {
  m_presentationScale = scale;
  QSettings().setValue(kPresentationScaleKey, scale);
  if (m_presentation->isChecked()) {
    setPresentation(false);
    setPresentation(true);
  }
}

void MainWindow::stepDataSet(int step) {
  // The generated kinds of the current task, in the generator's order; from a
  // loaded file the first step goes to the first (or last) kind.
  std::vector<std::string> kinds;
  for (const auto& kind : generatorKinds())
    if (auto task = generatorTask(kind); task && *task == m_doc->task()) kinds.push_back(kind);
  if (kinds.empty()) return;
  const auto at = std::find(kinds.begin(), kinds.end(), m_lastGenerate.kind);
  const int n = static_cast<int>(kinds.size());
  int index = at == kinds.end() ? (step > 0 ? 0 : n - 1)
                                : ((static_cast<int>(at - kinds.begin()) + step) % n + n) % n;
  generate(switchKind(m_lastGenerate, kinds[static_cast<std::size_t>(index)]));
}

void MainWindow::showDefault() {
  generate(defaultGenerate(Task::Classification), false);
  if (m_models->selectModel("knn", Task::Classification)) m_models->setValues({{"k", "15"}});
  m_sessions->markSaved({});  // the first picture is nobody's unsaved work
}

void MainWindow::generate(const GenerateOptions& options, bool undoable) {
  auto data = supex::generate(options);  // the core's generator, not this member
  if (!data) {
    statusBar()->showMessage(QString::fromStdString(data.error().message), 8000);
    return;
  }
  m_lastGenerate = options;
  const double noise = options.noise ? *options.noise : defaultNoise(options.kind);
  const QString name = tr("%1 (n = %2, noise %3, seed %4)")
                           .arg(QString::fromStdString(options.kind))
                           .arg(options.n)
                           .arg(noise)
                           .arg(options.seed);
  replaceData(std::move(data).value(), name, undoable);
}

void MainWindow::setTestShare(double fraction, std::uint64_t seed) {
  m_undo->push(new SplitCommand(m_doc, fraction, seed));
}

QString MainWindow::chooseModel(const std::string& id, const std::vector<std::string>& keyValues) {
  if (!findModel(id)) {
    QStringList known;
    for (const auto& m : modelRegistry()) known << QString::fromStdString(m.id);
    return tr("Unknown model '%1'. Models: %2.").arg(QString::fromStdString(id), known.join(", "));
  }
  if (!m_models->selectModel(id, m_doc->task()))
    return tr("The model %1 does not do %2.").arg(QString::fromStdString(id), taskName(m_doc->task()));
  ParamValues values;
  for (const auto& kv : keyValues) {
    const auto eq = kv.find('=');
    if (eq == std::string::npos) return tr("--param takes KEY=VALUE. Got '%1'.").arg(QString::fromStdString(kv));
    values[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  for (const auto& [key, value] : values)
    if (!m_models->control(key) && key != "task")
      return tr("The model %1 has no parameter '%2'.").arg(QString::fromStdString(id), QString::fromStdString(key));
  m_models->setValues(values);
  return {};
}

void MainWindow::exportWhenReady(const QString& path, int width, int height, double scale,
                                 std::function<void(const QString&)> done) {
  auto* connection = new QMetaObject::Connection;
  *connection = connect(m_controller->worker(), &FitWorker::frameReady, this,
                        [this, path, width, height, scale, done, connection](FitFramePtr frame) {
                          if (!frame->final || m_controller->fitPending() || m_canvas->viewChangePending()) return;
                          // Laying out may still move the view (equal scales); then a
                          // new fit is on its way and the export waits for it.
                          m_canvas->replot(QCustomPlot::rpImmediateRefresh);
                          if (m_controller->fitPending() || m_canvas->viewChangePending()) return;
                          disconnect(*connection);
                          delete connection;
                          done(exportPlot(m_canvas, path, width, height, scale));
                        });
}

bool MainWindow::openCsv(const QString& path, bool askColumns) {
  auto text = readTextFile(path.toStdString());
  if (!text) {
    QMessageBox::warning(this, tr("Open CSV"), QString::fromStdString(text.error().message));
    return false;
  }
  rememberDirectory(path);
  return openCsvText(path, *text, askColumns);
}

bool MainWindow::openCsvText(const QString& name, const std::string& text, bool askColumns) {
  CsvImportDialog dialog(QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName(), text, this);
  if (askColumns || !dialog.isLoadable()) {
    if (dialog.exec() != QDialog::Accepted) return false;
  }
  if (!dialog.isLoadable()) return false;
  replaceData(dialog.dataset(), QFileInfo(name).completeBaseName(), true);
  return true;
}

void MainWindow::replaceData(Dataset data, const QString& name, bool undoable) {
  m_dataName = name;
  setWindowTitle(tr("Supervised Explorer — %1").arg(name));
  if (undoable) m_undo->push(new ReplaceDataCommand(m_doc, std::move(data), tr("Replace data (%1)").arg(name)));
  else m_doc->setData(std::move(data));
}

// After the data set changed as a whole (opened, generated, or an undo of
// that), the model must do the data's task: keep the model if it can,
// else return to the model last used for that task.
void MainWindow::syncModelToData() {
  if (m_syncing) return;
  const Task task = m_doc->task();
  if (m_models->currentModel() && m_models->currentTask() == task) return;
  m_syncing = true;
  bool done = false;
  if (const ModelInfo* current = m_models->currentModel()) done = m_models->selectModel(current->id, task);
  if (!done)
    if (auto it = m_modelByTask.find(task); it != m_modelByTask.end()) done = m_models->selectModel(it->second, task);
  if (!done)
    for (const ModelInfo& m : modelRegistry())
      if (std::find(m.tasks.begin(), m.tasks.end(), task) != m.tasks.end() && m_models->selectModel(m.id, task)) break;
  m_syncing = false;
}

// The user picked a model of the other task: bring back the data last used
// for that task (or a classic set), as one undoable step.
void MainWindow::onTaskMismatch(Task task) {
  if (m_syncing) return;
  m_syncing = true;
  if (auto it = m_dataByTask.find(task); it != m_dataByTask.end()) replaceData(it->second.first, it->second.second, true);
  else generate(defaultGenerate(task));
  m_syncing = false;
}

void MainWindow::updateSplitControls() {
  const QSignalBlocker b1(m_split), b2(m_splitSeed);
  m_split->setValue(static_cast<int>(std::lround(100.0 * m_doc->testFraction())));
  m_splitSeed->setValue(static_cast<int>(m_doc->splitSeed()));
  m_splitLabel->setText(QStringLiteral("%1%").arg(m_split->value()));
}

void MainWindow::updateStatus() {
  const int n = m_doc->rows();
  const auto test = m_doc->testSet()->rows();
  QString text = tr("%1 points: %2 training, %3 test").arg(n).arg(n - test).arg(test);
  if (m_doc->task() == Task::Classification) text += tr(" · %1 classes").arg(m_doc->data()->numClasses());
  m_counts->setText(text);
}

void MainWindow::saveCsv() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save CSV"), lastDirectory(), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  rememberDirectory(path);
  if (Status s = writeCsv(path.toStdString(), *m_doc->data()); !s)
    QMessageBox::warning(this, tr("Save CSV"), QString::fromStdString(s.error().message));
  else statusBar()->showMessage(tr("Saved %1.").arg(path), 4000);
}

void MainWindow::exportFigure() {
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export figure"), lastDirectory(),
                                              tr("PNG image (*.png);;PDF, vector (*.pdf);;SVG, vector (*.svg)"), &filter);
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += filter.contains("pdf") ? ".pdf" : filter.contains("svg") ? ".svg" : ".png";
  rememberDirectory(path);
  int width = m_canvas->width(), height = m_canvas->height();
  double scale = 1.0;
  if (QFileInfo(path).suffix().toLower() == "png") {
    // Size in pixels and a scale factor (2 = crisp on a projector or in print).
    QDialog dialog(this);
    dialog.setWindowTitle(tr("PNG size"));
    auto* form = new QFormLayout(&dialog);
    auto* w = new QSpinBox;
    auto* h = new QSpinBox;
    auto* s = new QSpinBox;
    w->setRange(100, 10000);
    h->setRange(100, 10000);
    s->setRange(1, 4);
    w->setValue(width);
    h->setValue(height);
    s->setValue(2);
    form->addRow(tr("Width (px)"), w);
    form->addRow(tr("Height (px)"), h);
    form->addRow(tr("Scale"), s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;
    width = w->value();
    height = h->value();
    scale = s->value();
  }
  const QString error = exportPlot(m_canvas, path, width, height, scale);
  if (!error.isEmpty()) QMessageBox::warning(this, tr("Export figure"), error);
  else statusBar()->showMessage(tr("Exported %1.").arg(path), 4000);
}

void MainWindow::copyFigure() {
  auto* mime = new QMimeData;
  mime->setImageData(m_canvas->toPixmap(m_canvas->width(), m_canvas->height(), 2.0).toImage());
  mime->setData(QStringLiteral("image/svg+xml"), svgBytes(m_canvas, m_canvas->width(), m_canvas->height()));
  QApplication::clipboard()->setMimeData(mime);
  statusBar()->showMessage(tr("Figure copied (image and SVG)."), 3000);
}

void MainWindow::fitToScreen() {
  const QScreen* s = screen();
  if (!s) return;
  // The window manager's frame is not known before the window is shown: a
  // small margin leaves room for it.
  const QRect room = s->availableGeometry().marginsRemoved(QMargins(8, 8, 8, 40));
  if (room.isEmpty()) return;
  const QSize fitted = size().boundedTo(room.size());
  if (fitted != size()) {
    resize(fitted);
    // The Views dock would keep its natural height and squeeze the canvas,
    // which is what the class is looking at. Deferred to after the first
    // layout: before it, resizeDocks has nothing to divide.
    QTimer::singleShot(0, this, [this] {
      if (m_viewsDock->isVisible()) resizeDocks({m_viewsDock}, {std::max(170, height() / 4)}, Qt::Vertical);
    });
  }
  if (!room.contains(geometry())) move(room.topLeft());
}

void MainWindow::setPresentationMode(bool on) { m_presentation->setChecked(on); }
bool MainWindow::presentationMode() const { return m_presentation->isChecked(); }

void MainWindow::setPresentation(bool on) {
  m_canvas->setPresentationMode(on);
  m_minkowski->setPresentationMode(on);
  if (auto* compare = findChild<CompareWindow*>()) compare->setPresentationMode(on);
  // The application font, not each dock's: widgets with a style sheet (the
  // coloured labels and boxes) do not inherit a parent's font, but they do
  // follow the application's. Menus and dialogs grow too, as they should on
  // a projector.
  // The teaching views' plots keep their text in proportion to the new font.
  for (QCustomPlot* plot : m_views->findChildren<QCustomPlot*>()) followWidgetFont(plot);
  static const QFont normal = QApplication::font();
  QFont f = normal;
  f.setPointSizeF(normal.pointSizeF() * (on ? m_presentationScale : 1.0));
  QApplication::setFont(f);
  // On a projector the picture is what the room reads: the docks keep about a
  // quarter of the width each and the canvas takes the rest.
  m_leftDock->setMinimumWidth(on ? 380 : 340);
  m_rightDock->setMinimumWidth(on ? 320 : 400);
  if (on) showFullScreen();
  else showNormal();
  const int side = std::max(320, width() / 4);
  resizeDocks({m_leftDock, m_rightDock}, {on ? side : 340, on ? side : 400}, Qt::Horizontal);
}

}  // namespace supex
