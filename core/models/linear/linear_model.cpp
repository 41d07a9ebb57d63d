#include "core/models/linear/linear_model.h"

namespace supex {

LinearModel::LinearModel(Basis basis, double intercept, Eigen::VectorXd weights)
    : m_basis(std::move(basis)), m_intercept(intercept), m_weights(std::move(weights)) {
  features = m_basis.names();
}

void LinearModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  out.value = (m_basis.expand(X) * m_weights).array() + m_intercept;
  out.proba.resize(0, 0);
}

void LinearModel::writeJson(nlohmann::json& out) const {
  std::vector<double> c{m_intercept};
  c.insert(c.end(), m_weights.data(), m_weights.data() + m_weights.size());
  out["coefficients"] = c;
}

}  // namespace supex
