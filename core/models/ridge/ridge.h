#pragma once
// Ridge regression (Tikhonov regularisation, Hoerl & Kennard 1970).
//
// Objective: minimise over the intercept b and the weights w
//     ‖y − b·1 − Φw‖²  +  λ‖w‖₂²,        λ ≥ 0,
// where Φ = φ(X) is the basis-expanded design (n x p), standardised first when
// standardize=true. The intercept is not penalised, so shifting y by a constant
// shifts only b, and λ → ∞ predicts mean(y). λ = 0 is ordinary least squares.
// The unique minimiser for λ > 0 is w = (Φ_cᵀΦ_c + λI)⁻¹Φ_cᵀy_c on the centred
// design; it is computed from the SVD of Φ_c (see ridge_solver.h), never
// through an explicit inverse. This is scikit-learn's Ridge(alpha=λ) objective.
//
// Assumptions: none on the noise for the point estimate. The penalty depends
// on the scale of each column of Φ, hence the standardize option; reported
// coefficients are always in the units of φ(x).
//
// Reference: A. E. Hoerl and R. W. Kennard, "Ridge regression: biased
// estimation for nonorthogonal problems", Technometrics 12(1), 55–67, 1970;
// Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, §3.4.1.
#include <memory>
#include <stop_token>
#include <vector>

#include "core/basis/basis.h"
#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/linear/coefficient_path.h"
#include "core/models/linear/linear_design.h"
#include "core/models/linear/linear_model.h"
#include "core/models/model_info.h"
#include "core/models/param_table.h"

namespace supex {

struct RidgeParams {
  double lambda = 1.0;
  BasisParams basis;
  bool standardize = false;
};

const ParamTable<RidgeParams>& ridgeParamTable();

// Fits on data (regression). λ = 0 with a rank-deficient centred design is a
// numerical error (code 4), as for ols.
Result<std::shared_ptr<LinearModel>> fitRidge(const Dataset& data, const RidgeParams& params,
                                              std::stop_token stop = {});

// The coefficients (original units of φ(x), intercept first) at every λ in
// `lambdas`, from one SVD: for the GUI's coefficient-path view. An entry
// λ < 0 or not finite is a usage error; λ = 0 follows solve()'s rule.
Result<CoefficientPath> ridgePath(const LinearDesign& design, Eigen::Ref<const Eigen::VectorXd> y,
                                  const std::vector<double>& lambdas);
// The same from the data set and parameters (params.lambda is ignored).
Result<CoefficientPath> ridgePath(const Dataset& data, const RidgeParams& params,
                                  const std::vector<double>& lambdas);

ModelInfo ridgeModelInfo();

}  // namespace supex
