#include "core/models/lasso/lasso.h"

#include <cstdio>
#include <string>

#include "core/models/lasso/lasso_problem.h"
#include "core/models/lasso/lasso_solver.h"
#include "core/models/linear/linear_design.h"

namespace supex {

const ParamTable<LassoParams>& lassoParamTable() {
  static const ParamTable<LassoParams> table = [] {
    ParamTable<LassoParams> t;
    t.add(realField<LassoParams>({.key = "lambda", .label = "Penalty λ",
                                  .help = "Weight of the penalty λ‖w‖₁ in ‖y − b − Φw‖² + λ‖w‖₁ (no 1/(2n): "
                                          "scikit-learn's alpha = λ/(2n)); λ ≥ λ_max = max|2Φ_cᵀ(y − ȳ)| gives w = 0",
                                  .min = 0, .sliderMin = 1e-3, .sliderMax = 1e5, .logScale = true},
                                 &LassoParams::lambda));
    t.add(realField<LassoParams>({.key = "tol", .label = "Tolerance",
                                  .help = "Stop when the duality gap ≤ tol·‖y − ȳ‖²",
                                  .min = 0, .minOpen = true, .sliderMin = 1e-14, .sliderMax = 1e-2,
                                  .logScale = true},
                                 &LassoParams::tol));
    t.add(intField<LassoParams>({.key = "max_iter", .label = "Maximum sweeps",
                                 .help = "Stop after this many sweeps over all coordinates, converged or not",
                                 .min = 1, .sliderMin = 1, .sliderMax = 1e6, .logScale = true},
                                &LassoParams::maxIter));
    t.add(intField<LassoParams>({.key = "path", .label = "Path points",
                                 .help = "Also fit N log-spaced λ from λ_max down to λ_max·1e-3 with warm "
                                         "starts (0 = no path; at most 100000)",
                                 .min = 0, .max = 100000, .sliderMin = 0, .sliderMax = 200},
                                &LassoParams::path));
    addBasisFields(t, &LassoParams::basis);
    t.add(flagField<LassoParams>({.key = "standardize", .label = "Standardise features",
                                  .help = "Fit on (φ − mean)/sd of each design column, so the penalty treats "
                                          "columns alike; coefficients are reported in original units"},
                                 &LassoParams::standardize));
    return t;
  }();
  return table;
}

namespace {

std::string sci(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

}  // namespace

Result<std::shared_ptr<LassoModel>> fitLasso(const Dataset& data, const LassoParams& params, std::stop_token stop) {
  auto design = LinearDesign::make(data, params.basis, params.standardize);
  if (!design) return design.error();
  if (stop.stop_requested()) return cancelledError();
  const auto problem = LassoProblem::make(design->phi, data.y);
  const Eigen::Index p = problem->cols();
  if (params.lambda == 0.0 && p > 0 && problem->smallestEigenvalue() == 0.0)
    return numericalError("Lasso with lambda = 0 is ordinary least squares, and the centred design is "
                          "(numerically) rank deficient: a constant column, a column that is a combination of "
                          "others, or fewer than p + 1 rows. Use lambda > 0.");

  auto fit = solveLasso(problem, params.lambda, Eigen::VectorXd::Zero(p), params.tol, params.maxIter, stop);
  if (!fit) return fit.error();

  std::vector<Diagnostic> diagnostics;
  if (!fit->converged)
    diagnostics.push_back(
        {"not_converged", "Coordinate descent stopped at max_iter = " + std::to_string(params.maxIter) +
                              " sweeps with the duality gap at " + sci(fit->gap / problem->yy) +
                              "·‖y − ȳ‖², above tol = " + sci(params.tol) +
                              ": the coefficients are not yet the minimiser."});

  std::optional<CoefficientPath> path;
  if (params.path > 0) {
    const std::vector<double> lambdas = lassoPathLambdas(problem->lambdaMax(), params.path);
    auto solutions = solveLassoPath(problem, lambdas, params.tol, params.maxIter, stop);
    if (!solutions) return solutions.error();
    path.emplace();
    path->lambdas = lambdas;
    path->coefficients.resize(static_cast<Eigen::Index>(lambdas.size()), p + 1);
    int unconverged = 0;
    double firstUnconverged = 0.0;
    for (std::size_t k = 0; k < solutions.value().size(); ++k) {
      LassoSolution& s = solutions.value()[k];
      design->toOriginalUnits(s.intercept, s.weights);
      const auto row = static_cast<Eigen::Index>(k);
      path->coefficients(row, 0) = s.intercept;
      path->coefficients.row(row).tail(p) = s.weights.transpose();
      if (!s.converged && unconverged++ == 0) firstUnconverged = s.lambda;
    }
    if (unconverged > 0)
      diagnostics.push_back({"not_converged", std::to_string(unconverged) + " of " + std::to_string(params.path) +
                                                  " path fits stopped at max_iter = " +
                                                  std::to_string(params.maxIter) +
                                                  " sweeps above tol (the first at λ = " + sci(firstUnconverged) +
                                                  ")."});
  }

  LassoFitInfo info;
  info.lambdaMax = problem->lambdaMax();
  info.gap = fit->gap;
  info.relativeGap = problem->yy > 0 ? fit->gap / problem->yy : 0.0;
  info.iterations = fit->sweeps;
  info.converged = fit->converged;
  double intercept = fit->intercept;
  Eigen::VectorXd weights = std::move(fit.value().weights);
  design->toOriginalUnits(intercept, weights);
  auto model = std::make_shared<LassoModel>(design->basis, intercept, std::move(weights), info, std::move(path));
  model->diagnostics = std::move(diagnostics);
  return model;
}

ModelInfo lassoModelInfo() {
  return makeModelInfo(
      "lasso", "Lasso regression",
      "minimise ‖y − b − Φw‖² + λ‖w‖₁ by cyclic coordinate descent (intercept b not penalised)",
      {Task::Regression}, lassoParamTable(), [](const LassoParams&) { return Task::Regression; },
      [](const Dataset& data, const LassoParams& p, std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto m = fitLasso(data, p, stop);
        if (!m) return m.error();
        return std::shared_ptr<FittedModel>(std::move(m).value());
      });
}

}  // namespace supex
