#include "core/models/nn/nn_params.h"

#include <limits>

namespace supex {

namespace {

// Bounds so that an out-of-range integer is refused instead of wrapping when
// it is narrowed to int.
constexpr double kIntMax = std::numeric_limits<int>::max();

ParamTable<NnParams> makeTable() {
  using P = NnParams;
  ParamTable<P> t;
  t.add(listField<P>({.key = "hidden", .label = "Hidden layers",
                      .help = "Units per hidden layer, input side first (8,8 = two layers of 8); "
                              "the output is one sigmoid unit",
                      .min = 1, .max = kIntMax},
                     &P::hidden));
  t.add(choiceField<P>({.key = "activation", .label = "Activation g",
                        .help = "Hidden-layer activation: tanh(z), relu(z) = max(0, z), "
                                "sigmoid(z) = 1/(1 + e^(−z))",
                        .choices = {"tanh", "relu", "sigmoid"}},
                       &P::activation));
  t.add(realField<P>({.key = "lr", .label = "Learning rate η",
                      .help = "Step size of each update θ ← θ − η·(update direction)",
                      .min = 0, .minOpen = true, .sliderMin = 1e-4, .sliderMax = 10, .logScale = true},
                     &P::lr));
  t.add(intField<P>({.key = "epochs", .label = "Epochs",
                     .help = "Passes over the training set; the loss curve has one value per epoch",
                     .min = 1, .max = kIntMax, .sliderMin = 1, .sliderMax = 5000, .logScale = true},
                    &P::epochs));
  t.add(intField<P>({.key = "batch", .label = "Mini-batch size",
                     .help = "Examples per gradient step (data reshuffled every epoch); 0 = full batch",
                     .min = 0, .max = kIntMax, .sliderMin = 0, .sliderMax = 256},
                    &P::batch));
  t.add(choiceField<P>({.key = "optimizer", .label = "Optimizer",
                        .help = "sgd: θ ← θ − η g; momentum: v ← 0.9v − η g, θ ← θ + v; "
                                "adam: β₁ = 0.9, β₂ = 0.999, ε = 1e-8",
                        .choices = {"adam", "sgd", "momentum"}},
                       &P::optimizer));
  t.add(realField<P>({.key = "l2", .label = "L2 penalty λ",
                      .help = "Adds (λ/2)Σ‖W^[l]‖² to the mean cross-entropy (biases not penalised)",
                      .min = 0, .sliderMin = 0, .sliderMax = 0.1},
                     &P::l2));
  t.add(intField<P>({.key = "seed", .label = "Seed",
                     .help = "Seeds the initial weights and the shuffles; the same seed gives the same fit",
                     .sliderMin = 1, .sliderMax = 100},
                    &P::seed));
  t.add(flagField<P>({.key = "standardize", .label = "Standardise features",
                      .help = "Train on z = (x − mean)/sd; weights are reported in the original units"},
                     &P::standardize));
  return t;
}

}  // namespace

const ParamTable<NnParams>& nnParamTable() {
  static const ParamTable<NnParams> table = makeTable();
  return table;
}

}  // namespace supex
