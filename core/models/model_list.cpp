#include "core/models/model_list.h"

#include "core/models/knn/knn.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      knnModelInfo(),
  };
}

}  // namespace supex
