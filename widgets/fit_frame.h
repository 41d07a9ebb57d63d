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
#include "core/predict/grid_predictor.h"

namespace supex {

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
  std::shared_ptr<const Dataset> trainData;  // the rows the model was fitted on
  Task task = Task::Classification;
  int features = 2;
  int numClasses = 0;

  // The grid predicted (core/predict/grid_predictor.h: cell centres from x0
  // to x1 inclusive, x fastest); ny = 1 with one feature.
  GridSpec grid;
  // Two features: one entry per cell, x fastest (index j * nx + i).
  std::vector<int> labels;         // classification: predicted class
  std::vector<float> confidence;   // classification: 0 = tie between the top classes, 1 = certain
  std::vector<double> values;      // regression with two features: predicted value
  QVector<QPolygonF> boundary;     // classification: decision boundary polylines in data coordinates

  // One feature (regression): the fitted curve at the grid.nx centres, and
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
