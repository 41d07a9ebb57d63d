#pragma once
// The gradient check of `supex gradcheck` (cli-contract.md): compares the
// back-propagated gradient g of the full objective J (mean cross-entropy over
// ALL training rows + (λ/2)Σ‖W^[l]‖²) at the seeded initial weights with the
// central finite differences
//     ĝ_k = (J(θ + h e_k) − J(θ − h e_k)) / (2h),   h = 1e-6,
// over every weight and bias, and reports
//     max_rel_error = ‖g − ĝ‖₂ / max(‖g‖₂ + ‖ĝ‖₂, 1e-300).
// Back-propagation is right when this is tiny (≈ 1e-9 and below); a wrong
// derivative shows up as 1e-2 or more. ReLU is refused: at its kink the
// derivative does not exist and finite differences across it are meaningless.
#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/nn/nn_params.h"

namespace supex {

struct GradCheckResult {
  double maxRelError = 0.0;  // `max_rel_error`
  int nParameters = 0;       // `n_parameters`: every weight and bias
};

// Uses the network, initial weights and training features (standardised if
// asked) that fit would start from; batch, epochs, lr and optimizer play no part.
Result<GradCheckResult> gradientCheck(const Dataset& data, const NnParams& params);

}  // namespace supex
