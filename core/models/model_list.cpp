#include "core/models/model_list.h"

#include "core/models/lda/lda.h"
#include "core/models/logistic/logistic.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      logisticModelInfo(),
      ldaModelInfo(),
  };
}

}  // namespace supex
