#include "core/models/model_list.h"

#include "core/models/knn/knn.h"
#include "core/models/lasso/lasso.h"
#include "core/models/lda/lda.h"
#include "core/models/logistic/logistic.h"
#include "core/models/nn/nn.h"
#include "core/models/ols/ols.h"
#include "core/models/qda/qda.h"
#include "core/models/ridge/ridge.h"

namespace supex {

std::vector<ModelInfo> allModels() {
  return {
      olsModelInfo(),
      ridgeModelInfo(),
      lassoModelInfo(),
      knnModelInfo(),
      logisticModelInfo(),
      ldaModelInfo(),
      qdaModelInfo(),
      nnModelInfo(),
  };
}

}  // namespace supex
