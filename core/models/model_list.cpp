#include "core/models/model_list.h"

#include "core/models/knn/knn.h"
#include "core/models/nn/nn.h"
#include "core/models/ols/ols.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      olsModelInfo(),
      knnModelInfo(),
      nnModelInfo(),
  };
}

}  // namespace supex
