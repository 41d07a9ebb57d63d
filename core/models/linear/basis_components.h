#pragma once
// The pieces of a linear fit ŷ = b + Σ_j w_j φ_j(x), each on its own, for the
// GUI's "Basis functions" view: a polynomial or Fourier fit is a weighted sum
// of simple curves, and ill-conditioning shows as huge pieces that cancel.
#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/linear/linear_model.h"

namespace supex {

// Rows of X (raw inputs) → n x (1 + p): column 0 is the intercept b, column
// j ≥ 1 is w_j φ_j(x). Each row sums to the model's prediction at that x.
Eigen::MatrixXd basisComponents(const LinearModel& model, Eigen::Ref<const Eigen::MatrixXd> X);

// σ_max / σ_min of A from its singular values (what numpy.linalg.cond(A)
// computes): +∞ when σ_min = 0, 1 for an empty matrix. Roughly, a least-squares
// fit on A loses log10 κ of its ~16 significant digits.
double conditionNumber(Eigen::Ref<const Eigen::MatrixXd> A);

// κ of the design Φ = φ(X) the linear models fit on (n x p, no intercept
// column), with each column standardised when `standardize`, as the models do.
Result<double> designConditionNumber(const Dataset& data, const BasisParams& basis, bool standardize);

}  // namespace supex
