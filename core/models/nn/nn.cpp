#include "core/models/nn/nn.h"

#include "core/models/nn/nn_trainer.h"

namespace supex {

Result<std::shared_ptr<NnModel>> fitNn(const Dataset& data, const NnParams& params, std::stop_token stop) {
  auto trainer = NnTrainer::create(data, params);
  if (!trainer) return trainer.error();
  if (Status s = trainer.value().run(stop); !s) return s.error();
  return trainer->snapshot();
}

ModelInfo nnModelInfo() {
  return makeModelInfo(
      "nn", "Neural network (binary)",
      "p(x) = σ(W^[L]·g(…g(W^[1]x + b^[1])…) + b^[L]); minimise mean binary cross-entropy + (λ/2)Σ‖W^[l]‖²",
      {Task::Classification}, nnParamTable(), [](const NnParams&) { return Task::Classification; },
      [](const Dataset& data, const NnParams& params, std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto fitted = fitNn(data, params, stop);
        if (!fitted) return fitted.error();
        return std::shared_ptr<FittedModel>(std::move(fitted).value());
      });
}

}  // namespace supex
