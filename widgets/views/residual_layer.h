#pragma once
// The residuals of a one-feature regression drawn on the canvas: a vertical
// segment from each training point (x_i, y_i) to the fitted value (x_i, ŷ_i).
// Least squares minimises the sum of the squares of these lengths, so seeing
// them is seeing the objective. A layerable on the canvas's "main" layer
// (under the points, over the bands), exported as vector lines like the
// decision boundary.
#include <qcustomplot.h>

#include <QPointer>
#include <vector>

#include "widgets/fit_frame.h"

namespace supex {

class ResidualLayer : public QCPLayerable {
 public:
  explicit ResidualLayer(QCustomPlot* plot);

  // Segments for `frame`: one per training row for a regression with one
  // feature and a model, none otherwise. Returns whether there are any.
  bool setFrame(const FitFramePtr& frame);
  void clear() { m_x.clear(); m_y.clear(); m_fit.clear(); }
  std::size_t segments() const { return m_x.size(); }
  // Segment i in data coordinates: from (x, y) to (x, fit).
  QLineF segment(std::size_t i) const { return {m_x[i], m_y[i], m_x[i], m_fit[i]}; }
  static QColor color();

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  void draw(QCPPainter* painter) override;
  QRect clipRect() const override;

 private:
  QPointer<QCPAxis> m_keyAxis, m_valueAxis;
  std::vector<double> m_x, m_y, m_fit;
};

}  // namespace supex
