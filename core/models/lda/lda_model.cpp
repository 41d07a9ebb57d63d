#include "core/models/lda/lda_model.h"

#include "core/models/classifier/class_scores.h"
#include "core/models/classifier/json_matrix.h"

namespace supex {

LdaModel::LdaModel(Eigen::VectorXd priors, Eigen::MatrixXd means, Eigen::MatrixXd covariance,
                   const Eigen::LLT<Eigen::MatrixXd>& factor)
    : m_priors(std::move(priors)), m_means(std::move(means)), m_covariance(std::move(covariance)) {
  m_coef = factor.solve(m_means.transpose());  // Σ⁻¹μ_k by two triangular solves, no inverse
  const Eigen::VectorXd quadratic = (m_means.array() * m_coef.transpose().array()).rowwise().sum();  // μ_kᵀΣ⁻¹μ_k
  m_offset = m_priors.array().log().matrix() - 0.5 * quadratic;
  m_hasProbabilities = true;
}

Eigen::MatrixXd LdaModel::discriminants(Eigen::Ref<const Eigen::MatrixXd> X) const {
  Eigen::MatrixXd delta = X * m_coef;
  delta.rowwise() += m_offset.transpose();
  return delta;
}

void LdaModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  scoresToPrediction(discriminants(X), out);
}

void LdaModel::completeParams(nlohmann::json& params) const { params["priors"] = vectorJson(m_priors); }

void LdaModel::writeJson(nlohmann::json& out) const {
  out["priors"] = vectorJson(m_priors);
  out["means"] = matrixRowsJson(m_means);
  out["covariance"] = matrixRowsJson(m_covariance);
}

}  // namespace supex
