#pragma once
// PointDocument: the data set being edited, and which of its rows are held
// out as test rows. Every edit publishes a new immutable Dataset (copy on
// write), so a snapshot handed to the fit worker can never change under it.
// Edits arrive through the undo commands in edit_commands.h.
#include <QObject>
#include <QPointF>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace supex {

// One row as the editor sees it.
struct PointRow {
  std::vector<double> x;  // features
  double y = 0.0;         // target value, or class index
  bool test = false;
};

class PointDocument : public QObject {
  Q_OBJECT

 public:
  explicit PointDocument(QObject* parent = nullptr);

  const std::shared_ptr<const Dataset>& data() const { return m_data; }
  const std::vector<bool>& isTest() const { return m_isTest; }
  // The training and test rows as their own data sets (rebuilt on each change).
  const std::shared_ptr<const Dataset>& trainSet() const { return m_train; }
  const std::shared_ptr<const Dataset>& testSet() const { return m_test; }
  Task task() const { return m_data->task; }
  int rows() const { return static_cast<int>(m_data->rows()); }
  int features() const { return static_cast<int>(m_data->cols()); }
  double testFraction() const { return m_testFraction; }
  std::uint64_t splitSeed() const { return m_splitSeed; }

  // Replaces the data set; the split is drawn again with the current fraction and seed.
  void setData(Dataset data);
  // Replaces data and split flags exactly (used by undo).
  void restore(std::shared_ptr<const Dataset> data, std::vector<bool> isTest, double testFraction,
               std::uint64_t seed);
  // Holds out round(fraction·n) rows chosen by `seed` as test rows.
  void setSplit(double testFraction, std::uint64_t seed);

  // The plot position of a row (features, or x and target with one feature)
  // and the row that a plot position means. `label` is the class index or,
  // for two-feature regression, the target value.
  QPointF position(int row) const;
  PointRow rowAt(QPointF pos, double label) const;
  PointRow row(int index) const;

  void appendRows(const std::vector<PointRow>& rows);
  void removeLastRows(int count);
  void insertRow(int index, const PointRow& row);
  void removeRow(int index);
  void moveRow(int index, QPointF pos);
  void setClasses(std::vector<std::string> classes);
  // A label for class index k when it is new: the next integer if every
  // existing label is an integer, else "class k+1".
  std::string newClassName(int k) const;

 signals:
  // Any change of rows, classes or split.
  void changed();
  // The data set was replaced as a whole (new file, generated set, undo of that).
  void replaced();

 private:
  void publish(Dataset data, bool wholeNewSet = false);
  void drawSplit();
  void rebuildSubsets();

  std::shared_ptr<const Dataset> m_data;
  std::vector<bool> m_isTest;
  std::shared_ptr<const Dataset> m_train, m_test;
  double m_testFraction = 0.0;
  std::uint64_t m_splitSeed = 1;
};

}  // namespace supex
