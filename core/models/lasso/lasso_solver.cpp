#include "core/models/lasso/lasso_solver.h"

#include "core/models/lasso/lasso_stepper.h"
#include "core/models/linear/coefficient_path.h"

namespace supex {

Result<LassoSolution> solveLasso(const std::shared_ptr<const LassoProblem>& problem, double lambda,
                                 Eigen::VectorXd warmStart, double tol, long long maxIter, std::stop_token stop) {
  LassoStepper stepper(problem, lambda, std::move(warmStart));
  const double target = tol * problem->yy;
  double gap = stepper.gap();
  bool converged = gap <= target;  // a warm start may already be the answer
  while (!converged && stepper.sweeps() < maxIter) {
    if (stop.stop_requested()) return cancelledError();
    stepper.sweep();
    gap = stepper.gap();
    if (gap <= target) {
      stepper.refresh();
      gap = stepper.gap();
      converged = gap <= target;
    }
  }
  LassoSolution s;
  s.lambda = lambda;
  s.weights = stepper.weights();
  s.intercept = stepper.intercept();
  s.gap = gap;
  s.sweeps = stepper.sweeps();
  s.converged = converged;
  return s;
}

Result<std::vector<LassoSolution>> solveLassoPath(const std::shared_ptr<const LassoProblem>& problem,
                                                  const std::vector<double>& lambdas, double tol,
                                                  long long maxIter, std::stop_token stop) {
  std::vector<LassoSolution> out;
  out.reserve(lambdas.size());
  Eigen::VectorXd warm = Eigen::VectorXd::Zero(problem->cols());
  for (double lambda : lambdas) {
    auto s = solveLasso(problem, lambda, warm, tol, maxIter, stop);
    if (!s) return s.error();
    warm = s->weights;
    out.push_back(std::move(s).value());
  }
  return out;
}

std::vector<double> lassoPathLambdas(double lambdaMax, int count) {
  return logSpaced(lambdaMax, lambdaMax * 1e-3, count);
}

}  // namespace supex
