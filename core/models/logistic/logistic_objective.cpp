#include "core/models/logistic/logistic_objective.h"

#include <algorithm>
#include <cmath>

namespace supex {

Eigen::MatrixXd logisticLogits(Eigen::Ref<const Eigen::MatrixXd> X, const LogisticCoefficients& c) {
  Eigen::MatrixXd z = X * c.weights.transpose();
  z.rowwise() += c.intercepts.transpose();
  return z;
}

namespace {

// −log p_y(x) for one row of logits, computed from the differences
// d_k = z_k − z_y: a nearly certain row (p_y → 1) keeps its tiny loss
// log1p(Σ_{k≠y} e^{d_k}) to full relative precision, where lse(z) − z_y
// would lose it to cancellation. That matters on separable data, where the
// loss is all such rows. With `residual`, also writes p − e_y, its y-entry
// as −Σ_{k≠y} p_k for the same reason.
double rowLoss(const Eigen::MatrixXd& z, Eigen::Index i, Eigen::Index y, double* residual) {
  const Eigen::Index K = z.cols();
  const double zy = z(i, y);
  double m = 0;  // max_k d_k ≥ d_y = 0
  for (Eigen::Index k = 0; k < K; ++k) m = std::max(m, z(i, k) - zy);
  double others = 0;
  for (Eigen::Index k = 0; k < K; ++k)
    if (k != y) others += std::exp(z(i, k) - zy - m);
  const double own = std::exp(-m);
  if (residual) {
    const double total = own + others;
    for (Eigen::Index k = 0; k < K; ++k) residual[k] = k == y ? -others / total : std::exp(z(i, k) - zy - m) / total;
  }
  return m == 0 ? std::log1p(others) : m + std::log(own + others);
}

}  // namespace

LogisticObjective logisticObjective(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Ref<const Eigen::VectorXd> labels,
                                    double lambda, const LogisticCoefficients& c) {
  const Eigen::MatrixXd z = logisticLogits(X, c);
  const Eigen::Index n = z.rows(), K = z.cols();
  // Residual R = P − Y, stored transposed so each row's K entries are contiguous.
  Eigen::MatrixXd rT(K, n);
  double nll = 0;
  for (Eigen::Index i = 0; i < n; ++i) nll += rowLoss(z, i, static_cast<Eigen::Index>(labels(i)), rT.col(i).data());
  LogisticObjective out;
  out.logLikelihood = -nll;
  out.value = nll + 0.5 * lambda * c.weights.squaredNorm();
  out.gradient.weights = rT * X + lambda * c.weights;
  out.gradient.intercepts = rT.rowwise().sum();
  return out;
}

double logisticObjectiveValue(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Ref<const Eigen::VectorXd> labels,
                              double lambda, const LogisticCoefficients& c) {
  const Eigen::MatrixXd z = logisticLogits(X, c);
  double nll = 0;
  for (Eigen::Index i = 0; i < z.rows(); ++i) nll += rowLoss(z, i, static_cast<Eigen::Index>(labels(i)), nullptr);
  return nll + 0.5 * lambda * c.weights.squaredNorm();
}

}  // namespace supex
