#include "core/models/model_list.h"

#include "core/models/lasso/lasso.h"
#include "core/models/ridge/ridge.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      ridgeModelInfo(),
      lassoModelInfo(),
  };
}

}  // namespace supex
