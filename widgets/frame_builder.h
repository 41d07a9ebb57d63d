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
  ViewGrid grid;  // the full-resolution grid of the view
};

// Predicts `grid` (and the 1-D curve) with `model` and fills the frame's
// arrays. Returns false when `stop` was requested midway (the frame is then
// incomplete and must be thrown away).
bool predictIntoFrame(const FittedModel& model, const ViewGrid& grid, std::stop_token stop, FitFrame& frame);

// Train and test scores of a fitted model.
Scores scoreRows(const FittedModel& model, const Dataset& rows);

}  // namespace supex
