#include "core/models/discriminant/discriminant_design.h"

namespace supex {

DiscriminantDesign DiscriminantDesign::make(const Dataset& data, bool standardize) {
  DiscriminantDesign d;
  d.standardized = standardize;
  d.featureScale = data.X.cwiseAbs().colwise().maxCoeff().transpose();
  if (standardize) {
    d.scaler = Standardizer::fit(data.X);
    d.X = d.scaler.transform(data.X);
    d.featureScale = d.featureScale.cwiseQuotient(d.scaler.scale.transpose());
  } else {
    d.X = data.X;
  }
  return d;
}

Eigen::MatrixXd DiscriminantDesign::meansToOriginal(const Eigen::MatrixXd& means) const {
  return standardized ? scaler.inverse(means) : means;
}

Eigen::MatrixXd DiscriminantDesign::covarianceToOriginal(const Eigen::MatrixXd& cov) const {
  if (!standardized) return cov;
  const Eigen::VectorXd s = scaler.scale.transpose();
  return s.asDiagonal() * cov * s.asDiagonal();
}

}  // namespace supex
