#pragma once
// The network's weights and the two passes of back-propagation, written as
// pure functions of (weights, data) so that finite differences can check them
// (see grad_check.h). Layers are numbered as in the course notes:
// l = 0 is the input, l = 1..L−1 the hidden layers, l = L the output unit.
//
// Column-major batch convention: one example per COLUMN.
//   A^[0] = X                                  (n_0 × m)
//   Z^[l] = W^[l]·A^[l−1] + b^[l]·1ᵀ           (n_l × m),  W^[l] is n_l × n_{l−1}
//   A^[l] = g(Z^[l])  for l < L,   A^[L] = σ(Z^[L])   (1 × m)
// Objective over a batch of m examples with labels Y ∈ {0,1}^(1×m):
//   J = −(1/m) Σᵢ [yᵢ log aᵢ + (1 − yᵢ) log(1 − aᵢ)] + (λ/2) Σ_l ‖W^[l]‖²_F
// (λ is the `l2` parameter; biases are not penalised.)
#include <random>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/common/portable_random.h"

namespace supex {

enum class Activation { Tanh, Relu, Sigmoid };

const char* activationName(Activation g);
// The Activation named `name` (tanh, relu, sigmoid); false if there is none.
bool activationFromName(const std::string& name, Activation& out);

// θ: every weight and bias. Accessors are 1-based like the notes: W(1) is the
// first hidden layer, W(depth()) the output unit's weights.
struct Network {
  Activation activation = Activation::Tanh;  // g of the hidden layers; the output is always σ
  std::vector<Eigen::MatrixXd> weights;      // weights[l−1] = W^[l], n_l × n_{l−1}
  std::vector<Eigen::VectorXd> biases;       // biases[l−1]  = b^[l], n_l

  int depth() const { return static_cast<int>(weights.size()); }  // L
  Eigen::MatrixXd& W(int l) { return weights[static_cast<std::size_t>(l - 1)]; }
  const Eigen::MatrixXd& W(int l) const { return weights[static_cast<std::size_t>(l - 1)]; }
  Eigen::VectorXd& b(int l) { return biases[static_cast<std::size_t>(l - 1)]; }
  const Eigen::VectorXd& b(int l) const { return biases[static_cast<std::size_t>(l - 1)]; }

  std::vector<int> layerSizes() const;  // n_0, n_1, ..., n_L (n_L = 1)
  Eigen::Index parameterCount() const;  // Σ_l n_l·(n_{l−1} + 1)
  bool allFinite() const;
};

// ∂J/∂θ, shaped like the Network.
struct NetworkGradient {
  std::vector<Eigen::MatrixXd> dWs;  // dWs[l−1] = ∂J/∂W^[l]
  std::vector<Eigen::VectorXd> dbs;  // dbs[l−1] = ∂J/∂b^[l]

  Eigen::MatrixXd& dW(int l) { return dWs[static_cast<std::size_t>(l - 1)]; }
  const Eigen::MatrixXd& dW(int l) const { return dWs[static_cast<std::size_t>(l - 1)]; }
  Eigen::VectorXd& db(int l) { return dbs[static_cast<std::size_t>(l - 1)]; }
  const Eigen::VectorXd& db(int l) const { return dbs[static_cast<std::size_t>(l - 1)]; }
};

// The matrices Z^[l], A^[l], dZ^[l], dA^[l] of one batch, kept between calls
// so a training loop allocates nothing per step. Buffers only grow: a smaller
// batch (the last one of an epoch) uses their leading columns.
class NnWorkspace {
 public:
  // Sizes every buffer for `net` and a batch of m columns (grows, never shrinks).
  void prepare(const Network& net, Eigen::Index m);
  Eigen::Index cols() const { return m_cols; }

  // Z^[l], A^[l] (l = 1..L) of the most recent forward pass; dZ^[l] (l = 1..L)
  // and dA^[l] (l = 1..L−1) of the most recent backward pass. m columns each.
  auto Z(int l) { return m_Z[at(l)].leftCols(m_cols); }
  auto A(int l) { return m_A[at(l)].leftCols(m_cols); }
  auto dZ(int l) { return m_dZ[at(l)].leftCols(m_cols); }
  auto dA(int l) { return m_dA[at(l)].leftCols(m_cols); }
  auto Z(int l) const { return m_Z[at(l)].leftCols(m_cols); }
  auto A(int l) const { return m_A[at(l)].leftCols(m_cols); }

 private:
  static std::size_t at(int l) { return static_cast<std::size_t>(l - 1); }
  Eigen::Index m_cols = 0;
  std::vector<Eigen::MatrixXd> m_Z, m_A, m_dZ, m_dA;  // index l−1
};

// Seeded initial weights, zero biases. W^[l] is drawn row by row from
// U(−r, r): Glorot-uniform r = √(6/(n_{l−1} + n_l)) (Glorot & Bengio 2010),
// He-uniform r = √(6/n_{l−1}) for layers followed by ReLU (He et al. 2015).
// The sigmoid output unit always gets Glorot.
Network initialNetwork(int inputs, const std::vector<int>& hidden, Activation g, PortableRandom& rng);

// Forward pass: fills ws.Z(l), ws.A(l) for l = 1..L from A^[0] = A0 (n_0 × m).
void forward(const Network& net, Eigen::Ref<const Eigen::MatrixXd> A0, NnWorkspace& ws);

// J(θ) on the examples A0 (n_0 × m, one per column) with labels Y (1 × m).
double loss(const Network& net, Eigen::Ref<const Eigen::MatrixXd> A0, Eigen::Ref<const Eigen::RowVectorXd> Y,
            double l2);
double loss(const Network& net, Eigen::Ref<const Eigen::MatrixXd> A0, Eigen::Ref<const Eigen::RowVectorXd> Y,
            double l2, NnWorkspace& ws);

// Backward pass: ∂J/∂θ into `grad` (resized to the network), from the
// forward pass of the SAME net and A0 that `ws` holds (forward() or loss()).
void backward(const Network& net, Eigen::Ref<const Eigen::MatrixXd> A0, Eigen::Ref<const Eigen::RowVectorXd> Y,
              double l2, NnWorkspace& ws, NetworkGradient& grad);

// J(θ) and ∂J/∂θ: forward pass, then back-propagation.
double lossAndGradient(const Network& net, Eigen::Ref<const Eigen::MatrixXd> A0,
                       Eigen::Ref<const Eigen::RowVectorXd> Y, double l2, NetworkGradient& grad);
double lossAndGradient(const Network& net, Eigen::Ref<const Eigen::MatrixXd> A0,
                       Eigen::Ref<const Eigen::RowVectorXd> Y, double l2, NetworkGradient& grad, NnWorkspace& ws);

}  // namespace supex
