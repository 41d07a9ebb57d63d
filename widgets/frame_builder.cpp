#include "widgets/frame_builder.h"

#include <algorithm>

#include "core/eval/metrics.h"
#include "widgets/contour.h"

#if __has_include("core/models/ols/ols.h")
#include "core/models/ols/ols.h"
#define SUPEX_HAVE_OLS_BANDS 1
#endif

namespace supex {
namespace {

// Rows per predict() call: large enough to keep the model's vectorised code
// busy, small enough that a stop request is honoured within a few ms.
constexpr Eigen::Index kChunkRows = 4096;

void predictClasses(const FittedModel& model, const ViewGrid& grid, int numClasses, std::stop_token stop,
                    FitFrame& frame, bool& stopped) {
  const std::size_t cells = static_cast<std::size_t>(grid.nx) * static_cast<std::size_t>(grid.ny);
  frame.labels.assign(cells, 0);
  frame.confidence.assign(cells, 1.0f);
  std::vector<float> margins;
  if (model.hasProbabilities()) margins.assign(cells * static_cast<std::size_t>(numClasses), 0.0f);
  Prediction pred;
  Eigen::MatrixXd X;
  for (std::size_t start = 0; start < cells; start += kChunkRows) {
    if (stop.stop_requested()) { stopped = true; return; }
    const auto rows = static_cast<Eigen::Index>(std::min<std::size_t>(kChunkRows, cells - start));
    X.resize(rows, 2);
    for (Eigen::Index r = 0; r < rows; ++r) {
      const std::size_t cell = start + static_cast<std::size_t>(r);
      X(r, 0) = grid.x(static_cast<int>(cell % static_cast<std::size_t>(grid.nx)));
      X(r, 1) = grid.y(static_cast<int>(cell / static_cast<std::size_t>(grid.nx)));
    }
    model.predict(X, pred);
    const bool withProba = pred.proba.rows() == rows && pred.proba.cols() == numClasses;
    for (Eigen::Index r = 0; r < rows; ++r) {
      const std::size_t cell = start + static_cast<std::size_t>(r);
      frame.labels[cell] = static_cast<int>(pred.value(r));
      if (!withProba || margins.empty()) continue;
      // The margin of class k is p_k minus the largest other probability:
      // positive only for the winner, zero on the boundary.
      double top = -1.0, second = -1.0;
      for (int k = 0; k < numClasses; ++k) {
        const double p = pred.proba(r, k);
        if (p > top) { second = top; top = p; } else if (p > second) second = p;
      }
      if (numClasses < 2) second = 0.0;
      frame.confidence[cell] = static_cast<float>(std::clamp(top - second, 0.0, 1.0));
      for (int k = 0; k < numClasses; ++k) {
        const double p = pred.proba(r, k);
        margins[static_cast<std::size_t>(k) * cells + cell] = static_cast<float>(p == top ? p - second : p - top);
      }
    }
  }
  frame.boundary = decisionBoundary(grid, frame.labels, margins, numClasses);
}

void predictValues2d(const FittedModel& model, const ViewGrid& grid, std::stop_token stop, FitFrame& frame,
                     bool& stopped) {
  const std::size_t cells = static_cast<std::size_t>(grid.nx) * static_cast<std::size_t>(grid.ny);
  frame.values.assign(cells, 0.0);
  Prediction pred;
  Eigen::MatrixXd X;
  for (std::size_t start = 0; start < cells; start += kChunkRows) {
    if (stop.stop_requested()) { stopped = true; return; }
    const auto rows = static_cast<Eigen::Index>(std::min<std::size_t>(kChunkRows, cells - start));
    X.resize(rows, 2);
    for (Eigen::Index r = 0; r < rows; ++r) {
      const std::size_t cell = start + static_cast<std::size_t>(r);
      X(r, 0) = grid.x(static_cast<int>(cell % static_cast<std::size_t>(grid.nx)));
      X(r, 1) = grid.y(static_cast<int>(cell / static_cast<std::size_t>(grid.nx)));
    }
    model.predict(X, pred);
    for (Eigen::Index r = 0; r < rows; ++r) frame.values[start + static_cast<std::size_t>(r)] = pred.value(r);
  }
}

void predictCurve(const FittedModel& model, const ViewGrid& grid, FitFrame& frame) {
  Eigen::MatrixXd X(grid.nx, 1);
  for (int i = 0; i < grid.nx; ++i) X(i, 0) = grid.x(i);
  Prediction pred;
  model.predict(X, pred);
  frame.curveX.assign(X.data(), X.data() + X.size());
  frame.curveY.assign(pred.value.data(), pred.value.data() + pred.value.size());
  if (model.task == Task::Classification) {
    frame.labels.assign(frame.curveY.begin(), frame.curveY.end());
    return;
  }
#ifdef SUPEX_HAVE_OLS_BANDS
  if (const auto* ols = dynamic_cast<const OlsModel*>(&model)) {
    const double level = ols->inference().level;
    const OlsBands bands = ols->bands(X, level);
    auto copy = [](const Eigen::VectorXd& v) { return std::vector<double>(v.data(), v.data() + v.size()); };
    frame.meanLow = copy(bands.meanLow);
    frame.meanHigh = copy(bands.meanHigh);
    frame.predLow = copy(bands.predLow);
    frame.predHigh = copy(bands.predHigh);
    frame.bandLevel = level;
  }
#endif
}

}  // namespace

bool predictIntoFrame(const FittedModel& model, const ViewGrid& grid, std::stop_token stop, FitFrame& frame) {
  frame.grid = grid;
  frame.task = model.task;
  frame.features = static_cast<int>(model.inputNames.size());
  frame.numClasses = static_cast<int>(model.classes.size());
  bool stopped = false;
  if (frame.features == 1) {
    predictCurve(model, grid, frame);
  } else if (frame.features == 2) {
    if (model.task == Task::Classification) predictClasses(model, grid, frame.numClasses, stop, frame, stopped);
    else predictValues2d(model, grid, stop, frame, stopped);
  }
  return !stopped && !stop.stop_requested();
}

Scores scoreRows(const FittedModel& model, const Dataset& rows) {
  Scores s;
  s.n = rows.rows();
  if (s.n == 0 || !rows.hasTarget) return s;
  Prediction pred;
  model.predict(rows.X, pred);
  if (model.task == Task::Classification) {
    s.accuracy = accuracy(pred.value, rows.y);
    if (model.hasProbabilities() && pred.proba.rows() == s.n) s.logLoss = logLoss(pred.proba, rows.y);
  } else {
    s.mse = meanSquaredError(pred.value, rows.y);
    s.r2 = rSquared(pred.value, rows.y);
  }
  return s;
}

}  // namespace supex
