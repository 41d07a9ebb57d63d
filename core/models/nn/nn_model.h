#pragma once
// A trained binary network, immutable once built: p(x) = A^[L] for the input
// column A^[0] = x, P(positive class | x) = p, P(first class | x) = 1 − p.
// Weights are in the units of the raw features: with standardize=true the
// standardisation z = (x − μ)/s is folded into the first layer,
//   W^[1]' = W^[1]·diag(1/s),   b^[1]' = b^[1] − W^[1]'·μ,
// which gives the same Z^[1] (so the same activations) for raw inputs.
#include <vector>

#include "core/models/fitted_model.h"
#include "core/models/nn/network.h"

namespace supex {

// Everything the network computes for one point, for "explain this point".
struct NnExplanation {
  std::vector<Eigen::VectorXd> z;  // z[l−1] = z^[l], the n_l pre-activations of layer l = 1..L
  std::vector<Eigen::VectorXd> a;  // a[0] = x, a[l] = g(z^[l]); a[L](0) = p, P(positive class)
};

class NnModel : public FittedModel {
 public:
  // `lossCurve` holds J after each epoch run (mean cross-entropy + penalty on
  // the training set).
  NnModel(Network network, std::vector<double> lossCurve);

  // value: class index (1 when p > 1 − p, else 0); proba: columns [1 − p, p].
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // `layers` [n_0, ..., 1], `loss_curve`, `activation`, and the weights:
  // `weights` (one n_l × n_{l−1} array of rows per layer) and `biases`.
  void writeJson(nlohmann::json& out) const override;

  // z^[l] and a^[l] of every layer for the raw input point x (length n_0).
  NnExplanation explain(Eigen::Ref<const Eigen::VectorXd> x) const;

  const Network& network() const { return m_network; }
  std::vector<int> layers() const { return m_network.layerSizes(); }
  const std::vector<double>& lossCurve() const { return m_lossCurve; }
  int epochsRun() const { return static_cast<int>(m_lossCurve.size()); }

 private:
  Network m_network;
  std::vector<double> m_lossCurve;
};

}  // namespace supex
