#pragma once
// Newton's method with a backtracking (Armijo) line search for the
// multinomial logistic objective of logistic_objective.h.
//
// Over-parameterisation. Adding the same vector to every (w_k, b_k) leaves
// all probabilities unchanged, so the loss Hessian H is singular along the
// "class-sum" directions J = (11ᵀ/K) ⊗ I. With λ > 0 the penalty makes W
// identifiable (the optimum has Σ_k w_k = 0) but never the intercepts; with
// λ = 0 neither. The solver keeps every iterate in the sum-zero subspace
// (Σ_k w_k = 0, Σ_k b_k = 0), where a minimiser exists whenever one exists at
// all, and solves (H + cJ + τI)Δ = −g by LDLT: H commutes with J and the
// gradient lies in the sum-zero subspace, so the cJ term (c = mean diagonal
// of H) only fills in the null directions and leaves the Newton step on the
// subspace exact; the tiny ridge τ = 1e-12·c guards rank-deficient designs
// (collinear features with λ = 0).
//
// Stopping: the gradient's max-norm ≤ tol·n (the contract's rule), or
// max_iter steps. With λ = 0 an iterate that classifies every training row
// strictly correctly proves the classes separable (Albert & Anderson 1984):
// the infimum 0 of the loss is then approached only as ‖W‖ → ∞, and the
// shrinking gradient says nothing about convergence. From then on the
// gradient test is ignored and the solver runs to max_iter, ending earlier
// only when floating point cannot lower the objective any more (the loss has
// rounded to 0 — each Newton step adds roughly a constant to the margins, so
// this takes a few dozen steps and the weights stay finite).
//
// References: Nocedal & Wright, Numerical Optimization, 2nd ed. (2006),
// §3.1 (backtracking) and §3.4 (Newton with Hessian modification);
// Albert & Anderson, "On the existence of maximum likelihood estimates in
// logistic regression models", Biometrika 71(1), 1984.
#include <stop_token>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/models/logistic/logistic_objective.h"

namespace supex {

struct LogisticNewtonOptions {
  double lambda = 1.0;
  double tol = 1e-10;
  int maxIter = 1000;
};

struct LogisticNewtonResult {
  LogisticCoefficients coefficients;  // Σ_k b_k = 0 (and Σ_k w_k = 0)
  int iterations = 0;                 // Newton steps taken
  bool converged = false;             // gradient max-norm ≤ tol·n
  bool separable = false;             // λ = 0 and an iterate separated the classes
  bool stalled = false;               // no step lowered the objective any more
  double gradientMaxNorm = 0;
  double objective = 0;
};

// X: n x p design, labels: class indices 0..K-1, start: K x p weights and K
// intercepts (projected onto the sum-zero subspace first; zeros for a cold start).
Result<LogisticNewtonResult> solveLogisticNewton(Eigen::Ref<const Eigen::MatrixXd> X,
                                                 Eigen::Ref<const Eigen::VectorXd> labels,
                                                 const LogisticNewtonOptions& options,
                                                 const LogisticCoefficients& start, std::stop_token stop);

}  // namespace supex
