#pragma once
// The explorer's window: the canvas in the centre, the model and data tools
// in a dock on the left, the fit's numbers in a dock on the right; menus,
// the undo stack, keyboard shortcuts and file dialogs.
#include <QMainWindow>
#include <functional>
#include <map>
#include <vector>
#include <optional>
#include <string>

#include "core/data/dataset.h"
#include "core/data/generators.h"
#include "widgets/okabe_ito.h"

class QLabel;
class QSlider;
class QSpinBox;
class QUndoStack;
class QAction;
class QCheckBox;
class QDockWidget;
class QGroupBox;
class QMenu;
class QTabWidget;

namespace supex {

class ClassPalette;
class DataCanvas;
class ExplorerController;
class InfoPanel;
class MinkowskiView;
class ModelPanel;
class PointDocument;
class SessionKeeper;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // The first picture: moons (n 200, seed 1) under kNN with k = 15.
  void showDefault();
  // Opens a CSV. With `askColumns` false the columns are guessed and the
  // dialog only appears when the guess cannot be loaded.
  bool openCsv(const QString& path, bool askColumns = true);
  bool openCsvText(const QString& name, const std::string& text, bool askColumns);
  void generate(const GenerateOptions& options, bool undoable = true);
  void setTestShare(double fraction, std::uint64_t seed);
  // Picks model `id` for the data's task and sets some of its parameters.
  // Returns the problem in words, or an empty string.
  QString chooseModel(const std::string& id, const std::vector<std::string>& keyValues);
  // Once the newest fit is drawn at full resolution, exports the plot to
  // `path` and calls `done` with the error text (empty on success).
  void exportWhenReady(const QString& path, int width, int height, double scale,
                       std::function<void(const QString&)> done);

  // Shrinks the window to the screen it is on when it is larger (the default
  // 1560×940, or a layout saved on a bigger monitor, on a 1280×800 projector)
  // and moves it back onto that screen.
  void fitToScreen();

  // Large type and thick lines, full screen (View ▸ Presentation mode, F5).
  void setPresentationMode(bool on);
  bool presentationMode() const;

  DataCanvas* canvas() const { return m_canvas; }
  ModelPanel* models() const { return m_models; }
  ExplorerController* controller() const { return m_controller; }
  PointDocument* document() const { return m_doc; }
  // The teaching views' tabs (widgets/teaching_view.h).
  QTabWidget* views() const { return m_views; }
  QDockWidget* viewsDock() const { return m_viewsDock; }
  // Session files, recent files, lessons, autosave (app/gui/session_keeper.h).
  SessionKeeper* sessions() const { return m_sessions; }

 private:
  friend class SessionKeeper;  // reads and restores the whole window's state
  void buildDocks();
  void buildViewsDock();
  void buildMenus();
  void replaceData(Dataset data, const QString& name, bool undoable);
  void syncModelToData();
  void onTaskMismatch(Task task);
  void updateStatus();
  void updateSplitControls();
  void exportFigure();
  void copyFigure();
  void saveCsv();
  void setPresentation(bool on);
  void showKeys();
  // Generates the next (+1) or previous (−1) kind of data set of the current task.
  void stepDataSet(int step);
  // View ▸ Class colours and View ▸ Presentation text size, kept in QSettings.
  void buildSettingsMenus(QMenu* view);
  void chooseClassColours(ClassColours colours);
  void setPresentationScale(double scale);

  PointDocument* m_doc = nullptr;
  QUndoStack* m_undo = nullptr;
  DataCanvas* m_canvas = nullptr;
  ModelPanel* m_models = nullptr;
  InfoPanel* m_info = nullptr;
  ClassPalette* m_palette = nullptr;
  QLabel* m_paletteLabel = nullptr;
  ExplorerController* m_controller = nullptr;
  QSlider* m_split = nullptr;
  QLabel* m_splitLabel = nullptr;
  QSpinBox* m_splitSeed = nullptr;
  QLabel* m_counts = nullptr;
  QAction* m_presentation = nullptr;
  MinkowskiView* m_minkowski = nullptr;
  QGroupBox* m_minkowskiBox = nullptr;
  QDockWidget* m_leftDock = nullptr;
  QDockWidget* m_rightDock = nullptr;
  QAction* m_equalAspect = nullptr;
  QTabWidget* m_views = nullptr;
  QDockWidget* m_viewsDock = nullptr;
  SessionKeeper* m_sessions = nullptr;

  QString m_dataName;
  GenerateOptions m_lastGenerate;
  // The last data set and model of each task, to return to when the user
  // switches between classification and regression models.
  std::map<Task, std::pair<Dataset, QString>> m_dataByTask;
  std::map<Task, std::string> m_modelByTask;
  bool m_syncing = false;
  double m_presentationScale = 1.35;  // application font scale in presentation mode
  bool m_aspectChosen = false;  // the user set View ▸ Equal axis scales
};

}  // namespace supex
