#include "core/models/registry.h"

#include "core/models/model_list.h"

namespace supex {

const std::vector<ModelInfo>& modelRegistry() {
  static const std::vector<ModelInfo> models = allModels();
  return models;
}

const ModelInfo* findModel(const std::string& id) {
  for (const auto& m : modelRegistry())
    if (m.id == id) return &m;
  return nullptr;
}

}  // namespace supex
