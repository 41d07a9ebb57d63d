#pragma once
// Makes the model panel's changes undoable: picking another algorithm and
// moving any parameter become commands on the window's QUndoStack.
// Consecutive changes of one parameter of one model (every tick of a slider
// drag, every spin-box step) merge into a single undo step, as design.md asks.
//
// The tracker watches ModelPanel::paramsChanged and pushes the difference
// between the state it saw last and the new one, so it needs no cooperation
// from the controls. Undo and redo set the panel back; the paramsChanged that
// this causes is recognised (m_applying) and pushes nothing.
#include <QObject>
#include <string>

#include "core/models/model_info.h"

class QUndoStack;

namespace supex {

class ModelPanel;

// What the panel shows: one model for one task with all its parameters.
struct ModelState {
  std::string model;
  Task task = Task::Classification;
  ParamValues values;
  bool operator==(const ModelState&) const = default;
};

class ModelUndoTracker : public QObject {
  Q_OBJECT

 public:
  ModelUndoTracker(ModelPanel* panel, QUndoStack* undo, QObject* parent = nullptr);

  ModelState current() const { return m_last; }
  // Shows `state` in the panel without recording a command (undo/redo use it).
  void apply(const ModelState& state);
  // Ends the current gesture: the next change starts a new undo step even if
  // it moves the same parameter (two drags of the λ cursor are two steps).
  void closeStep() { m_closed = true; }

 private:
  void onChanged();
  ModelState read() const;

  ModelPanel* m_panel;
  QUndoStack* m_undo;
  ModelState m_last;
  bool m_applying = false;
  bool m_closed = false;
};

}  // namespace supex
