#include "core/data/standardizer.h"

#include <cmath>

namespace supex {

Standardizer Standardizer::fit(Eigen::Ref<const Eigen::MatrixXd> X) {
  Standardizer s;
  const double n = static_cast<double>(X.rows());
  s.mean = X.colwise().mean();
  s.scale.resize(X.cols());
  for (Eigen::Index j = 0; j < X.cols(); ++j) {
    const double var = (X.col(j).array() - s.mean(j)).square().sum() / n;
    const double sd = std::sqrt(var);
    s.scale(j) = (sd > 0 && std::isfinite(sd)) ? sd : 1.0;
  }
  return s;
}

Eigen::MatrixXd Standardizer::transform(Eigen::Ref<const Eigen::MatrixXd> X) const {
  return (X.rowwise() - mean).array().rowwise() / scale.array();
}

Eigen::MatrixXd Standardizer::inverse(Eigen::Ref<const Eigen::MatrixXd> Z) const {
  return (Z.array().rowwise() * scale.array()).rowwise() + mean.array();
}

}  // namespace supex
