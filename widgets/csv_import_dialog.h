#pragma once
// CsvImportDialog: choose what a CSV file means before it is loaded — the
// task, one or two feature columns and the target — with a preview of the
// first rows and the loader's own message inline (file:line:column) while
// the choice cannot be loaded. OK stays disabled until it can.
#include <QDialog>
#include <optional>
#include <string>
#include <vector>

#include "core/data/csv_reader.h"
#include "core/data/dataset.h"
#include "core/data/dataset_io.h"

class QComboBox;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace supex {

// A reasonable reading of a table: the last column is the target; it is a
// class label when some value is not a number or all are integers with at
// most 10 distinct values; the features are the first two other columns whose
// preview values are all numbers (one for regression when only one is).
LoadOptions guessLoadOptions(const std::vector<CsvRecord>& records);

class CsvImportDialog : public QDialog {
  Q_OBJECT

 public:
  CsvImportDialog(const QString& displayName, std::string text, QWidget* parent = nullptr);

  // The data set as chosen; valid when accepted (or when isLoadable()).
  const Dataset& dataset() const { return m_data; }
  bool isLoadable() const { return m_loadable; }
  QString problem() const;
  LoadOptions options() const;

  QComboBox* taskBox() const { return m_task; }
  QComboBox* xBox() const { return m_x; }
  QComboBox* yBox() const { return m_y; }
  QComboBox* targetBox() const { return m_target; }

 private:
  void fillPreview();
  void applyOptions(const LoadOptions& options);
  void reload();

  std::string m_text;
  std::string m_name;
  std::vector<CsvRecord> m_records;
  std::vector<std::string> m_header;
  Dataset m_data;
  bool m_loadable = false;

  QTableWidget* m_preview;
  QComboBox* m_task;
  QComboBox* m_x;
  QComboBox* m_y;
  QComboBox* m_target;
  QLabel* m_status;
  QDialogButtonBox* m_buttons;
};

}  // namespace supex
