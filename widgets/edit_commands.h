#pragma once
// Undoable edits of a PointDocument. Each user gesture is one command: a
// click adds one point, a spray stroke adds many in one step, a drag is one
// move from where it started to where it ended, and consecutive ticks of the
// split slider merge into one step (QUndoCommand::mergeWith).
#include <QPointF>
#include <QUndoCommand>
#include <memory>
#include <string>
#include <vector>

#include "widgets/point_document.h"

namespace supex {

enum CommandId { kSplitCommandId = 1001, kModelCommandId = 1002 };

class AddPointsCommand : public QUndoCommand {
 public:
  // `classes` is the class list after the edit (it may name a new class).
  AddPointsCommand(PointDocument* doc, std::vector<PointRow> rows, std::vector<std::string> classes,
                   const QString& text);
  void redo() override;
  void undo() override;

 private:
  PointDocument* m_doc;
  std::vector<PointRow> m_rows;
  std::vector<std::string> m_classesBefore, m_classesAfter;
};

class RemovePointCommand : public QUndoCommand {
 public:
  RemovePointCommand(PointDocument* doc, int row);
  void redo() override;
  void undo() override;

 private:
  PointDocument* m_doc;
  int m_index;
  PointRow m_row;
};

// The document may already show `to` (the drag moved it live); redo() then
// changes nothing, and undo() puts the point back where the drag began.
class MovePointCommand : public QUndoCommand {
 public:
  MovePointCommand(PointDocument* doc, int row, QPointF from, QPointF to);
  void redo() override;
  void undo() override;

 private:
  PointDocument* m_doc;
  int m_index;
  QPointF m_from, m_to;
};

// A whole new data set (file opened, set generated) — or anything else that is
// simplest to undo by restoring the previous snapshot.
class ReplaceDataCommand : public QUndoCommand {
 public:
  ReplaceDataCommand(PointDocument* doc, Dataset data, const QString& text);
  void redo() override;
  void undo() override;

 private:
  PointDocument* m_doc;
  std::shared_ptr<const Dataset> m_before;
  std::vector<bool> m_testBefore;
  Dataset m_after;
};

class SplitCommand : public QUndoCommand {
 public:
  SplitCommand(PointDocument* doc, double fraction, std::uint64_t seed);
  void redo() override;
  void undo() override;
  int id() const override { return kSplitCommandId; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  PointDocument* m_doc;
  double m_fractionBefore, m_fractionAfter;
  std::uint64_t m_seedBefore, m_seedAfter;
  std::vector<bool> m_testBefore;
};

}  // namespace supex
