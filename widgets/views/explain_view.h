#pragma once
// "Explain a point": Ctrl+click on the canvas pins a probe; this tab explains
// the current model's prediction there (core/explain/probe_explanation.h) —
// kNN neighbours and vote, LDA/QDA discriminants and posterior, logistic
// logits and softmax, the network's activations, a regression's terms and
// OLS intervals, and the residual and leverage of a training point under the
// probe — and redraws whenever a new frame reaches the canvas. The probe,
// the neighbours and the OLS intervals are drawn on the canvas.
// The computations are one-row evaluations of the fitted model (microseconds),
// so they run on the GUI thread.
#include <QPointF>
#include <QPointer>
#include <QWidget>
#include <optional>

#include "core/explain/probe_explanation.h"
#include "widgets/fit_frame.h"
#include "widgets/teaching_view.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace supex {

class ProbeLayer;

class ExplainView : public QWidget {
  Q_OBJECT

 public:
  explicit ExplainView(const ViewContext& context, QWidget* parent = nullptr);
  ~ExplainView() override;

  // Pins the probe at `dataPos` (canvas coordinates) and explains it.
  void setProbe(QPointF dataPos);
  void clearProbe();
  const std::optional<QPointF>& probe() const { return m_probe; }
  // The explanation on show (none without a probe or a fitted model).
  const std::optional<ProbeExplanation>& explanation() const { return m_explanation; }
  const std::optional<DataPointExplanation>& dataPoint() const { return m_dataPoint; }
  ProbeLayer* layer() const;
  QString text() const;

 private:
  void refresh();
  void showMessage(const QString& html);
  // Brings this tab (and its dock) forward when a probe is pinned.
  void reveal();

  ViewContext m_context;
  QPointer<ProbeLayer> m_layer;
  QPushButton* m_clear;
  QTextBrowser* m_text;
  std::optional<QPointF> m_probe;
  std::optional<ProbeExplanation> m_explanation;
  std::optional<DataPointExplanation> m_dataPoint;
};

}  // namespace supex
