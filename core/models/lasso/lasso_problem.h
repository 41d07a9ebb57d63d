#pragma once
// A lasso problem with the intercept eliminated by centring: b = ȳ − Φ̄·w for
// any w, so only Φ_c = Φ − 1Φ̄ and y_c = y − ȳ matter. Two storage modes, as
// in glmnet (Friedman, Hastie & Tibshirani, "Regularization paths for
// generalized linear models via coordinate descent", J. Stat. Softw. 33(1),
// 2010, §2.2):
//   Covariance: G = Φ_cᵀΦ_c and c = Φ_cᵀy_c, computed once in O(n·p²); each
//               coordinate update then costs O(p), independent of n. Chosen
//               when p < 500 (glmnet's rule): the teaching case, e.g. degree-5
//               polynomial features of two inputs (p = 20).
//   Naive:      Φ_c itself; each update costs O(n) on the residual. For wide
//               designs, where a p x p Gram matrix would be larger and slower
//               to make than the data (poly of many inputs: C(d + D, D) − 1).
// Immutable once made, so one problem can be shared by a fit, a path and the
// GUI's step-wise animation.
#include <memory>

#include <Eigen/Dense>

namespace supex {

struct LassoProblem {
  enum class Mode { Covariance, Naive };
  static constexpr Eigen::Index kCovarianceMaxColumns = 499;

  Mode mode = Mode::Covariance;
  Eigen::MatrixXd gram;        // Covariance: G = Φ_cᵀΦ_c (p x p); Naive: empty
  Eigen::MatrixXd centred;     // Naive: Φ_c (n x p); Covariance: empty
  Eigen::VectorXd yc;          // Naive: y − ȳ; Covariance: empty
  Eigen::VectorXd diag;        // G_jj = ‖Φ_c e_j‖² (p), both modes
  Eigen::VectorXd xty;         // c = Φ_cᵀ(y − ȳ) (p)
  double yy = 0.0;             // ‖y − ȳ‖²
  Eigen::RowVectorXd phiMean;  // Φ̄ (p)
  double yMean = 0.0;          // ȳ

  // Covariance mode when p ≤ kCovarianceMaxColumns, else Naive.
  static std::shared_ptr<const LassoProblem> make(Eigen::Ref<const Eigen::MatrixXd> phi,
                                                  Eigen::Ref<const Eigen::VectorXd> y);
  static std::shared_ptr<const LassoProblem> make(Eigen::Ref<const Eigen::MatrixXd> phi,
                                                  Eigen::Ref<const Eigen::VectorXd> y, Mode mode);

  Eigen::Index cols() const { return xty.size(); }
  // λ_max = ‖2Φ_cᵀ(y − ȳ)‖∞: the smallest λ whose solution is w = 0 (the
  // subgradient condition |2Φ_cᵀ(y − ȳ)|_j ≤ λ at w = 0). 0 when p = 0.
  double lambdaMax() const;
  // The intercept that goes with w: ȳ − Φ̄·w.
  double intercept(const Eigen::VectorXd& w) const { return yMean - phiMean.dot(w); }
  // Smallest eigenvalue of G = Φ_cᵀΦ_c, or 0 when G is numerically singular
  // (below p·ε·largest eigenvalue, or n ≤ p). O(p³) or O(n·p²): computed only
  // when asked (λ = 0).
  double smallestEigenvalue() const;
};

}  // namespace supex
