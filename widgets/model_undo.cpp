#include "widgets/model_undo.h"

#include <QUndoCommand>
#include <QUndoStack>

#include "widgets/edit_commands.h"
#include "widgets/model_panel.h"

namespace supex {
namespace {

// The one parameter whose value differs between two states of the same
// model, or "" when the model changed or several parameters did.
std::string onlyChangedKey(const ModelState& a, const ModelState& b) {
  if (a.model != b.model || a.task != b.task) return {};
  std::string key;
  for (const auto& [k, v] : b.values) {
    auto it = a.values.find(k);
    if (it != a.values.end() && it->second == v) continue;
    if (!key.empty()) return {};
    key = k;
  }
  for (const auto& [k, v] : a.values)
    if (!b.values.count(k)) return {};
  return key;
}

class ModelCommand : public QUndoCommand {
 public:
  ModelCommand(ModelUndoTracker* tracker, ModelState before, ModelState after, bool startsGesture)
      : m_tracker(tracker), m_before(std::move(before)), m_after(std::move(after)),
        m_key(onlyChangedKey(m_before, m_after)), m_startsGesture(startsGesture) {
    updateText();
  }
  void redo() override { m_tracker->apply(m_after); }
  void undo() override { m_tracker->apply(m_before); }
  int id() const override { return kModelCommandId; }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = static_cast<const ModelCommand*>(other);
    if (m_key.empty() || next->m_startsGesture || next->m_key != m_key || next->m_before.model != m_after.model)
      return false;
    m_after = next->m_after;
    updateText();
    return true;
  }

 private:
  void updateText() {
    if (!m_key.empty()) {
      auto it = m_after.values.find(m_key);
      setText(QObject::tr("Set %1 = %2")
                  .arg(QString::fromStdString(m_key),
                       QString::fromStdString(it == m_after.values.end() ? std::string() : it->second)));
    } else if (m_before.model != m_after.model || m_before.task != m_after.task) {
      setText(QObject::tr("Choose %1").arg(QString::fromStdString(m_after.model)));
    } else {
      setText(QObject::tr("Change parameters"));
    }
  }

  ModelUndoTracker* m_tracker;
  ModelState m_before, m_after;
  std::string m_key;
  bool m_startsGesture;
};

}  // namespace

ModelUndoTracker::ModelUndoTracker(ModelPanel* panel, QUndoStack* undo, QObject* parent)
    : QObject(parent), m_panel(panel), m_undo(undo), m_last(read()) {
  connect(m_panel, &ModelPanel::paramsChanged, this, &ModelUndoTracker::onChanged);
  connect(m_panel, &ModelPanel::gestureStarted, this, &ModelUndoTracker::closeStep);
}

ModelState ModelUndoTracker::read() const {
  ModelState s;
  if (const ModelInfo* m = m_panel->currentModel()) s.model = m->id;
  s.task = m_panel->currentTask();
  s.values = m_panel->values();
  return s;
}

void ModelUndoTracker::onChanged() {
  ModelState now = read();
  if (m_applying || now == m_last) {
    m_last = std::move(now);
    return;
  }
  ModelState before = std::exchange(m_last, now);
  const bool startsGesture = std::exchange(m_closed, false);
  m_undo->push(new ModelCommand(this, std::move(before), std::move(now), startsGesture));  // redo() is a no-op here
}

void ModelUndoTracker::apply(const ModelState& state) {
  if (read() == state) {
    m_last = state;
    return;
  }
  m_applying = true;
  m_panel->selectModel(state.model, state.task);
  m_panel->setValues(state.values);
  m_applying = false;
  m_last = read();
}

}  // namespace supex
