#pragma once
// The ridge solution for any number of penalties from one factorisation.
//
// With the intercept unpenalised, b is eliminated by centring: for any w the
// best b is ȳ − Φ̄w, so (b, w) minimise ‖y − b − Φw‖² + λ‖w‖² exactly when w
// minimises ‖y_c − Φ_c w‖² + λ‖w‖² (Φ_c = Φ − 1Φ̄, y_c = y − ȳ). With the thin
// SVD Φ_c = U diag(s) Vᵀ the normal equations (Φ_cᵀΦ_c + λI) w = Φ_cᵀ y_c give
//   w(λ) = V diag(s_i / (s_i² + λ)) Uᵀ y_c,
// stable for every λ ≥ 0 (no matrix is inverted) and O(p·min(n, p)) per λ
// once the SVD is known — which is why the whole path is cheap.
// Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed.,
// §3.4.1, eqs. (3.44)–(3.47).
#include <Eigen/Dense>

#include "core/common/result.h"

namespace supex {

struct LinearCoefficients {
  double intercept = 0.0;
  Eigen::VectorXd weights;
};

class RidgeSolver {
 public:
  // Centres Φ (n x p) and y and factorises Φ_c (through a QR first when
  // n > p). Cost O(n·p·min(n, p)).
  static RidgeSolver make(Eigen::Ref<const Eigen::MatrixXd> phi, Eigen::Ref<const Eigen::VectorXd> y);

  // (b, w) in the units of the columns of Φ. λ = 0 is ordinary least squares
  // and needs rank() == cols(); a rank-deficient design is then a numerical
  // error (code 4), as for ols, rather than an arbitrary minimum-norm answer.
  Result<LinearCoefficients> solve(double lambda) const;

  Eigen::Index cols() const { return m_phiMean.size(); }
  // Numerical rank of Φ_c: singular values above s_max·max(n, p)·ε (the
  // threshold of Eigen's and LAPACK's rank decisions).
  Eigen::Index rank() const { return m_rank; }
  const Eigen::VectorXd& singularValues() const { return m_s; }

 private:
  Eigen::RowVectorXd m_phiMean;
  double m_yMean = 0.0;
  Eigen::MatrixXd m_v;    // p x m, m = min(n, p)
  Eigen::VectorXd m_s;    // m singular values, descending
  Eigen::VectorXd m_uty;  // Uᵀ y_c (m)
  Eigen::Index m_rank = 0;
};

}  // namespace supex
