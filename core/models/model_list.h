#pragma once
// The one list of models, in menu order: regression first, then classifiers.
#include <vector>

#include "core/models/model_info.h"

namespace supex {

std::vector<ModelInfo> allModels();

}  // namespace supex
