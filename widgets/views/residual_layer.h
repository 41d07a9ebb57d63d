#pragma once
// The residuals of a one-feature regression drawn on the canvas: a vertical
// segment from each training point (x_i, y_i) to the fitted value (x_i, ŷ_i).
// Least squares minimises the sum of the squares of these lengths, so seeing
// them is seeing the objective. The segments are two-point lines of a
// BoundaryLayer (data coordinates, vector paths in PDF and SVG exports), put
// on the canvas's "main" layer: under the points, over the bands.
#include <cstddef>

#include "widgets/boundary_layer.h"
#include "widgets/fit_frame.h"

namespace supex {

class ResidualLayer : public BoundaryLayer {
 public:
  explicit ResidualLayer(QCustomPlot* plot);

  // Segments for `frame`: one per training row for a regression with one
  // feature and a model, none otherwise. Returns whether there are any.
  bool setFrame(const FitFramePtr& frame);
  void clear() { setLines({}); }
  std::size_t segments() const { return static_cast<std::size_t>(lines().size()); }
  // Segment i in data coordinates: from (x, y) to (x, ŷ).
  QLineF segment(std::size_t i) const;
  static QColor color();
};

}  // namespace supex
