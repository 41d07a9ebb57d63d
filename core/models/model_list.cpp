#include "core/models/model_list.h"

#include "core/models/nn/nn.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      nnModelInfo(),
  };
}

}  // namespace supex
