#include "core/models/model_list.h"

#include "core/models/lda/lda.h"
#include "core/models/logistic/logistic.h"
#include "core/models/qda/qda.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      logisticModelInfo(),
      ldaModelInfo(),
      qdaModelInfo(),
  };
}

}  // namespace supex
