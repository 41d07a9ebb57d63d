#pragma once
// The lasso (Tibshirani 1996): ℓ1-penalised least squares.
//
// Objective: minimise over the intercept b and the weights w
//     ‖y − b·1 − Φw‖²  +  λ‖w‖₁,        λ ≥ 0,
// where Φ = φ(X) is the basis-expanded design (n x p), standardised first when
// standardize=true. Note the scaling: no 1/(2n); scikit-learn's Lasso has
// alpha = λ/(2n). The intercept is not penalised. For λ ≥ λ_max =
// ‖2Φ_cᵀ(y − ȳ)‖∞ the answer is w = 0, b = ȳ exactly; below it, the ℓ1 penalty
// sets some weights exactly to zero (variable selection).
//
// Method: cyclic coordinate descent with soft thresholding and covariance
// updates (naive residual updates when p ≥ 500; lasso_problem.h,
// lasso_stepper.h), stopped when the duality gap ≤
// tol·‖y − ȳ‖² or after max_iter sweeps (then a "not_converged" diagnostic).
// path = N adds N log-spaced λ from λ_max down to λ_max·1e-3, fitted with warm
// starts; the top-level coefficients are always a fit at `lambda` from w = 0.
//
// Assumptions: none for the point estimate. The solution is unique when Φ_c
// has full column rank (otherwise the fitted values still are); λ = 0 is least
// squares and needs full rank (a numerical error otherwise, as for ols).
//
// References: R. Tibshirani, "Regression shrinkage and selection via the
// lasso", J. R. Stat. Soc. B 58(1), 267–288, 1996; J. Friedman, T. Hastie and
// R. Tibshirani, "Regularization paths for generalized linear models via
// coordinate descent", J. Stat. Softw. 33(1), 2010.
#include <memory>
#include <stop_token>

#include "core/basis/basis.h"
#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/lasso/lasso_model.h"
#include "core/models/model_info.h"
#include "core/models/param_table.h"

namespace supex {

struct LassoParams {
  double lambda = 1.0;
  double tol = 1e-10;
  long long maxIter = 100000;
  int path = 0;
  BasisParams basis;
  bool standardize = false;
};

const ParamTable<LassoParams>& lassoParamTable();

// Fits on data (regression); the stop token is checked before every sweep.
Result<std::shared_ptr<LassoModel>> fitLasso(const Dataset& data, const LassoParams& params,
                                             std::stop_token stop = {});

ModelInfo lassoModelInfo();

}  // namespace supex
