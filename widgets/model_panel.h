#pragma once
// ModelPanel: the algorithm picker and the hyper-parameter controls generated
// from the chosen model's parameter table. Models are grouped under
// Classification and Regression; a model that does both (kNN) appears in both
// groups and its `task` parameter is set by the group, not shown as a control.
// Values are remembered per model, so switching away and back keeps them.
#include <QWidget>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/models/model_info.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace supex {

class ParamControl;

class ModelPanel : public QWidget {
  Q_OBJECT

 public:
  // `models` must outlive the panel (the registry does).
  explicit ModelPanel(const std::vector<ModelInfo>& models, QWidget* parent = nullptr);

  const ModelInfo* currentModel() const { return m_current; }
  Task currentTask() const { return m_task; }
  // Every parameter of the current model as text (defaults included).
  ParamValues values() const;

  // Picks a model for a task; false if there is no such entry.
  bool selectModel(const std::string& id, Task task);
  // Sets some parameters of the current model (others keep their values).
  void setValues(const ParamValues& values);
  void resetToDefaults();
  // Moves the picker by `step` entries (keyboard shortcuts in class).
  void stepModel(int step);

  ParamControl* control(const std::string& key) const;
  QComboBox* picker() const { return m_picker; }

 signals:
  // The model or task changed (followed by paramsChanged).
  void modelChanged(const supex::ModelInfo* model, supex::Task task);
  // Anything changed; `values` is the complete parameter set of the current model.
  void paramsChanged(const supex::ParamValues& values);
  // The user took hold of a slider: what follows is a new gesture (one undo step).
  void gestureStarted();

 private:
  void onPickerChanged(int index);
  void rebuildControls();
  void storeValues();
  void emitParams();

  const std::vector<ModelInfo>& m_models;
  // Picker row -> (model index, task); header rows have model index -1.
  std::vector<std::pair<int, Task>> m_entries;
  const ModelInfo* m_current = nullptr;
  Task m_task = Task::Classification;
  std::map<std::pair<std::string, int>, ParamValues> m_memory;
  std::vector<ParamControl*> m_controls;

  QComboBox* m_picker = nullptr;
  QLabel* m_objective = nullptr;
  QWidget* m_controlsBox = nullptr;
  QFormLayout* m_form = nullptr;
  QPushButton* m_reset = nullptr;
};

}  // namespace supex
