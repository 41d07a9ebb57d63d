#include "core/models/qda/qda_model.h"

#include "core/models/classifier/class_scores.h"
#include "core/models/classifier/json_matrix.h"

namespace supex {

QdaModel::QdaModel(Eigen::VectorXd priors, Eigen::MatrixXd means, std::vector<Eigen::MatrixXd> covariances,
                   const std::vector<Eigen::LLT<Eigen::MatrixXd>>& factors)
    : m_priors(std::move(priors)), m_means(std::move(means)), m_covariances(std::move(covariances)) {
  m_logDet.resize(m_priors.size());
  for (std::size_t k = 0; k < factors.size(); ++k) {
    m_lower.push_back(factors[k].matrixL());
    m_logDet(static_cast<Eigen::Index>(k)) = 2.0 * m_lower.back().diagonal().array().log().sum();
  }
  m_hasProbabilities = true;
}

Eigen::MatrixXd QdaModel::discriminants(Eigen::Ref<const Eigen::MatrixXd> X) const {
  Eigen::MatrixXd delta(X.rows(), m_priors.size());
  for (Eigen::Index k = 0; k < m_priors.size(); ++k) {
    const Eigen::MatrixXd centredT = (X.rowwise() - m_means.row(k)).transpose();  // d x n
    const Eigen::MatrixXd v = m_lower[static_cast<std::size_t>(k)].triangularView<Eigen::Lower>().solve(centredT);
    delta.col(k) = (std::log(m_priors(k)) - 0.5 * m_logDet(k)) - 0.5 * v.colwise().squaredNorm().transpose().array();
  }
  return delta;
}

void QdaModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  scoresToPrediction(discriminants(X), out);
}

void QdaModel::completeParams(nlohmann::json& params) const { params["priors"] = vectorJson(m_priors); }

void QdaModel::writeJson(nlohmann::json& out) const {
  out["priors"] = vectorJson(m_priors);
  out["means"] = matrixRowsJson(m_means);
  nlohmann::json covs = nlohmann::json::array();
  for (const auto& c : m_covariances) covs.push_back(matrixRowsJson(c));
  out["covariances"] = covs;
}

}  // namespace supex
