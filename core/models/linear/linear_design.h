#pragma once
// The design shared by the linear regressors (ols, ridge, lasso): the basis
// expansion Φ = φ(X) and, with standardize=true, column standardisation of Φ.
// Models fit (b, w) on `phi`; toOriginalUnits() maps them back so that the
// reported coefficients and predictions are in the units of φ(x).
#include <Eigen/Dense>

#include "core/basis/basis.h"
#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/data/standardizer.h"

namespace supex {

struct LinearDesign {
  Basis basis;
  Eigen::MatrixXd phi;  // n x p design (standardised when `standardized`)
  bool standardized = false;
  Standardizer scaler;  // of the expanded columns, when standardized

  static Result<LinearDesign> make(const Dataset& data, const BasisParams& basis, bool standardize);

  // (b, w) fitted on the standardised design → the same function of the
  // unstandardised φ(x): w_j ← w_j / s_j, b ← b − Σ w_j m_j / s_j.
  void toOriginalUnits(double& intercept, Eigen::VectorXd& weights) const;
};

}  // namespace supex
