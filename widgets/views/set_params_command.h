#pragma once
// SetParamsCommand: a parameter change made by a teaching view (dragging the
// λ cursor of the regularisation path) as one undoable step. The view has
// already applied the new values live while dragging, so the first redo()
// does nothing; undo and redo go through ModelPanel::setValues, as if typed.
#include <QUndoCommand>
#include <string>

#include "core/models/model_info.h"

namespace supex {

class ModelPanel;

class SetParamsCommand : public QUndoCommand {
 public:
  SetParamsCommand(ModelPanel* panel, std::string modelId, ParamValues before, ParamValues after,
                   const QString& text);

  void undo() override { apply(m_before); }
  void redo() override;

 private:
  void apply(const ParamValues& values);

  ModelPanel* m_panel;
  std::string m_modelId;
  Task m_task;
  ParamValues m_before, m_after;
  bool m_applied = true;  // the live drag already set m_after
};

}  // namespace supex
