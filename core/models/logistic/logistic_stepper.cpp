#include "core/models/logistic/logistic_stepper.h"

#include "core/models/classifier/class_scores.h"

namespace supex {

Result<LogisticStepper> LogisticStepper::create(const Dataset& data, const LogisticParams& params,
                                                const LogisticCoefficients* start) {
  if (Status s = checkClassCounts(data, "logistic", 1, "(a class without rows drives its intercept to −∞)"); !s)
    return s.error();
  auto design = logisticDesign(data, params);
  if (!design) return design.error();
  const Eigen::Index K = data.numClasses(), p = design->phi.cols();
  LogisticCoefficients theta{Eigen::MatrixXd::Zero(K, p), Eigen::VectorXd::Zero(K)};
  if (start) {
    if (start->weights.rows() != K || start->weights.cols() != p || start->intercepts.size() != K)
      return usageError("The warm start for logistic has the wrong shape: it needs " + std::to_string(K) +
                        " weight vectors of " + std::to_string(p) + " and " + std::to_string(K) + " intercepts.");
    theta = logisticToWorkingUnits(*design, *start);
  }
  return LogisticStepper(data, params, std::move(design).value(), std::move(theta));
}

LogisticStepper::LogisticStepper(const Dataset& data, const LogisticParams& params, LinearDesign design,
                                 LogisticCoefficients start)
    : m_design(std::move(design)),
      m_labels(data.y),
      m_params(params),
      m_inputNames(data.featureNames),
      m_classes(data.classes),
      m_theta(std::move(start)) {
  m_eval = logisticObjective(m_design.phi, m_labels, m_params.lambda, m_theta);
}

double LogisticStepper::step(double learningRate) {
  const double scale = learningRate / static_cast<double>(m_design.phi.rows());
  m_theta.weights -= scale * m_eval.gradient.weights;
  m_theta.intercepts -= scale * m_eval.gradient.intercepts;
  m_eval = logisticObjective(m_design.phi, m_labels, m_params.lambda, m_theta);
  ++m_steps;
  return m_eval.logLikelihood;
}

void LogisticStepper::setLambda(double lambda) {
  m_params.lambda = lambda;
  m_eval = logisticObjective(m_design.phi, m_labels, m_params.lambda, m_theta);
}

double LogisticStepper::gradientMaxNorm() const {
  const double w = m_eval.gradient.weights.size() ? m_eval.gradient.weights.cwiseAbs().maxCoeff() : 0.0;
  return std::max(w, m_eval.gradient.intercepts.cwiseAbs().maxCoeff());
}

LogisticCoefficients LogisticStepper::coefficients() const {
  LogisticCoefficients c = logisticToOriginalUnits(m_design, m_theta);
  c.intercepts.array() -= c.intercepts.mean();
  return c;
}

std::shared_ptr<LogisticModel> LogisticStepper::model() const {
  auto m = std::make_shared<LogisticModel>(m_design.basis, logisticToOriginalUnits(m_design, m_theta));
  describeFit(*m, "logistic", Task::Classification, m_inputNames, m_classes, logisticParamTable().toJson(m_params));
  return m;
}

}  // namespace supex
