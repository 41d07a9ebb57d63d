#include "core/models/nn/nn_model.h"

namespace supex {

NnModel::NnModel(Network network, std::vector<double> lossCurve)
    : m_network(std::move(network)), m_lossCurve(std::move(lossCurve)) {
  m_hasProbabilities = true;
}

void NnModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  const Eigen::Index n = X.rows();
  out.value.resize(n);
  out.proba.resize(n, 2);
  if (n == 0) return;
  NnWorkspace ws;
  forward(m_network, X.transpose(), ws);  // examples are columns of A^[0]
  const auto z = ws.Z(m_network.depth());
  // Both probabilities from z, so 1 − p keeps its precision when p ≈ 1.
  out.proba.col(0) = (1.0 + z.transpose().array().exp()).inverse();     // σ(−z)
  out.proba.col(1) = (1.0 + (-z.transpose().array()).exp()).inverse();  // σ(z)
  for (Eigen::Index i = 0; i < n; ++i) out.value(i) = out.proba(i, 1) > out.proba(i, 0) ? 1.0 : 0.0;
}

NnExplanation NnModel::explain(Eigen::Ref<const Eigen::VectorXd> x) const {
  NnWorkspace ws;
  forward(m_network, x, ws);
  NnExplanation e;
  e.a.push_back(x);
  for (int l = 1; l <= m_network.depth(); ++l) {
    e.z.push_back(ws.Z(l).col(0));
    e.a.push_back(ws.A(l).col(0));
  }
  return e;
}

void NnModel::writeJson(nlohmann::json& out) const {
  out["layers"] = layers();
  out["loss_curve"] = m_lossCurve;
  out["activation"] = activationName(m_network.activation);
  nlohmann::json weights = nlohmann::json::array();
  nlohmann::json biases = nlohmann::json::array();
  for (int l = 1; l <= m_network.depth(); ++l) {
    const Eigen::MatrixXd& W = m_network.W(l);
    nlohmann::json rows = nlohmann::json::array();
    for (Eigen::Index i = 0; i < W.rows(); ++i) {
      std::vector<double> row(static_cast<std::size_t>(W.cols()));
      for (Eigen::Index j = 0; j < W.cols(); ++j) row[static_cast<std::size_t>(j)] = W(i, j);
      rows.push_back(row);
    }
    weights.push_back(rows);
    const Eigen::VectorXd& b = m_network.b(l);
    biases.push_back(std::vector<double>(b.data(), b.data() + b.size()));
  }
  out["weights"] = weights;
  out["biases"] = biases;
}

}  // namespace supex
