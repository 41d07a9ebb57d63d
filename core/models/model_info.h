#pragma once
// ModelInfo: one registry entry. Built from a model's ParamTable and its typed
// fit function by makeModelInfo(), so the CLI, the GUI and the tests can list
// models, show their parameters and fit them without knowing their types.
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/fitted_model.h"
#include "core/models/param_table.h"

namespace supex {

struct ModelInfo {
  std::string id;         // as on the command line: knn, ols, ...
  std::string name;       // for menus: "k-nearest neighbours"
  std::string objective;  // one line of mathematics, for tooltips and help
  std::vector<Task> tasks;
  std::vector<ParamSpec> params;
  // The task the parameters ask for (knn has a `task` parameter), or the
  // parameter error. Lets a caller validate before reading any data.
  std::function<Result<Task>(const ParamValues&)> taskFor;
  std::function<Result<FittedModelPtr>(const Dataset&, const ParamValues&, std::stop_token)> fit;
};

// TypedFit: Result<std::shared_ptr<FittedModel>>(const Dataset&, const P&, std::stop_token)
// TaskOf:   Task(const P&)
template <class P, class TypedFit, class TaskOf>
ModelInfo makeModelInfo(std::string id, std::string name, std::string objective, std::vector<Task> tasks,
                        const ParamTable<P>& table, TaskOf taskOf, TypedFit typedFit) {
  ModelInfo info;
  info.id = id;
  info.name = std::move(name);
  info.objective = std::move(objective);
  info.tasks = std::move(tasks);
  info.params = table.specs();
  info.taskFor = [table, id, taskOf](const ParamValues& values) -> Result<Task> {
    auto p = table.parse(values, id);
    if (!p) return p.error();
    return taskOf(*p);
  };
  info.fit = [table, id, taskOf, typedFit](const Dataset& data, const ParamValues& values,
                                          std::stop_token stop) -> Result<FittedModelPtr> {
    auto p = table.parse(values, id);
    if (!p) return p.error();
    if (data.task != taskOf(*p))
      return usageError("The model " + id + " does not do " + taskName(data.task) + " here.");
    if (data.rows() == 0) return dataError("The training data has no rows.");
    auto fitted = typedFit(data, *p, stop);
    if (!fitted) return fitted.error();
    std::shared_ptr<FittedModel> model = std::move(fitted).value();
    describeFit(*model, id, data.task, data.featureNames, data.classes, table.toJson(*p));
    return FittedModelPtr(std::move(model));
  };
  return info;
}

}  // namespace supex
