#pragma once
// What the fit worker hands to the GUI thread: an immutable snapshot of one
// fitted picture (model, grid arrays, boundary lines, scores). The GUI thread
// only copies these arrays into plot objects; it never computes on them.
#include <QMetaType>
#include <QPolygonF>
#include <QVector>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/models/fitted_model.h"

namespace supex {

// A rectangular grid of cell centres, nx evenly spaced x from x0 to x1
// inclusive (likewise y): QCustomPlot's colour-map convention and the CLI's
// --grid convention. With one input feature only x is used.
struct ViewGrid {
  double x0 = -1.0, x1 = 1.0;
  double y0 = -1.0, y1 = 1.0;
  int nx = 300;
  int ny = 300;

  double x(int i) const { return nx > 1 ? x0 + (x1 - x0) * i / (nx - 1) : 0.5 * (x0 + x1); }
  double y(int j) const { return ny > 1 ? y0 + (y1 - y0) * j / (ny - 1) : 0.5 * (y0 + y1); }
  // The same area at another resolution.
  ViewGrid resized(int cellsX, int cellsY) const {
    ViewGrid g = *this;
    g.nx = cellsX;
    g.ny = cellsY;
    return g;
  }
};

// Scores on one set of rows; absent values are not applicable (no
// probabilities, or no rows).
struct Scores {
  Eigen::Index n = 0;
  std::optional<double> accuracy, logLoss;  // classification
  std::optional<double> mse, r2;            // regression
};

struct FitFrame {
  std::uint64_t generation = 0;
  bool final = false;  // false: a coarse pass, a finer frame of the same generation follows

  // Empty on success. A failed fit carries the message in plain words and no model.
  std::string error;
  FittedModelPtr model;
  Task task = Task::Classification;
  int features = 2;
  int numClasses = 0;

  ViewGrid grid;
  // Two features: one entry per cell, x fastest (index j * nx + i).
  std::vector<int> labels;         // classification: predicted class
  std::vector<float> confidence;   // classification: 0 = tie between the top classes, 1 = certain
  std::vector<double> values;      // regression with two features: predicted value
  QVector<QPolygonF> boundary;     // classification: decision boundary polylines in data coordinates

  // One feature (regression): the fitted curve at grid.nx points along x, and
  // for OLS the confidence band of the mean and the prediction band.
  std::vector<double> curveX, curveY;
  std::vector<double> meanLow, meanHigh, predLow, predHigh;
  double bandLevel = 0.0;  // e.g. 0.95; 0 when there are no bands

  Scores train, test;
  double fitMs = 0.0, predictMs = 0.0;
  bool reusedFit = false;  // the model was reused (only the view changed)
};

using FitFramePtr = std::shared_ptr<const FitFrame>;

}  // namespace supex

Q_DECLARE_METATYPE(supex::FitFramePtr)
