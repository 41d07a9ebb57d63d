#include "core/eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace supex {

double accuracy(const Eigen::VectorXd& predictedClass, const Eigen::VectorXd& trueClass) {
  if (trueClass.size() == 0) return std::numeric_limits<double>::quiet_NaN();
  return (predictedClass.array() == trueClass.array()).cast<double>().mean();
}

double logLoss(const Eigen::MatrixXd& proba, const Eigen::VectorXd& trueClass) {
  if (trueClass.size() == 0) return std::numeric_limits<double>::quiet_NaN();
  constexpr double eps = 1e-15;
  double sum = 0;
  for (Eigen::Index i = 0; i < trueClass.size(); ++i) {
    const double p = std::clamp(proba(i, static_cast<Eigen::Index>(trueClass(i))), eps, 1.0 - eps);
    sum -= std::log(p);
  }
  return sum / static_cast<double>(trueClass.size());
}

double meanSquaredError(const Eigen::VectorXd& predicted, const Eigen::VectorXd& truth) {
  if (truth.size() == 0) return std::numeric_limits<double>::quiet_NaN();
  return (predicted - truth).squaredNorm() / static_cast<double>(truth.size());
}

double rSquared(const Eigen::VectorXd& predicted, const Eigen::VectorXd& truth) {
  const double tss = (truth.array() - truth.mean()).square().sum();
  if (truth.size() == 0 || tss == 0) return std::numeric_limits<double>::quiet_NaN();
  return 1.0 - (predicted - truth).squaredNorm() / tss;
}

}  // namespace supex
