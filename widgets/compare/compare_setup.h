#pragma once
// What a comparison grid compares: data sets (each with its own train/test
// split) and models (each with its parameter values). Plain values, so the
// window, the headless export and the tests build them the same way.
#include <QString>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/model_info.h"
#include "core/predict/grid_predictor.h"

namespace supex {

struct CompareData {
  QString name;                          // "your data", "moons", ...
  std::shared_ptr<const Dataset> all;    // every row, in the order drawn
  std::vector<bool> isTest;              // per row of `all`
  std::shared_ptr<const Dataset> train;  // the rows a model is fitted on
  std::shared_ptr<const Dataset> test;   // held-out rows (may have none)
};

struct CompareModel {
  const ModelInfo* model = nullptr;  // a registry entry
  ParamValues params;                // missing keys take the model's defaults
};

// Splits `data` as the explorer's document does (core trainTestSplit with the
// same fraction and seed), so a generated set is held out the same way.
CompareData makeCompareData(QString name, Dataset data, double testFraction, std::uint64_t seed);

// The registry's models that do `task`, in registry order.
std::vector<const ModelInfo*> modelsForTask(Task task);

// Every parameter at its default (an empty default left out); a model that does both tasks (kNN) gets its
// `task` parameter set to `task`.
ParamValues defaultParams(const ModelInfo& model, Task task);

// "knn,lda,qda" -> the models, in that order. Usage error for an empty list,
// an unknown id (the message lists the valid ones) or a model that does not
// do `task`.
Result<std::vector<const ModelInfo*>> parseModelList(const std::string& list, Task task);

// The parameters that differ from the defaults, as "k = 15, p = 1" (empty
// when all are defaults; the task parameter is never listed).
QString paramSummary(const ModelInfo& model, const ParamValues& values, Task task);

// The rectangle a data set's tiles show (the data framed with a margin) as a
// grid of cells × cells centres.
GridSpec compareGrid(const Dataset& data, int cells);

}  // namespace supex
