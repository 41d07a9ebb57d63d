#include "core/models/linear/regularisation_path.h"

#include <algorithm>
#include <cmath>

#include "core/models/lasso/lasso.h"
#include "core/models/lasso/lasso_problem.h"
#include "core/models/lasso/lasso_solver.h"
#include "core/models/linear/linear_design.h"
#include "core/models/ridge/ridge.h"
#include "core/models/ridge/ridge_solver.h"

namespace supex {
namespace {

std::vector<double> grid(double high, double low, const PathOptions& options) {
  if (options.include > 0 && std::isfinite(options.include)) {
    high = std::max(high, options.include * 2.0);
    low = std::min(low, options.include / 2.0);
  }
  return logSpaced(high, low, std::max(options.count, 2));
}

void describe(const LinearDesign& design, RegularisationPath& out) {
  out.names = design.basis.names();
  out.scale = design.standardized ? Eigen::VectorXd(design.scaler.scale.transpose())
                                  : Eigen::VectorXd::Ones(design.phi.cols());
}

Result<RegularisationPath> ridge(const Dataset& data, const ParamValues& values, const PathOptions& options) {
  auto params = ridgeParamTable().parse(values, "ridge");
  if (!params) return params.error();
  auto design = LinearDesign::make(data, params->basis, params->standardize);
  if (!design) return design.error();
  RegularisationPath out;
  out.model = "ridge";
  describe(*design, out);
  const RidgeSolver solver = RidgeSolver::make(design->phi, data.y);
  const double s1 = solver.singularValues().size() > 0 ? solver.singularValues()(0) : 0.0;
  out.lambdaMax = s1 * s1;
  // A constant target or no columns: any positive range shows the flat path.
  const double centre = out.lambdaMax > 0 ? out.lambdaMax : 1.0;
  auto path = ridgePath(*design, data.y, grid(centre * 1e3, centre * 1e-7, options));
  if (!path) return path.error();
  out.path = std::move(path).value();
  return out;
}

Result<RegularisationPath> lasso(const Dataset& data, const ParamValues& values, const PathOptions& options,
                                 std::stop_token stop) {
  auto params = lassoParamTable().parse(values, "lasso");
  if (!params) return params.error();
  auto design = LinearDesign::make(data, params->basis, params->standardize);
  if (!design) return design.error();
  if (stop.stop_requested()) return cancelledError();
  RegularisationPath out;
  out.model = "lasso";
  describe(*design, out);
  const auto problem = LassoProblem::make(design->phi, data.y);
  out.lambdaMax = problem->lambdaMax();
  const double centre = out.lambdaMax > 0 ? out.lambdaMax : 1.0;
  const std::vector<double> lambdas = grid(centre * 10.0, centre * 1e-4, options);
  auto solutions = solveLassoPath(problem, lambdas, std::max(params->tol, options.minTol),
                                  std::min(params->maxIter, options.maxSweeps), stop);
  if (!solutions) return solutions.error();
  const Eigen::Index p = problem->cols();
  out.path.lambdas = lambdas;
  out.path.coefficients.resize(static_cast<Eigen::Index>(lambdas.size()), p + 1);
  for (std::size_t k = 0; k < solutions->size(); ++k) {
    LassoSolution& s = solutions.value()[k];
    if (!s.converged) ++out.unconverged;
    design->toOriginalUnits(s.intercept, s.weights);
    const auto row = static_cast<Eigen::Index>(k);
    out.path.coefficients(row, 0) = s.intercept;
    out.path.coefficients.row(row).tail(p) = s.weights.transpose();
  }
  return out;
}

}  // namespace

Result<RegularisationPath> regularisationPath(const Dataset& data, const std::string& model,
                                              const ParamValues& values, const PathOptions& options,
                                              std::stop_token stop) {
  if (data.task != Task::Regression || data.rows() == 0)
    return usageError("A regularisation path needs regression data with at least one row.");
  if (model == "ridge") return ridge(data, values, options);
  if (model == "lasso") return lasso(data, values, options, stop);
  return usageError("Only ridge and lasso have a regularisation path (not " + model + ").");
}

}  // namespace supex
