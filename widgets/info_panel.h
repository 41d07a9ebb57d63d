#pragma once
// InfoPanel: what the numbers say about the current fit. Train and test
// scores (accuracy and log-loss, or MSE and R²), the coefficient table — for
// OLS with standard errors, t, p and confidence intervals —, the model's
// diagnostics, and a failed fit's message in plain words, inline.
#include <QWidget>

#include "core/common/text_table.h"
#include "widgets/fit_frame.h"

class QLabel;
class QTableWidget;

namespace supex {

enum class TableFormat { Csv, Markdown, Latex };

class InfoPanel : public QWidget {
  Q_OBJECT

 public:
  explicit InfoPanel(QWidget* parent = nullptr);

  void setFrame(const FitFramePtr& frame);
  void clear();

  QString scoresText() const;
  QString errorText() const;
  QTableWidget* coefficientTable() const { return m_table; }
  // The coefficient table as CSV or as a LaTeX tabular (for notes and slides).
  QString tableAsCsv() const;
  QString tableAsLatex() const;
  QString tableAsMarkdown() const;
  // The tables as shown (empty when there is none): the coefficient table,
  // and the metrics (train and test scores).
  TextTable coefficientText() const;
  TextTable metricsText() const;
  static QString format(const TextTable& table, TableFormat format);
  // Writes a table to `path` in the format its suffix names (.csv, .md,
  // .tex); false with a message box on failure. Save… asks for the path.
  bool saveTable(const TextTable& table, const QString& path);
  void saveTableDialog(bool metrics);

 private:
  void showScores(const FitFrame& frame);
  void showCoefficients(const FitFrame& frame);
  void showDiagnostics(const FitFrame& frame);
  void showTableMenu(QWidget* source, const QPoint& pos, bool metrics);

  QLabel* m_error = nullptr;
  QLabel* m_scores = nullptr;
  QLabel* m_tableTitle = nullptr;
  QTableWidget* m_table = nullptr;
  QLabel* m_inference = nullptr;
  QLabel* m_diagnostics = nullptr;
  QLabel* m_timing = nullptr;
  FittedModelPtr m_shownModel;
  Task m_scoreTask = Task::Regression;
  Scores m_train, m_test;
  bool m_hasScores = false;
};

}  // namespace supex
