#pragma once
// A lasso problem in "covariance" form (Friedman, Hastie & Tibshirani, "Regularization
// paths for generalized linear models via coordinate descent", J. Stat. Softw.
// 33(1), 2010, §2.2): the centred design enters coordinate descent only through
// the Gram matrix G = Φ_cᵀΦ_c and c = Φ_cᵀy_c, so after an O(n·p²) set-up
// each coordinate update costs O(p) instead of O(n). Centring eliminates the
// unpenalised intercept: b = ȳ − Φ̄·w for any w. Immutable once made, so one
// problem can be shared by a fit, a path and the GUI's step-wise animation.
#include <memory>

#include <Eigen/Dense>

namespace supex {

struct LassoProblem {
  Eigen::MatrixXd gram;        // G = Φ_cᵀΦ_c (p x p)
  Eigen::VectorXd xty;         // c = Φ_cᵀ(y − ȳ) (p)
  double yy = 0.0;             // ‖y − ȳ‖²
  Eigen::RowVectorXd phiMean;  // Φ̄ (p)
  double yMean = 0.0;          // ȳ

  static std::shared_ptr<const LassoProblem> make(Eigen::Ref<const Eigen::MatrixXd> phi,
                                                  Eigen::Ref<const Eigen::VectorXd> y);

  Eigen::Index cols() const { return xty.size(); }
  // λ_max = ‖2Φ_cᵀ(y − ȳ)‖∞: the smallest λ whose solution is w = 0 (the
  // subgradient condition |2Φ_cᵀ(y − ȳ)|_j ≤ λ at w = 0). 0 when p = 0.
  double lambdaMax() const;
  // The intercept that goes with w: ȳ − Φ̄·w.
  double intercept(const Eigen::VectorXd& w) const { return yMean - phiMean.dot(w); }
  // Smallest eigenvalue of G, or 0 when G is numerically singular (below
  // p·ε·largest eigenvalue). O(p³): computed only when asked (λ = 0).
  double smallestEigenvalue() const;
};

}  // namespace supex
