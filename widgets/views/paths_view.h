#pragma once
// PathsView ("Regularisation path", issue 5 item 2): the ridge or lasso
// coefficients against λ on a log axis, computed off the GUI thread whenever
// the data, the basis or another parameter of the penalised problem changes;
// a "you are here" cursor at the model's λ with the fitted coefficients as
// dots. Dragging along the plot sets λ in the model panel (the fit redraws
// live) and releasing makes one undoable step. Lasso coefficients that are
// exactly zero are drawn dashed on the axis and as hollow dots, and the count
// of non-zero coefficients is shown.
//
// The curves show what the penalty shrinks: w_j, or w_j·sd(φ_j) when the
// model standardises its features (regularisation_path.h).
#include <QWidget>
#include <memory>
#include <optional>

#include "core/models/linear/regularisation_path.h"
#include "widgets/fit_frame.h"
#include "widgets/teaching_view.h"

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;
class QMouseEvent;

namespace supex {

class LatestJob;

class PathsView : public QWidget {
  Q_OBJECT

 public:
  explicit PathsView(const ViewContext& context, QWidget* parent = nullptr);

  QCustomPlot* plot() const { return m_plot; }
  // The path on screen (null when none applies or before the first).
  const RegularisationPath* path() const { return m_path ? &*m_path : nullptr; }
  // Where the cursor is drawn (the model's λ, or the mouse's while dragging).
  double cursorLambda() const { return m_cursorLambda; }
  // Non-zero coefficients of the fitted model at the cursor, and their number.
  int nonZeroCount() const { return m_nonZero; }
  QString statusText() const;
  LatestJob* job() const { return m_job; }

 signals:
  // A newly computed path is on screen.
  void pathShown();

 private:
  struct Key {
    std::string model;
    ParamValues params;  // all but lambda and the lasso's path count
    std::shared_ptr<const Dataset> data;
  };

  void onFrame(const FitFramePtr& frame);
  void showNotApplicable(const QString& why);
  void request(const Key& key, double lambda);
  void drawPath();
  void drawCursor();
  void placeCursor(double lambda);
  void updateStatus();
  void onPress(QMouseEvent* event);
  void onMove(QMouseEvent* event);
  void onRelease(QMouseEvent* event);
  void setLambdaAtPixel(double x);
  bool sameKey(const Key& a, const Key& b) const;

  ViewContext m_ctx;
  QLabel* m_status = nullptr;
  QLabel* m_note = nullptr;
  QCustomPlot* m_plot = nullptr;
  QCPItemStraightLine* m_cursor = nullptr;
  QCPItemText* m_cursorText = nullptr;
  QCPItemStraightLine* m_lambdaMaxLine = nullptr;
  QCPItemText* m_lambdaMaxText = nullptr;
  QCPGraph* m_dotsNonZero = nullptr;
  QCPGraph* m_dotsZero = nullptr;
  LatestJob* m_job = nullptr;

  std::optional<RegularisationPath> m_path;
  std::optional<Key> m_shownKey, m_requestedKey;
  FitFramePtr m_frame;  // the latest applicable frame
  double m_cursorLambda = 0.0;
  int m_nonZero = 0, m_coefficients = 0;
  bool m_dragging = false;
};

}  // namespace supex
