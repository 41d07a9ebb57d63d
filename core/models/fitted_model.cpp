#include "core/models/fitted_model.h"

#include <utility>

namespace supex {

void describeFit(FittedModel& model, std::string id, Task task, std::vector<std::string> inputNames,
                 std::vector<std::string> classes, nlohmann::json params) {
  model.modelId = std::move(id);
  model.task = task;
  if (model.features.empty()) model.features = inputNames;
  model.inputNames = std::move(inputNames);
  model.classes = std::move(classes);
  model.completeParams(params);
  model.params = std::move(params);
}

}  // namespace supex
