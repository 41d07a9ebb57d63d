#include "core/models/ridge/ridge.h"

#include <cmath>

#include "core/models/param_text.h"
#include "core/models/ridge/ridge_solver.h"

namespace supex {

const ParamTable<RidgeParams>& ridgeParamTable() {
  static const ParamTable<RidgeParams> table = [] {
    ParamTable<RidgeParams> t;
    t.add(realField<RidgeParams>({.key = "lambda", .label = "Penalty λ",
                                  .help = "Weight of the penalty λ‖w‖₂² in ‖y − b − Φw‖² + λ‖w‖₂² "
                                          "(intercept b not penalised); 0 is least squares",
                                  .min = 0, .sliderMin = 1e-4, .sliderMax = 1e4, .logScale = true},
                                 &RidgeParams::lambda));
    addBasisFields(t, &RidgeParams::basis);
    t.add(flagField<RidgeParams>({.key = "standardize", .label = "Standardise features",
                                  .help = "Fit on (φ − mean)/sd of each design column, so the penalty treats "
                                          "columns alike; coefficients are reported in original units"},
                                 &RidgeParams::standardize));
    return t;
  }();
  return table;
}

namespace {

Result<std::vector<LinearCoefficients>> solveAll(const LinearDesign& design, Eigen::Ref<const Eigen::VectorXd> y,
                                                 const std::vector<double>& lambdas) {
  const RidgeSolver solver = RidgeSolver::make(design.phi, y);
  std::vector<LinearCoefficients> out;
  out.reserve(lambdas.size());
  for (double lambda : lambdas) {
    if (!(lambda >= 0) || !std::isfinite(lambda))
      return usageError("The 'lambda' parameter of ridge must be >= 0. Got " + formatReal(lambda) + ".");
    auto c = solver.solve(lambda);
    if (!c) return c.error();
    design.toOriginalUnits(c.value().intercept, c.value().weights);
    out.push_back(std::move(c).value());
  }
  return out;
}

}  // namespace

Result<std::shared_ptr<LinearModel>> fitRidge(const Dataset& data, const RidgeParams& params, std::stop_token stop) {
  auto design = LinearDesign::make(data, params.basis, params.standardize);
  if (!design) return design.error();
  if (stop.stop_requested()) return cancelledError();
  auto coefficients = solveAll(*design, data.y, {params.lambda});
  if (!coefficients) return coefficients.error();
  LinearCoefficients& c = coefficients.value().front();
  return std::make_shared<LinearModel>(design->basis, c.intercept, std::move(c.weights));
}

Result<CoefficientPath> ridgePath(const LinearDesign& design, Eigen::Ref<const Eigen::VectorXd> y,
                                  const std::vector<double>& lambdas) {
  auto all = solveAll(design, y, lambdas);
  if (!all) return all.error();
  CoefficientPath path;
  path.lambdas = lambdas;
  path.coefficients.resize(static_cast<Eigen::Index>(lambdas.size()), design.phi.cols() + 1);
  for (std::size_t k = 0; k < all->size(); ++k) {
    const auto row = static_cast<Eigen::Index>(k);
    path.coefficients(row, 0) = (*all)[k].intercept;
    path.coefficients.row(row).tail(design.phi.cols()) = (*all)[k].weights.transpose();
  }
  return path;
}

Result<CoefficientPath> ridgePath(const Dataset& data, const RidgeParams& params,
                                  const std::vector<double>& lambdas) {
  auto design = LinearDesign::make(data, params.basis, params.standardize);
  if (!design) return design.error();
  return ridgePath(*design, data.y, lambdas);
}

ModelInfo ridgeModelInfo() {
  return makeModelInfo(
      "ridge", "Ridge regression", "minimise ‖y − b − Φw‖² + λ‖w‖₂² (intercept b not penalised)",
      {Task::Regression}, ridgeParamTable(), [](const RidgeParams&) { return Task::Regression; },
      [](const Dataset& data, const RidgeParams& p, std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto m = fitRidge(data, p, stop);
        if (!m) return m.error();
        return std::shared_ptr<FittedModel>(std::move(m).value());
      });
}

}  // namespace supex
