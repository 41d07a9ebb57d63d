#include "widgets/views/set_params_command.h"

#include "widgets/model_panel.h"

namespace supex {

SetParamsCommand::SetParamsCommand(ModelPanel* panel, std::string modelId, ParamValues before, ParamValues after,
                                   const QString& text)
    : QUndoCommand(text),
      m_panel(panel),
      m_modelId(std::move(modelId)),
      m_task(panel->currentTask()),
      m_before(std::move(before)),
      m_after(std::move(after)) {}

void SetParamsCommand::redo() {
  if (m_applied) {
    m_applied = false;
    return;
  }
  apply(m_after);
}

void SetParamsCommand::apply(const ParamValues& values) {
  // The user may have switched models since: the values belong to this one.
  const ModelInfo* current = m_panel->currentModel();
  if (!current || current->id != m_modelId) m_panel->selectModel(m_modelId, m_task);
  m_panel->setValues(values);
}

}  // namespace supex
