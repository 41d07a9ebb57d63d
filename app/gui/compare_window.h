#pragma once
// The comparison window (View ▸ Compare algorithms…): a checklist of the
// algorithms that do the data's task and of data sets (the current data and
// generated classics), and the CompareGrid of every chosen pair. The model
// chosen in the main window uses the panel's values; the others their
// defaults. Follows edits of the data, the split and the panel while open.
// Also the headless `--compare` export of main.cpp.
#include <QDialog>
#include <QString>
#include <QTimer>
#include <string>
#include <vector>

#include "widgets/compare/compare_setup.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTreeWidget;
class QTreeWidgetItem;

namespace supex {

class CompareGrid;
class MainWindow;

class CompareWindow : public QDialog {
  Q_OBJECT

 public:
  explicit CompareWindow(MainWindow* window);

  CompareGrid* grid() const { return m_grid; }
  QTreeWidget* modelList() const { return m_models; }
  QListWidget* dataList() const { return m_dataSets; }
  // The checklist entry of a model id or a data set ("current" or a generator kind).
  QTreeWidgetItem* modelItem(const std::string& id) const;
  QListWidgetItem* dataItem(const QString& key) const;
  // What the grid shows for the current checks (as setContent receives it).
  std::vector<CompareModel> chosenModels() const;
  std::vector<CompareData> chosenData() const;
  // Recomputes at the next turn of the event loop (several changes, one batch).
  void scheduleRefresh();
  bool refreshPending() const { return m_refresh.isActive(); }
  // Follows the main window's presentation mode (larger text and markers, maximised).
  void setPresentationMode(bool on);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void rebuildLists();
  void updateParamTexts();
  void refresh();
  void updateStatus();
  void exportFigure();
  ParamValues paramsFor(const ModelInfo& model) const;

  MainWindow* m_window;
  CompareGrid* m_grid;
  QTreeWidget* m_models;
  QListWidget* m_dataSets;
  QLabel* m_status;
  QTimer m_refresh;
  Task m_listTask = Task::Classification;
  bool m_listsBuilt = false;
};

// Opens the comparison window of `window` (one per window), or raises it.
CompareWindow* showCompareWindow(MainWindow* window);

// `--compare` with a window: opens the comparison with exactly these models
// ticked. Returns the problem in words (unknown model, wrong task) or "".
QString showComparison(MainWindow* window, const std::string& models);

// Headless `--compare`: renders the grid of `models` (comma list of ids) on
// the window's data to `path` (.png, .pdf, .svg). Returns the exit code
// (0, or 2 with `message` set to one line).
int exportComparison(MainWindow& window, const std::string& models, const QString& path, int width, int height,
                     double scale, QString* message);

}  // namespace supex
