#pragma once
// Driving LassoStepper to convergence, at one λ or along a path of λ with
// warm starts (Friedman, Hastie & Tibshirani 2010, §2.5: each solution is an
// excellent start for the next, slightly smaller λ).
//
// Stopping rule (the contract's): gap ≤ tol·‖y − ȳ‖², checked after every
// sweep with the gap of lasso_stepper.h; when it passes, q (or r) is
// recomputed from scratch and the gap checked again, so rounding drift of the
// incremental updates can never stop the descent early. Otherwise stop after
// maxIter sweeps with converged = false.
#include <memory>
#include <stop_token>
#include <vector>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/models/lasso/lasso_problem.h"

namespace supex {

struct LassoSolution {
  double lambda = 0.0;
  Eigen::VectorXd weights;  // in the units of the problem's columns
  double intercept = 0.0;
  double gap = 0.0;         // final duality gap (absolute, objective units)
  long long sweeps = 0;     // full sweeps done
  bool converged = false;   // gap ≤ tol·‖y − ȳ‖² reached
};

// Fails only when cancelled (checked before every sweep).
Result<LassoSolution> solveLasso(const std::shared_ptr<const LassoProblem>& problem, double lambda,
                                 Eigen::VectorXd warmStart, double tol, long long maxIter,
                                 std::stop_token stop = {});

// One solution per λ, in the given order, each warm-started from the previous
// one (the first from w = 0).
Result<std::vector<LassoSolution>> solveLassoPath(const std::shared_ptr<const LassoProblem>& problem,
                                                  const std::vector<double>& lambdas, double tol,
                                                  long long maxIter, std::stop_token stop = {});

// The contract's grid: `count` λ, log-spaced and descending from λ_max to
// λ_max·1e-3, both ends included.
std::vector<double> lassoPathLambdas(double lambdaMax, int count);

}  // namespace supex
