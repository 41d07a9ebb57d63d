#pragma once
// Every model, listed once. The CLI, the GUI's model picker and the generated
// tests iterate this list; adding a model is one folder and one line here.
#include <string>
#include <vector>

#include "core/models/model_info.h"

namespace supex {

const std::vector<ModelInfo>& modelRegistry();
const ModelInfo* findModel(const std::string& id);

}  // namespace supex
