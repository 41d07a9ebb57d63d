#pragma once
// The three update rules for θ given a (mini-batch) gradient g = ∂J/∂θ,
// applied to every weight matrix and bias vector element-wise:
//   sgd       θ ← θ − η·g
//   momentum  v ← μ·v − η·g;  θ ← θ + v            (μ = 0.9, v₀ = 0; Polyak 1964)
//   adam      m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  t ← t + 1
//             θ ← θ − η·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ),  v̂ = v/(1−β₂ᵗ)
//             (β₁ = 0.9, β₂ = 0.999, ε = 1e-8; Kingma & Ba, "Adam: A Method for
//             Stochastic Optimization", ICLR 2015, Algorithm 1)
// η is the `lr` parameter; t counts updates (mini-batches), not epochs.
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/models/nn/network.h"

namespace supex {

enum class OptimizerKind { Sgd, Momentum, Adam };

const char* optimizerName(OptimizerKind kind);
bool optimizerFromName(const std::string& name, OptimizerKind& out);

class NnOptimizer {
 public:
  static constexpr double kMomentum = 0.9;
  static constexpr double kBeta1 = 0.9;
  static constexpr double kBeta2 = 0.999;
  static constexpr double kEpsilon = 1e-8;

  NnOptimizer() = default;
  // State (v, or m and v) starts at zero, shaped like `net`.
  NnOptimizer(OptimizerKind kind, double lr, const Network& net);

  // One update of `net` with gradient `grad`.
  void step(Network& net, const NetworkGradient& grad);

  // A new η for the following updates; the moments are kept (they do not depend on η for adam,
  // and momentum's velocity carries the earlier steps on as the rule says).
  void setLearningRate(double lr) { m_lr = lr; }
  double learningRate() const { return m_lr; }
  OptimizerKind kind() const { return m_kind; }
  long long updates() const { return m_t; }

 private:
  OptimizerKind m_kind = OptimizerKind::Adam;
  double m_lr = 0.1;
  long long m_t = 0;           // updates so far
  double m_beta1Power = 1.0;   // β₁ᵗ, kept as a running product
  double m_beta2Power = 1.0;   // β₂ᵗ
  // Per parameter tensor, index l−1 like Network: first moment / velocity,
  // and Adam's second moment.
  std::vector<Eigen::MatrixXd> m_firstW, m_secondW;
  std::vector<Eigen::VectorXd> m_firstB, m_secondB;
};

}  // namespace supex
