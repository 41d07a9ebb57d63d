#include "core/models/model_list.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
  };
}

}  // namespace supex
