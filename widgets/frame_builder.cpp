#include "widgets/frame_builder.h"

#include <algorithm>

#include "core/eval/metrics.h"
#include "widgets/contour.h"

#include "core/models/ols/ols.h"

namespace supex {
namespace {

void fillClasses(const GridSpec& grid, const GridResult& result, int numClasses, FitFrame& frame) {
  const auto cells = static_cast<std::size_t>(grid.cells());
  frame.labels.resize(cells);
  frame.confidence.assign(cells, 1.0f);
  for (std::size_t c = 0; c < cells; ++c) frame.labels[c] = static_cast<int>(result.value(static_cast<Eigen::Index>(c)));
  std::vector<float> margins;
  const bool withProba = result.proba.rows() == grid.cells() && result.proba.cols() == numClasses && numClasses >= 2;
  if (withProba) {
    margins.resize(cells * static_cast<std::size_t>(numClasses));
    for (std::size_t c = 0; c < cells; ++c) {
      const auto r = static_cast<Eigen::Index>(c);
      // The margin of class k is p_k minus the largest other probability:
      // positive only for the winner, zero on the boundary.
      double top = -1.0, second = -1.0;
      for (int k = 0; k < numClasses; ++k) {
        const double p = result.proba(r, k);
        if (p > top) { second = top; top = p; } else if (p > second) second = p;
      }
      frame.confidence[c] = static_cast<float>(std::clamp(top - second, 0.0, 1.0));
      for (int k = 0; k < numClasses; ++k) {
        const double p = result.proba(r, k);
        margins[static_cast<std::size_t>(k) * cells + c] = static_cast<float>(p == top ? p - second : p - top);
      }
    }
  }
  frame.boundary = decisionBoundary(grid, frame.labels, margins, numClasses);
}

void fillCurve(const FittedModel& model, const GridSpec& grid, const GridResult& result, FitFrame& frame) {
  frame.curveX.resize(static_cast<std::size_t>(grid.nx));
  for (int i = 0; i < grid.nx; ++i) frame.curveX[static_cast<std::size_t>(i)] = grid.x(i);
  frame.curveY.assign(result.value.data(), result.value.data() + result.value.size());
  if (model.task == Task::Classification) {
    frame.labels.assign(frame.curveY.begin(), frame.curveY.end());
    return;
  }
  if (const auto* ols = dynamic_cast<const OlsModel*>(&model)) {
    const Eigen::Map<const Eigen::MatrixXd> X(frame.curveX.data(), grid.nx, 1);
    const double level = ols->inference().level;
    const OlsBands bands = ols->bands(X, level);
    auto copy = [](const Eigen::VectorXd& v) { return std::vector<double>(v.data(), v.data() + v.size()); };
    frame.meanLow = copy(bands.meanLow);
    frame.meanHigh = copy(bands.meanHigh);
    frame.predLow = copy(bands.predLow);
    frame.predHigh = copy(bands.predHigh);
    frame.bandLevel = level;
  }
}

}  // namespace

void fillFrame(const FittedModel& model, const GridSpec& grid, const GridResult& result, FitFrame& frame) {
  frame.grid = grid;
  frame.task = model.task;
  frame.features = static_cast<int>(model.inputNames.size());
  frame.numClasses = static_cast<int>(model.classes.size());
  if (frame.features == 1) {
    fillCurve(model, grid, result, frame);
  } else if (model.task == Task::Classification) {
    fillClasses(grid, result, frame.numClasses, frame);
  } else {
    frame.values.assign(result.value.data(), result.value.data() + result.value.size());
  }
}

Status predictIntoFrame(const FittedModel& model, GridSpec grid, std::stop_token stop, FitFrame& frame,
                        int threads) {
  if (model.inputNames.size() == 1) grid.ny = 1;  // one feature: a curve along x
  auto result = predictGrid(model, grid, stop, threads);
  if (!result) return result.error();
  if (stop.stop_requested()) return cancelledError();
  fillFrame(model, grid, *result, frame);
  return Ok{};
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
