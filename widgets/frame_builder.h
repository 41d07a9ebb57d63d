#pragma once
// The computation behind one FitFrame, free of threads and widgets so it can
// be tested directly: fit the model, predict a grid in chunks, trace the
// decision boundary, score the train and test rows. Runs on the worker thread.
#include <memory>
#include <stop_token>

#include "core/common/result.h"
#include "core/models/model_info.h"
#include "widgets/fit_frame.h"

namespace supex {

// A value snapshot of everything one picture depends on. Shared pointers to
// immutable data sets make the snapshot cheap to copy while the user drags.
struct FitRequest {
  std::shared_ptr<const Dataset> train;
  std::shared_ptr<const Dataset> test;  // may be null or have no rows
  const ModelInfo* model = nullptr;     // a registry entry (static storage)
  ParamValues params;
  GridSpec grid;  // the full-resolution grid of the view
};

// Predicts `grid` with `model` (core/predict/grid_predictor.h) and fills the
// frame's arrays: labels, confidence and boundary for classification, values
// for two-feature regression, the curve (and OLS bands) for one feature,
// where only the x axis of the grid is used. cancelledError() when `stop`
// was requested midway: the frame is then incomplete and must be thrown away.
// `threads` as in predictGrid (0 = every core).
Status predictIntoFrame(const FittedModel& model, GridSpec grid, std::stop_token stop, FitFrame& frame,
                        int threads = 0);

// The frame's arrays from an already predicted grid (the same rules).
void fillFrame(const FittedModel& model, const GridSpec& grid, const GridResult& result, FitFrame& frame);

// Train and test scores of a fitted model.
Scores scoreRows(const FittedModel& model, const Dataset& rows);

}  // namespace supex
