#include "core/models/logistic/logistic_model.h"

#include "core/models/classifier/class_scores.h"
#include "core/models/classifier/json_matrix.h"

namespace supex {

LogisticModel::LogisticModel(Basis basis, LogisticCoefficients coefficients)
    : m_basis(std::move(basis)), m_coefficients(std::move(coefficients)) {
  // Adding a constant to every intercept changes no probability; the
  // contract fixes the representative with Σ_k b_k = 0.
  m_coefficients.intercepts.array() -= m_coefficients.intercepts.mean();
  features = m_basis.names();
  m_hasProbabilities = true;
}

Eigen::MatrixXd LogisticModel::logits(Eigen::Ref<const Eigen::MatrixXd> X) const {
  return logisticLogits(m_basis.expand(X), m_coefficients);
}

void LogisticModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  scoresToPrediction(logits(X), out);
}

void LogisticModel::writeJson(nlohmann::json& out) const {
  const auto& c = m_coefficients;
  out["intercepts"] = vectorJson(c.intercepts);
  out["weights"] = matrixRowsJson(c.weights);
}

LogisticCoefficients logisticToOriginalUnits(const LinearDesign& design, LogisticCoefficients working) {
  for (Eigen::Index k = 0; k < working.weights.rows(); ++k) {
    Eigen::VectorXd w = working.weights.row(k).transpose();
    design.toOriginalUnits(working.intercepts(k), w);
    working.weights.row(k) = w.transpose();
  }
  return working;
}

LogisticCoefficients logisticToWorkingUnits(const LinearDesign& design, LogisticCoefficients original) {
  if (!design.standardized) return original;
  original.intercepts += original.weights * design.scaler.mean.transpose();
  original.weights = (original.weights.array().rowwise() * design.scaler.scale.array()).matrix();
  return original;
}

}  // namespace supex
