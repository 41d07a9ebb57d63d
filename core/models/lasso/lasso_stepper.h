#pragma once
// Cyclic coordinate descent for the lasso, one update at a time.
//
// Problem (intercept eliminated by centring, see lasso_problem.h):
//     P(w) = ‖r‖² + λ‖w‖₁,   r = y_c − Φ_c w.
// Coordinate j minimises P over w_j with the others fixed: with
// q = Φ_cᵀr = c − Gw,
//     w_j ← S(q_j + G_jj·w_j, λ/2) / G_jj.
// Covariance mode keeps q current, q ← q − Δw_j·G_{·j}, in O(p) (glmnet's
// "covariance updates"); naive mode keeps r current, r ← r − Δw_j·Φ_c e_j, and
// forms q_j = (Φ_c e_j)ᵀr, in O(n). Both give the same iterates. A column with
// G_jj = 0 (constant, so absorbed by the intercept) has w_j = 0.
//
// Duality gap for THIS scaling. From ‖r‖² = max_u (2uᵀr − ‖u‖²),
//     P* = max_u D(u),  D(u) = 2uᵀy_c − ‖u‖²,  subject to ‖2Φ_cᵀu‖∞ ≤ λ,
// and the dual optimum is u = r at the solution. Scaling the residual into
// the feasible set, u = s·r with s = min(1, λ/‖2q‖∞), and using
// rᵀy_c = ‖r‖² + qᵀw gives
//     gap(w) = P(w) − D(s·r) = (1 − s)²‖r‖² + λ‖w‖₁ − 2s·qᵀw  ≥  P(w) − P*.
// Written this way there is no cancellation between ‖r‖² and rᵀy_c; it
// costs O(p) in covariance mode (O(n·p), like a sweep, in naive mode). It is
// exactly twice scikit-learn's internal gap for alpha = λ/(2n)
// (sklearn/linear_model/_cd_fast.pyx, enet_coordinate_descent: objective
// ½‖r‖² + nα‖w‖₁, dual point scaled by min(1, nα/‖Xᵀr‖∞)), so
// our stop gap ≤ tol·‖y_c‖² is sklearn's with its tol = tol/2. The same dual
// and dual point, in this scaling without ½, are in Kim, Koh, Lustig, Boyd &
// Gorinevsky, "An interior-point method for large-scale ℓ1-regularized least
// squares", IEEE J. Sel. Top. Signal Process. 1(4), 606–617, 2007.
//
// λ = 0 has no useful dual point (the feasible set is {u : Φ_cᵀu = 0}), so
// gap() returns instead the bound P(w) − P* = qᵀG⁻¹q ≤ ‖q‖²/μ_min(G); it is
// +∞ when G is numerically singular (the least-squares problem then has no
// unique answer).
//
// A pure state object for the GUI's animation and for the solvers: it holds
// a shared immutable problem, the penalty, w and q (or r); no hidden warm start.
#include <memory>

#include <Eigen/Dense>

#include "core/models/lasso/lasso_problem.h"

namespace supex {

class LassoStepper {
 public:
  // warmStart: the starting w (size p), or an empty vector for w = 0.
  LassoStepper(std::shared_ptr<const LassoProblem> problem, double lambda, Eigen::VectorXd warmStart = {});

  // One coordinate update of w_j, j = nextCoordinate(); returns |Δw_j|.
  double step();
  // Updates coordinates until the cycle returns to coordinate 0: a full
  // sweep when called at a sweep boundary (as it always is unless step() was
  // used), otherwise the rest of the current sweep.
  void sweep();
  // Recomputes q = c − Gw (or r = y_c − Φ_c w) from scratch, clearing the
  // rounding drift of the incremental updates.
  void refresh();

  // P(w) = ‖y − b − Φw‖² + λ‖w‖₁ with the best intercept b.
  double objective() const;
  // The duality gap above (λ > 0) or the suboptimality bound (λ = 0).
  double gap() const;
  // ‖y − b − Φw‖²: covariance mode ‖y_c‖² − cᵀw − qᵀw (O(p), clamped at 0
  // against rounding); naive mode ‖r‖².
  double residualSumOfSquares() const;

  double lambda() const { return m_lambda; }
  const Eigen::VectorXd& weights() const { return m_w; }
  double intercept() const { return m_problem->intercept(m_w); }
  // q = Φ_cᵀr; 2q is the gradient of −‖r‖², used by KKT checks.
  Eigen::VectorXd correlations() const;
  Eigen::Index nextCoordinate() const { return m_next; }
  long long sweeps() const { return m_sweeps; }  // completed sweeps
  const LassoProblem& problem() const { return *m_problem; }

 private:
  double gapFor(const Eigen::VectorXd& q) const;

  std::shared_ptr<const LassoProblem> m_problem;
  double m_lambda;
  Eigen::VectorXd m_w;
  Eigen::VectorXd m_q;  // covariance mode: Φ_cᵀr
  Eigen::VectorXd m_r;  // naive mode: r = y_c − Φ_c w
  Eigen::Index m_next = 0;
  long long m_sweeps = 0;
  double m_minEigen = 0.0;  // λ = 0 only
};

}  // namespace supex
