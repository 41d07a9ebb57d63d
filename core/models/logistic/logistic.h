#pragma once
// Multinomial logistic regression (softmax regression), model id `logistic`.
//
// Objective. For K ≥ 2 classes, one weight vector w_k and intercept b_k per
// class (K vectors also when K = 2),
//     p_k(x) = exp(w_k·φ(x) + b_k) / Σⱼ exp(wⱼ·φ(x) + bⱼ),
//     minimise  −Σᵢ log p_{yᵢ}(xᵢ) + (λ/2)‖W‖²_F      (intercepts not penalised),
// stopped when the gradient's max-norm ≤ tol·n or after max_iter Newton steps.
// φ is the identity unless a basis (poly / fourier) is chosen; with
// standardize=true the fit runs on standardised φ columns (so λ penalises
// standardised weights) and is reported back in the units of φ(x).
//
// Identifiability. Probabilities are unchanged when one vector is added to
// every (w_k, b_k). For λ > 0 the penalty pins the weights (Σ_k w_k = 0 at
// the optimum) but not the intercepts: they are reported shifted to sum to
// zero. For λ = 0 and classes that a hyperplane arrangement separates
// perfectly there is no minimiser at all (the likelihood tends to 1 as
// ‖W‖ → ∞): the fit stops (see logistic_newton.h) and carries a "separable"
// diagnostic instead of pretending to have converged.
//
// Assumptions: the log-odds between classes are linear in φ(x); rows are
// independent. Every class must have training rows.
//
// References: Hastie, Tibshirani & Friedman, The Elements of Statistical
// Learning, 2nd ed. (2009), §4.4; Friedman, Hastie & Tibshirani,
// "Regularization paths for generalized linear models via coordinate
// descent", J. Stat. Softw. 33(1), 2010, §4 (the symmetric multinomial
// parameterisation made identifiable by the penalty).
#include <memory>
#include <stop_token>

#include "core/basis/basis.h"
#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/logistic/logistic_model.h"
#include "core/models/model_info.h"
#include "core/models/param_table.h"

namespace supex {

struct LogisticParams {
  double lambda = 1.0;  // ≥ 0
  double tol = 1e-10;   // > 0
  int maxIter = 1000;   // ≥ 1
  BasisParams basis;
  bool standardize = false;
};

const ParamTable<LogisticParams>& logisticParamTable();

// The design a logistic fit of `data` with `params` runs on (basis, standardisation).
Result<LinearDesign> logisticDesign(const Dataset& data, const LogisticParams& params);

// Fits by Newton's method. `warmStart`, in the original units of φ(x) (as
// LogisticModel::coefficients() reports them), replaces the zero start; it
// changes where the iteration begins, never the minimiser.
Result<std::shared_ptr<LogisticModel>> fitLogistic(const Dataset& data, const LogisticParams& params,
                                                   std::stop_token stop = {},
                                                   const LogisticCoefficients* warmStart = nullptr);

ModelInfo logisticModelInfo();

}  // namespace supex
