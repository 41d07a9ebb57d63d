#include "app/gui/session_keeper.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QDockWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "app/gui/main_window.h"
#include "app/gui/note_banner.h"
#include "core/data/dataset_io.h"
#include "core/models/registry.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/model_panel.h"
#include "widgets/point_document.h"

namespace supex {
namespace {

const char* kRecentKey = "files/recentSessions";
const char* kLastDirKey = "files/lastDirectory";  // shared with the window's CSV dialogs
const char* kGeometryKey = "window/geometry";
const char* kStateKey = "window/state";
constexpr int kMaxRecent = 8;

QString autosaveFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/autosave"; }

bool isResource(const QString& path) { return path.startsWith(':'); }

// "lesson.supex.json" -> "lesson"
QString shortName(const QString& path) {
  QString name = QFileInfo(path).fileName();
  for (const QString& suffix : {QString(kSessionSuffix), QStringLiteral(".json")})
    if (name.endsWith(suffix)) return name.left(name.size() - suffix.size());
  return name;
}

Result<std::string> readAny(const QString& path) {
  if (!isResource(path)) return readTextFile(path.toStdString());
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return dataError(path.toStdString() + ": cannot open the file.");
  return f.readAll().toStdString();
}

}  // namespace

SessionKeeper::SessionKeeper(MainWindow* window) : QObject(window), m_window(window) {
  // The note sits above the canvas, inside the central area, so the docks keep their places.
  QWidget* canvas = window->takeCentralWidget();
  auto* centre = new QWidget;
  auto* layout = new QVBoxLayout(centre);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  m_banner = new NoteBanner;
  layout->addWidget(m_banner);
  layout->addWidget(canvas, 1);
  window->setCentralWidget(centre);

  buildMenus();
  window->setAcceptDrops(true);
  window->installEventFilter(this);

  connect(window->m_undo, &QUndoStack::indexChanged, this, &SessionKeeper::changed);
  connect(window->m_undo, &QUndoStack::cleanChanged, this, &SessionKeeper::changed);
  connect(window->m_doc, &PointDocument::changed, this, &SessionKeeper::changed);
  connect(window->m_models, &ModelPanel::paramsChanged, this, &SessionKeeper::changed);

  // Autosave a few seconds after a change, and every 30 s in any case (a
  // change during a long drag still reaches the disk).
  m_autosaveDelay.setSingleShot(true);
  m_autosaveDelay.setInterval(3000);
  connect(&m_autosaveDelay, &QTimer::timeout, this, &SessionKeeper::autosaveNow);
  m_autosaveTimer.setInterval(30000);
  connect(&m_autosaveTimer, &QTimer::timeout, this, &SessionKeeper::autosaveNow);
  m_autosaveTimer.start();
  // One autosave file per running program, held by a lock: a file whose lock
  // is free was left by a program that did not close (crashed, killed).
  const QString folder = autosaveFolder();
  QDir().mkpath(folder);
  static int windows = 0;  // several windows of one program (the tests) keep apart
  const QString stem = folder + QStringLiteral("/autosave-%1-%2").arg(QApplication::applicationPid()).arg(++windows);
  m_autosavePath = stem + kSessionSuffix;
  m_autosaveLock = std::make_unique<QLockFile>(stem + ".lock");
  m_autosaveLock->setStaleLockTime(0);
  m_autosaveLock->tryLock(0);

  restoreLayout();
  markSaved({});
}

SessionKeeper::~SessionKeeper() {
  // A clean exit: nothing to recover next time.
  QFile::remove(m_autosavePath);
}

Session SessionKeeper::capture() const {
  const MainWindow* w = m_window;
  Session s;
  s.title = m_title.toStdString();
  s.note = m_note.toStdString();
  s.dataName = w->m_dataName.toStdString();
  s.data = *w->m_doc->data();
  s.isTest = w->m_doc->isTest();
  s.testShare = w->m_doc->testFraction();
  s.splitSeed = w->m_doc->splitSeed();
  if (const ModelInfo* model = w->m_models->currentModel()) s.model = model->id;
  s.params = w->m_models->values();
  const QCPRange x = w->m_canvas->xAxis->range(), y = w->m_canvas->yAxis->range();
  s.view.xRange = std::array<double, 2>{x.lower, x.upper};
  s.view.yRange = std::array<double, 2>{y.lower, y.upper};
  s.view.equalAspect = w->m_canvas->equalAspect();
  s.view.gridCells = w->m_controller->gridCells();
  s.view.presentation = w->m_canvas->presentationMode();
  if (QWidget* view = w->m_views->currentWidget()) s.view.teachingView = view->objectName().toStdString();
  return s;
}

QString SessionKeeper::load(const QString& path, bool windowed) {
  auto text = readAny(path);
  if (!text) return QString::fromStdString(text.error().message);
  auto session = parseSession(*text, QFileInfo(path).fileName().toStdString());
  if (!session) return QString::fromStdString(session.error().message);
  apply(*session, path, windowed);
  return {};
}

void SessionKeeper::apply(const Session& s, const QString& path, bool windowed) {
  MainWindow* w = m_window;
  // A new document: the old edits cannot be undone into it.
  w->m_undo->clear();
  w->m_dataName = s.dataName.empty() ? shortName(path) : QString::fromStdString(s.dataName);
  w->m_aspectChosen = s.view.equalAspect.has_value();
  // The data first: a model chosen for the other task would bring back other data.
  w->m_doc->restore(std::make_shared<const Dataset>(s.data), s.isTest, s.testShare, s.splitSeed);
  if (s.view.equalAspect) w->m_equalAspect->setChecked(*s.view.equalAspect);
  w->m_models->selectModel(s.model, s.data.task);
  w->m_models->resetToDefaults();  // the session lists what differs; the rest is the default
  w->m_models->setValues(s.params);
  w->m_controller->setGridCells(s.view.gridCells);
  for (QAction* a : w->findChildren<QAction*>())
    if (a->isCheckable() && a->text().contains(QStringLiteral(" × ")))
      a->setChecked(a->text() == tr("%1 × %1").arg(s.view.gridCells));
  if (s.view.presentation) {
    if (windowed) w->setPresentationMode(*s.view.presentation);
    else w->m_canvas->setPresentationMode(*s.view.presentation);
  }
  // The note first: showing or hiding it resizes the canvas, and with equal
  // scales the ranges depend on the canvas's size.
  m_title = QString::fromStdString(s.title);
  m_note = QString::fromStdString(s.note);
  m_banner->setNote(m_title, m_note);
  if (QLayout* layout = w->centralWidget()->layout()) layout->activate();
  if (s.view.teachingView) showTeachingView(*s.view.teachingView, windowed);
  m_view = s.view;
  frameView();
  // Again: where model and parameter changes are undo steps, setting them
  // above pushed commands that would undo into the work that was replaced.
  w->m_undo->clear();
  markSaved(isResource(path) ? QString() : path);
  if (windowed && !isResource(path) && !path.startsWith(autosaveFolder())) addRecent(path);
}

void SessionKeeper::showTeachingView(const std::string& id, bool windowed) {
  MainWindow* w = m_window;
  QWidget* view = nullptr;
  for (int i = 0; i < w->m_views->count(); ++i)
    if (w->m_views->widget(i)->objectName() == QString::fromStdString(id)) view = w->m_views->widget(i);
  if (!view) {
    // A view of a newer version, or a typing slip in a hand-written lesson:
    // everything else opens; the status bar says what is missing.
    w->statusBar()->showMessage(tr("This session asks for the teaching view '%1', which this version does not have.")
                                    .arg(QString::fromStdString(id)), 10000);
    return;
  }
  w->m_views->setCurrentWidget(view);
  if (windowed) w->m_viewsDock->show();
}

void SessionKeeper::frameView() {
  DataCanvas* canvas = m_window->m_canvas;
  if (m_view && m_view->xRange && m_view->yRange) {
    const auto apply = [canvas, x = *m_view->xRange, y = *m_view->yRange] {
      canvas->xAxis->setRange(x[0], x[1]);
      canvas->yAxis->setRange(y[0], y[1]);
      canvas->replot();
    };
    apply();
    // With equal axis scales a resize widens one range. On a busy machine the
    // banner's layout pass can land after this one and resize the canvas;
    // applying the saved ranges once more when the layout has settled keeps
    // the picture exactly as it was saved.
    QTimer::singleShot(0, canvas, apply);
  } else {
    canvas->resetView();
  }
}

QString SessionKeeper::saveTo(const QString& path) {
  QSaveFile file(path);
  const std::string text = sessionToJson(capture());
  if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
      !file.commit())
    return tr("%1: cannot write the file (%2).").arg(path, file.errorString());
  if (path == m_autosavePath) return {};
  markSaved(path);
  addRecent(path);
  QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
  QFile::remove(m_autosavePath);
  return {};
}

bool SessionKeeper::open(const QString& path) {
  if (!maybeSave()) return false;
  const QString problem = load(path);
  if (!problem.isEmpty()) {
    QMessageBox::warning(m_window, tr("Open session"), problem + tr("\n\nNothing was changed."));
    return false;
  }
  m_window->statusBar()->showMessage(isResource(path) ? tr("Lesson: %1.").arg(m_title)
                                                     : tr("Opened %1.").arg(QFileInfo(path).fileName()),
                                     4000);
  return true;
}

bool SessionKeeper::openDropped(const QString& path) {
  if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) return open(path);
  return m_window->openCsv(path);  // undoable, so nothing to ask
}

bool SessionKeeper::save() {
  if (m_path.isEmpty()) return saveAs();
  const QString problem = saveTo(m_path);
  if (!problem.isEmpty()) {
    QMessageBox::warning(m_window, tr("Save session"), problem);
    return false;
  }
  m_window->statusBar()->showMessage(tr("Saved %1.").arg(m_path), 4000);
  return true;
}

bool SessionKeeper::saveAs() {
  const QString start = m_path.isEmpty() ? QSettings().value(kLastDirKey).toString() : m_path;
  QString path = QFileDialog::getSaveFileName(m_window, tr("Save session"), start,
                                              tr("Supervised Explorer sessions (*%1)").arg(kSessionSuffix));
  if (path.isEmpty()) return false;
  if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) path += kSessionSuffix;
  m_path = path;  // save() writes here (or warns and keeps the name for the next try)
  return save();
}

bool SessionKeeper::maybeSave() {
  if (!isModified()) return true;
  const auto answer = QMessageBox::question(
      m_window, tr("Unsaved changes"),
      tr("The work in “%1” has changes that are not saved. Save them first?").arg(workName()),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Save) return save();
  return answer == QMessageBox::Discard;
}

bool SessionKeeper::isModified() const { return !m_window->m_undo->isClean() || currentState() != m_saved; }

SessionKeeper::SavedState SessionKeeper::currentState() const {
  SavedState s;
  if (const ModelInfo* model = m_window->m_models->currentModel()) s.model = model->id;
  s.params = m_window->m_models->values();
  s.title = m_title;
  s.note = m_note;
  return s;
}

void SessionKeeper::markSaved(const QString& path) {
  m_path = path;
  m_window->m_undo->setClean();
  m_saved = currentState();
  updateTitle();
}

void SessionKeeper::changed() {
  updateTitle();
  if (isModified()) m_autosaveDelay.start();
}

QString SessionKeeper::workName() const {
  const QString name = m_path.isEmpty() ? (m_title.isEmpty() ? m_window->m_dataName : m_title) : shortName(m_path);
  return name.isEmpty() ? tr("untitled") : name;
}

void SessionKeeper::updateTitle() {
  m_window->setWindowTitle(tr("%1[*] — Supervised Explorer").arg(workName()));
  m_window->setWindowModified(isModified());
}

void SessionKeeper::setNote(const QString& title, const QString& note) {
  m_title = title;
  m_note = note;
  m_banner->setNote(title, note);
  changed();
}

void SessionKeeper::editNote() {
  QDialog dialog(m_window);
  dialog.setWindowTitle(tr("Teacher's note"));
  auto* form = new QFormLayout(&dialog);
  auto* title = new QLineEdit(m_title);
  auto* note = new QPlainTextEdit(m_note);
  note->setMinimumSize(420, 120);
  form->addRow(tr("Title"), title);
  form->addRow(tr("Note"), note);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  if (dialog.exec() == QDialog::Accepted) setNote(title->text().trimmed(), note->toPlainText().trimmed());
}

// ---- recent files, lessons, menus

QStringList SessionKeeper::recentFiles() const { return QSettings().value(kRecentKey).toStringList(); }

void SessionKeeper::addRecent(const QString& path) {
  QStringList list = recentFiles();
  const QString absolute = QFileInfo(path).absoluteFilePath();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > kMaxRecent) list.removeLast();
  QSettings().setValue(kRecentKey, list);
}

void SessionKeeper::rebuildRecentMenu() {
  m_recentMenu->clear();
  const QStringList list = recentFiles();
  for (int i = 0; i < list.size(); ++i) {
    const QString path = list[i];
    m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
      if (!QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("Open recent"), tr("%1 is no longer there.").arg(path));
        QStringList left = recentFiles();
        left.removeAll(path);
        QSettings().setValue(kRecentKey, left);
        return;
      }
      open(path);
    })->setToolTip(path);
  }
  if (list.isEmpty()) m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
  else {
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this, [] { QSettings().remove(kRecentKey); });
  }
}

void SessionKeeper::rebuildLessonsMenu() {
  // Every bundled file under :/lessons, in file-name order (01_…, 02_…), titled by its own "title".
  m_lessonsMenu->clear();
  const QStringList files = QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
  for (const QString& file : files) {
    const QString path = QStringLiteral(":/lessons/") + file;
    auto text = readAny(path);
    auto session = text ? parseSession(*text, file.toStdString()) : Result<Session>(text.error());
    const QString title = session && !session->title.empty() ? QString::fromStdString(session->title) : shortName(file);
    m_lessonsMenu->addAction(title, this, [this, path] { open(path); });
  }
}

void SessionKeeper::buildMenus() {
  QMenuBar* bar = m_window->menuBar();
  QMenu* file = bar->actions().isEmpty() ? bar->addMenu(tr("&File")) : bar->actions().first()->menu();
  QAction* first = file->actions().value(0);
  auto insert = [file, first](QAction* a) { file->insertAction(first, a); };

  auto* openAction = new QAction(tr("Open &session…"), this);
  openAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
  connect(openAction, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open session"), QSettings().value(kLastDirKey).toString(),
        tr("Sessions and data (*%1 *.json *.csv);;All files (*)").arg(kSessionSuffix));
    if (!path.isEmpty()) openDropped(path);
  });
  insert(openAction);
  m_recentMenu = new QMenu(tr("Open &recent"), m_window);
  connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionKeeper::rebuildRecentMenu);
  file->insertMenu(first, m_recentMenu);
  auto* saveAction = new QAction(tr("&Save session"), this);
  saveAction->setShortcut(QKeySequence::Save);
  connect(saveAction, &QAction::triggered, this, &SessionKeeper::save);
  insert(saveAction);
  auto* saveAsAction = new QAction(tr("Save session &as…"), this);
  saveAsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));  // QKeySequence::SaveAs is empty on some desktops
  connect(saveAsAction, &QAction::triggered, this, &SessionKeeper::saveAs);
  insert(saveAsAction);
  auto* noteAction = new QAction(tr("Teacher's &note…"), this);
  connect(noteAction, &QAction::triggered, this, &SessionKeeper::editNote);
  insert(noteAction);
  file->insertSeparator(first);

  // Lessons, before Help (the last menu).
  m_lessonsMenu = new QMenu(tr("&Lessons"), m_window);
  connect(m_lessonsMenu, &QMenu::aboutToShow, this, &SessionKeeper::rebuildLessonsMenu);
  rebuildLessonsMenu();  // so the lessons are there for keyboard navigation and tests
  bar->insertMenu(bar->actions().value(bar->actions().size() - 1), m_lessonsMenu);
}

// ---- autosave and recovery

void SessionKeeper::autosaveNow() {
  if (!isModified()) {
    QFile::remove(m_autosavePath);
    return;
  }
  saveTo(m_autosavePath);  // a failed autosave stays silent: the user did not ask for it
}

QStringList SessionKeeper::orphanedAutosaves() {
  QStringList orphans;
  QDir folder(autosaveFolder());
  const auto files = folder.entryInfoList({QStringLiteral("autosave-*") + kSessionSuffix}, QDir::Files, QDir::Time);
  for (const QFileInfo& info : files) {
    const QString stem = info.absoluteFilePath().left(info.absoluteFilePath().size() - int(strlen(kSessionSuffix)));
    QLockFile lock(stem + ".lock");
    lock.setStaleLockTime(0);  // a live program's lock is never stale by age alone
    // Free (or stale: its program is gone) means nobody is writing this file.
    if (lock.tryLock(0)) {
      lock.unlock();
      orphans << info.absoluteFilePath();
    }
  }
  // Locks left by crashed programs that had nothing unsaved.
  for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("autosave-*.lock")}, QDir::Files)) {
    const QString stem = info.absoluteFilePath().chopped(5);
    if (QFile::exists(stem + kSessionSuffix)) continue;
    QLockFile lock(info.absoluteFilePath());
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) lock.unlock();  // removes the file
  }
  return orphans;
}

void SessionKeeper::offerRecovery() {
  const QStringList orphans = orphanedAutosaves();
  if (orphans.isEmpty()) return;
  const QString newest = orphans.first();
  const QString when = QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat);
  // Say what the work was, so the user can tell whether it matters.
  QString what;
  if (auto text = readAny(newest)) {
    if (auto s = parseSession(*text, "autosave")) {
      const std::string& name = s->title.empty() ? s->dataName : s->title;
      const ModelInfo* model = findModel(s->model);
      what = tr(" (%1, %2, %3 points)")
                 .arg(QString::fromStdString(name), QString::fromStdString(model ? model->name : s->model))
                 .arg(s->data.rows());
    }
  }
  QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                  tr("Supervised Explorer did not close properly last time.\n\n"
                     "Work that was not saved%1 was kept automatically at %2. Recover it?")
                      .arg(what, when),
                  QMessageBox::NoButton, m_window);
  QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
  box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
  box.setDefaultButton(recover);
  box.exec();
  if (box.clickedButton() == recover) {
    const QString problem = load(newest);
    if (!problem.isEmpty()) QMessageBox::warning(m_window, tr("Recover unsaved work"), problem);
    else {
      m_path.clear();  // recovered work is unsaved work, in no file yet
      m_saved = {};
      changed();
      autosaveNow();
    }
  }
  for (const QString& orphan : orphans) QFile::remove(orphan);
}

// ---- window events and layout

bool SessionKeeper::eventFilter(QObject* watched, QEvent* event) {
  if (watched != m_window) return false;
  switch (event->type()) {
    case QEvent::Close:
      if (!maybeSave()) {
        event->ignore();
        return true;
      }
      saveLayout();
      return false;
    case QEvent::DragEnter: {
      auto* drag = static_cast<QDragEnterEvent*>(event);
      const auto urls = drag->mimeData()->urls();
      if (!urls.isEmpty() && urls.first().isLocalFile()) {
        const QString suffix = QFileInfo(urls.first().toLocalFile()).suffix().toLower();
        if (suffix == "csv" || suffix == "json") {
          drag->acceptProposedAction();
          return true;
        }
      }
      return false;
    }
    case QEvent::Drop: {
      auto* drop = static_cast<QDropEvent*>(event);
      const auto urls = drop->mimeData()->urls();
      if (urls.isEmpty()) return false;
      drop->acceptProposedAction();
      const QString path = urls.first().toLocalFile();
      // After the drop has finished: a dialog inside a drop handler blocks the drag source.
      QTimer::singleShot(0, this, [this, path] { openDropped(path); });
      return true;
    }
    default:
      return false;
  }
}

void SessionKeeper::restoreLayout() {
  QSettings settings;
  if (settings.contains(kGeometryKey)) m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray());
  if (settings.contains(kStateKey)) m_window->restoreState(settings.value(kStateKey).toByteArray());
}

void SessionKeeper::saveLayout() {
  QSettings settings;
  // Full screen is presentation mode, not a layout to come back to.
  if (m_window->isFullScreen()) return;
  settings.setValue(kGeometryKey, m_window->saveGeometry());
  settings.setValue(kStateKey, m_window->saveState());
}

}  // namespace supex
