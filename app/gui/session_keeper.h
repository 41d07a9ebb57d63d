#pragma once
// SessionKeeper: the window's work as files the user keeps (core/session/).
// Saves and opens sessions (*.supex.json), keeps the recent-files list, the
// Lessons menu, drag and drop of CSV and session files, the title bar's
// unsaved-changes mark ("name* — Supervised Explorer"), the question before
// unsaved work is dropped, autosave with recovery after a crash, and the
// window's layout in QSettings. Only the window owns one.
//
// Unsaved means: the undo stack is not at its clean index (data edits), or
// the model, its parameters or the teacher's note differ from what was last
// saved or opened (they are not undo steps).
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

#include "core/models/param_spec.h"
#include "core/session/session.h"

class QAction;
class QLockFile;
class QMenu;

namespace supex {

class MainWindow;
class NoteBanner;

class SessionKeeper : public QObject {
  Q_OBJECT

 public:
  explicit SessionKeeper(MainWindow* window);
  ~SessionKeeper() override;

  // What the window shows now, as a session.
  Session capture() const;
  // Reads and applies a session file (or a ":/lessons/…" resource). Returns
  // the problem in words; on a problem nothing in the window changes.
  // `windowed` false: a headless export (presentation mode only restyles the canvas).
  QString load(const QString& path, bool windowed = true);
  // Applies a parsed session; the work then counts as saved to `path` (empty: untitled).
  void apply(const Session& session, const QString& path, bool windowed = true);
  // Frames the view as the last session asked (its ranges), else frames the data.
  void frameView();
  // Brings the teaching view `id` to the front (and, windowed, shows the dock).
  void showTeachingView(const std::string& id, bool windowed);
  // Writes the session atomically (QSaveFile); returns the problem in words.
  QString saveTo(const QString& path);

  // The interactive commands (menus, drops): they ask and show messages.
  bool open(const QString& path);
  bool openDropped(const QString& path);
  bool save();
  bool saveAs();
  // Asks whether to save unsaved work; false when the user cancels.
  bool maybeSave();

  bool isModified() const;
  // What the window shows now counts as saved to `path` (empty: untitled).
  void markSaved(const QString& path);
  void markUnmodified() { markSaved(m_path); }
  QString currentPath() const { return m_path; }
  QStringList recentFiles() const;
  NoteBanner* banner() const { return m_banner; }
  void setNote(const QString& title, const QString& note);

  // Autosave: the file this run writes, and the orphans a crashed run left.
  QString autosavePath() const { return m_autosavePath; }
  void autosaveNow();
  static QStringList orphanedAutosaves();
  // At start: offers to recover an orphaned autosave (asks the user).
  void offerRecovery();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  struct SavedState {
    std::string model;
    ParamValues params;
    QString title, note;
    bool operator==(const SavedState&) const = default;
  };
  SavedState currentState() const;
  // The session's file name, else the lesson's title, else the data's name.
  QString workName() const;
  void updateTitle();
  void addRecent(const QString& path);
  void rebuildRecentMenu();
  void rebuildLessonsMenu();
  void buildMenus();
  void changed();
  void editNote();
  void restoreLayout();
  void saveLayout();

  MainWindow* m_window;
  NoteBanner* m_banner = nullptr;
  QMenu* m_recentMenu = nullptr;
  QMenu* m_lessonsMenu = nullptr;
  QString m_path;
  QString m_title, m_note;
  SavedState m_saved;
  std::optional<SessionView> m_view;  // the last opened session's view, for frameView()
  QTimer m_autosaveDelay;   // after a change
  QTimer m_autosaveTimer;   // every 30 s regardless
  QString m_autosavePath;
  std::unique_ptr<QLockFile> m_autosaveLock;
};

}  // namespace supex
