#pragma once
// "LDA/QDA ellipses": draws, for LDA and QDA models with two features, each
// class mean and the 1σ and 2σ ellipses of the covariance the model uses —
// the pooled Σ around every mean for LDA, the regularised
// Σ_k = (1 − r)Σ̂_k + rI of each class for QDA — on the canvas, and lists the
// numbers (μ_k, Σ, semi-axes, orientation) in the tab. Follows every frame,
// so moving QDA's r slider reshapes the ellipses as the map redraws.
#include <QPointer>
#include <QWidget>

#include "widgets/fit_frame.h"
#include "widgets/teaching_view.h"

class QCheckBox;
class QTextBrowser;

namespace supex {

class EllipseLayer;

class EllipseView : public QWidget {
  Q_OBJECT

 public:
  explicit EllipseView(const ViewContext& context, QWidget* parent = nullptr);
  ~EllipseView() override;

  EllipseLayer* layer() const;
  QCheckBox* meansBox() const { return m_means; }
  QCheckBox* oneSigmaBox() const { return m_one; }
  QCheckBox* twoSigmaBox() const { return m_two; }
  // The tab's text as plain text (for tests).
  QString text() const;

 private:
  void showFrame(const FitFramePtr& frame);
  void applyParts();

  ViewContext m_context;
  QPointer<EllipseLayer> m_layer;  // the ellipses
  QPointer<EllipseLayer> m_meansLayer;
  QCheckBox* m_means;
  QCheckBox* m_one;
  QCheckBox* m_two;
  QTextBrowser* m_text;
};

}  // namespace supex
