#pragma once
// The feature space LDA and QDA are fitted in: the raw features, or with
// standardize=true the standardised ones z = (x − m)/s. Both models are
// affine-equivariant (except QDA's r·I term, which acts in the fitted space),
// so the fitted parameters map back exactly: μ = μ_z∘s + m, Σ = S Σ_z S with
// S = diag(s), and the reported parameters and discriminants are always in
// the original units.
#include <Eigen/Dense>

#include "core/data/dataset.h"
#include "core/data/standardizer.h"

namespace supex {

struct DiscriminantDesign {
  Eigen::MatrixXd X;  // n x d, the fitted space
  bool standardized = false;
  Standardizer scaler;
  // max_i |x_ij| of the raw feature, in fitted-space units: the yardstick of
  // the zero-variance test (a standardised constant column is rounding noise).
  Eigen::VectorXd featureScale;

  static DiscriminantDesign make(const Dataset& data, bool standardize);

  Eigen::MatrixXd meansToOriginal(const Eigen::MatrixXd& means) const;   // K x d rows
  Eigen::MatrixXd covarianceToOriginal(const Eigen::MatrixXd& cov) const;  // d x d
};

}  // namespace supex
