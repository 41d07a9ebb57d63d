#include "core/models/lasso/lasso_stepwise.h"

namespace supex {

Result<LassoStepwise> LassoStepwise::create(const Dataset& data, const LassoParams& requested) {
  auto parsed = lassoParamTable().parse(lassoParamTable().toValues(requested), "lasso");
  if (!parsed) return parsed.error();
  if (data.task != Task::Regression) return usageError("The lasso needs a numeric target, not classes.");
  if (data.rows() == 0) return dataError("The training data has no rows.");
  auto design = LinearDesign::make(data, parsed->basis, parsed->standardize);
  if (!design) return design.error();
  auto problem = LassoProblem::make(design->phi, data.y);
  return LassoStepwise(std::move(design).value(), *parsed, data.featureNames, std::move(problem));
}

LassoStepwise::LassoStepwise(LinearDesign design, LassoParams params, std::vector<std::string> inputNames,
                             std::shared_ptr<const LassoProblem> problem)
    : m_design(std::move(design)),
      m_params(std::move(params)),
      m_inputNames(std::move(inputNames)),
      m_problem(std::move(problem)),
      m_stepper(m_problem, m_params.lambda) {}

void LassoStepwise::setLambda(double lambda) {
  m_params.lambda = lambda;
  m_stepper = LassoStepper(m_problem, lambda, m_stepper.weights());
}

bool LassoStepwise::converged() const {
  return m_stepper.gap() <= m_params.tol * m_stepper.problem().yy;
}

std::shared_ptr<LassoModel> LassoStepwise::snapshot() const {
  const LassoProblem& problem = m_stepper.problem();
  LassoFitInfo info;
  info.lambdaMax = problem.lambdaMax();
  info.gap = m_stepper.gap();
  info.relativeGap = problem.yy > 0 ? info.gap / problem.yy : 0.0;
  info.iterations = m_stepper.sweeps();
  info.converged = converged();
  double intercept = m_stepper.intercept();
  Eigen::VectorXd weights = m_stepper.weights();
  m_design.toOriginalUnits(intercept, weights);
  auto model = std::make_shared<LassoModel>(m_design.basis, intercept, std::move(weights), info, std::nullopt);
  describeFit(*model, "lasso", Task::Regression, m_inputNames, {}, lassoParamTable().toJson(m_params));
  return model;
}

}  // namespace supex
