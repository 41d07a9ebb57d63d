#include "widgets/edit_commands.h"

#include <QObject>

namespace supex {

AddPointsCommand::AddPointsCommand(PointDocument* doc, std::vector<PointRow> rows, std::vector<std::string> classes,
                                   const QString& text)
    : QUndoCommand(text), m_doc(doc), m_rows(std::move(rows)), m_classesBefore(doc->data()->classes),
      m_classesAfter(std::move(classes)) {}

void AddPointsCommand::redo() {
  if (m_classesAfter != m_doc->data()->classes) m_doc->setClasses(m_classesAfter);
  m_doc->appendRows(m_rows);
}

void AddPointsCommand::undo() {
  m_doc->removeLastRows(static_cast<int>(m_rows.size()));
  if (m_classesBefore != m_doc->data()->classes) m_doc->setClasses(m_classesBefore);
}

RemovePointCommand::RemovePointCommand(PointDocument* doc, int row)
    : QUndoCommand(QObject::tr("Erase point")), m_doc(doc), m_index(row), m_row(doc->row(row)) {}

void RemovePointCommand::redo() { m_doc->removeRow(m_index); }
void RemovePointCommand::undo() { m_doc->insertRow(m_index, m_row); }

MovePointCommand::MovePointCommand(PointDocument* doc, int row, QPointF from, QPointF to)
    : QUndoCommand(QObject::tr("Move point")), m_doc(doc), m_index(row), m_from(from), m_to(to) {}

void MovePointCommand::redo() {
  if (m_doc->position(m_index) != m_to) m_doc->moveRow(m_index, m_to);
}
void MovePointCommand::undo() { m_doc->moveRow(m_index, m_from); }

ReplaceDataCommand::ReplaceDataCommand(PointDocument* doc, Dataset data, const QString& text)
    : QUndoCommand(text), m_doc(doc), m_before(doc->data()), m_testBefore(doc->isTest()), m_after(std::move(data)) {}

void ReplaceDataCommand::redo() { m_doc->setData(m_after); }
void ReplaceDataCommand::undo() {
  m_doc->restore(m_before, m_testBefore, m_doc->testFraction(), m_doc->splitSeed());
}

SplitCommand::SplitCommand(PointDocument* doc, double fraction, std::uint64_t seed)
    : QUndoCommand(QObject::tr("Change train/test split")), m_doc(doc), m_fractionBefore(doc->testFraction()),
      m_fractionAfter(fraction), m_seedBefore(doc->splitSeed()), m_seedAfter(seed), m_testBefore(doc->isTest()) {}

void SplitCommand::redo() { m_doc->setSplit(m_fractionAfter, m_seedAfter); }
void SplitCommand::undo() { m_doc->restore(m_doc->data(), m_testBefore, m_fractionBefore, m_seedBefore); }

bool SplitCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const SplitCommand*>(other);
  if (next->m_doc != m_doc) return false;
  m_fractionAfter = next->m_fractionAfter;
  m_seedAfter = next->m_seedAfter;
  return true;
}

}  // namespace supex
