#pragma once
// InfoPanel: what the numbers say about the current fit. Train and test
// scores (accuracy and log-loss, or MSE and R²), the coefficient table — for
// OLS with standard errors, t, p and confidence intervals —, the model's
// diagnostics, and a failed fit's message in plain words, inline.
#include <QWidget>

#include "widgets/fit_frame.h"

class QLabel;
class QTableWidget;

namespace supex {

class InfoPanel : public QWidget {
  Q_OBJECT

 public:
  explicit InfoPanel(QWidget* parent = nullptr);

  void setFrame(const FitFramePtr& frame);
  void clear();
  // Larger type for a projector.
  void setPresentationMode(bool on);

  QString scoresText() const;
  QString errorText() const;
  QTableWidget* coefficientTable() const { return m_table; }
  // The coefficient table as CSV or as a LaTeX tabular (for notes and slides).
  QString tableAsCsv() const;
  QString tableAsLatex() const;

 private:
  void showScores(const FitFrame& frame);
  void showCoefficients(const FitFrame& frame);
  void showDiagnostics(const FitFrame& frame);

  QLabel* m_error = nullptr;
  QLabel* m_scores = nullptr;
  QLabel* m_tableTitle = nullptr;
  QTableWidget* m_table = nullptr;
  QLabel* m_inference = nullptr;
  QLabel* m_diagnostics = nullptr;
  QLabel* m_timing = nullptr;
  FittedModelPtr m_shownModel;
};

}  // namespace supex
