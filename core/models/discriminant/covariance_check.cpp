#include "core/models/discriminant/covariance_check.h"

#include <cmath>

namespace supex {

namespace {
constexpr double kZeroVarianceRatio = 1e-12;
constexpr double kDependentPivot = 1e-10;
}  // namespace

std::optional<CovarianceSingularity> findCovarianceSingularity(const Eigen::MatrixXd& sigma,
                                                               const Eigen::VectorXd& featureScale) {
  const Eigen::Index d = sigma.rows();
  for (Eigen::Index j = 0; j < d; ++j) {
    const double sd = std::sqrt(std::max(sigma(j, j), 0.0));
    if (!(sd > kZeroVarianceRatio * featureScale(j)) || !std::isfinite(sd)) return CovarianceSingularity{j, true};
  }
  const Eigen::VectorXd invSd = sigma.diagonal().cwiseSqrt().cwiseInverse();
  const Eigen::MatrixXd corr = invSd.asDiagonal() * sigma * invSd.asDiagonal();
  // LDLᵀ in column order (Cholesky needs no pivoting for stability on a
  // positive semidefinite matrix), stopping at the first column whose pivot
  // 1 − R²_j says it is a combination of the columns before it, so the
  // message can name that column and the ones it depends on.
  Eigen::MatrixXd L = Eigen::MatrixXd::Identity(d, d);
  Eigen::VectorXd D(d);
  for (Eigen::Index j = 0; j < d; ++j) {
    D(j) = corr(j, j) - (L.row(j).head(j).array().square() * D.head(j).transpose().array()).sum();
    if (!(D(j) > kDependentPivot)) return CovarianceSingularity{j, false};
    for (Eigen::Index i = j + 1; i < d; ++i)
      L(i, j) = (corr(i, j) -
                 (L.row(i).head(j).array() * L.row(j).head(j).array() * D.head(j).transpose().array()).sum()) /
                D(j);
  }
  return std::nullopt;
}

std::string describeSingularity(const CovarianceSingularity& s, const std::vector<std::string>& featureNames,
                                const std::string& where) {
  const std::string name = "feature '" + featureNames[static_cast<std::size_t>(s.feature)] + "'";
  if (s.zeroVariance) return name + " does not vary" + where + ". Drop that feature";
  std::string before;
  for (Eigen::Index j = 0; j < s.feature; ++j)
    before += (j ? ", " : "") + featureNames[static_cast<std::size_t>(j)];
  return name + " is a linear combination of the features before it (" + before + ")" + where +
         ". Drop it or one of those";
}

}  // namespace supex
