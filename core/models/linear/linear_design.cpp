#include "core/models/linear/linear_design.h"

namespace supex {

Result<LinearDesign> LinearDesign::make(const Dataset& data, const BasisParams& basisParams, bool standardize) {
  auto basis = Basis::make(basisParams, data.featureNames);
  if (!basis) return basis.error();
  LinearDesign d{std::move(basis).value(), {}, standardize, {}};
  d.phi = d.basis.expand(data.X);
  if (standardize) {
    d.scaler = Standardizer::fit(d.phi);
    d.phi = d.scaler.transform(d.phi);
  }
  return d;
}

void LinearDesign::toOriginalUnits(double& intercept, Eigen::VectorXd& weights) const {
  if (!standardized) return;
  weights = (weights.array() / scaler.scale.transpose().array()).matrix();
  intercept -= scaler.mean.dot(weights);
}

}  // namespace supex
