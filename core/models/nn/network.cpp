#include "core/models/nn/network.h"

#include <cmath>

#include "core/common/portable_random.h"

namespace supex {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::Ref;
using Eigen::RowVectorXd;

const char* activationName(Activation g) {
  switch (g) {
    case Activation::Tanh: return "tanh";
    case Activation::Relu: return "relu";
    case Activation::Sigmoid: return "sigmoid";
  }
  return "tanh";
}

bool activationFromName(const std::string& name, Activation& out) {
  for (Activation g : {Activation::Tanh, Activation::Relu, Activation::Sigmoid}) {
    if (name == activationName(g)) {
      out = g;
      return true;
    }
  }
  return false;
}

std::vector<int> Network::layerSizes() const {
  std::vector<int> sizes;
  if (weights.empty()) return sizes;
  sizes.push_back(static_cast<int>(weights.front().cols()));
  for (const auto& w : weights) sizes.push_back(static_cast<int>(w.rows()));
  return sizes;
}

Index Network::parameterCount() const {
  Index count = 0;
  for (int l = 1; l <= depth(); ++l) count += W(l).size() + b(l).size();
  return count;
}

bool Network::allFinite() const {
  for (int l = 1; l <= depth(); ++l)
    if (!W(l).allFinite() || !b(l).allFinite()) return false;
  return true;
}

void NnWorkspace::prepare(const Network& net, Index m) {
  const auto L = static_cast<std::size_t>(net.depth());
  for (auto* buffers : {&m_Z, &m_A, &m_dZ, &m_dA}) {
    buffers->resize(L);
    for (std::size_t i = 0; i < L; ++i) {
      MatrixXd& buf = (*buffers)[i];
      const Index rows = net.weights[i].rows();
      if (buf.rows() != rows || buf.cols() < m) buf.resize(rows, std::max(m, buf.cols()));
    }
  }
  m_cols = m;
}

Network initialNetwork(int inputs, const std::vector<int>& hidden, Activation g, PortableRandom& rng) {
  Network net;
  net.activation = g;
  std::vector<int> sizes{inputs};
  sizes.insert(sizes.end(), hidden.begin(), hidden.end());
  sizes.push_back(1);
  for (std::size_t l = 1; l < sizes.size(); ++l) {
    const double fanIn = sizes[l - 1];
    const double fanOut = sizes[l];
    const bool reluFollows = g == Activation::Relu && l + 1 < sizes.size();
    const double r = reluFollows ? std::sqrt(6.0 / fanIn) : std::sqrt(6.0 / (fanIn + fanOut));
    MatrixXd W(sizes[l], sizes[l - 1]);
    // Row by row, so the draw order is part of the definition, not of Eigen's storage order.
    for (Index i = 0; i < W.rows(); ++i)
      for (Index j = 0; j < W.cols(); ++j) W(i, j) = rng.uniform(-r, r);
    net.weights.push_back(std::move(W));
    net.biases.push_back(Eigen::VectorXd::Zero(sizes[l]));
  }
  return net;
}

namespace {

// A = g(Z) for a hidden layer.
void activate(Activation g, const Ref<const MatrixXd>& Z, Ref<MatrixXd> A) {
  switch (g) {
    case Activation::Tanh: {
      // tanh z = (1 − e)/(1 + e) with e = exp(−2z): Eigen vectorises exp for
      // doubles but not tanh, and libm's tanh took three quarters of a
      // 400×400 grid. Clamping z at −20 (tanh(−20) rounds to −1) keeps e
      // finite; the absolute error stays at a few ulps of 1, which is all a
      // unit's activation needs.
      const Eigen::ArrayXXd e = (-2.0 * Z.array().max(-20.0)).exp();
      A = (1.0 - e) / (1.0 + e);
      break;
    }
    case Activation::Relu: A = Z.array().max(0.0); break;
    case Activation::Sigmoid: A = (1.0 + (-Z.array()).exp()).inverse(); break;
  }
}

// dZ = dA ∗ g′(Z), element-wise. g′ is written through A = g(Z) where that
// is cheaper: tanh′ = 1 − A², σ′ = A(1 − A); relu′ = [Z > 0] (0 at the kink).
void multiplyByDerivative(Activation g, const Ref<const MatrixXd>& Z, const Ref<const MatrixXd>& A,
                          const Ref<const MatrixXd>& dA, Ref<MatrixXd> dZ) {
  switch (g) {
    case Activation::Tanh: dZ = dA.array() * (1.0 - A.array().square()); break;
    case Activation::Relu: dZ = (Z.array() > 0.0).select(dA.array(), 0.0); break;
    case Activation::Sigmoid: dZ = dA.array() * A.array() * (1.0 - A.array()); break;
  }
}

// Mean cross-entropy from the output unit's Z^[L] rather than from A^[L]:
// −[y log σ(z) + (1−y) log(1−σ(z))] = log(1 + eᶻ) − y·z
//                                   = max(z, 0) + log(1 + e^(−|z|)) − y·z,
// which is exact for any z, whereas log(A) would give −inf once σ(z)
// rounds to 0 or 1.
double meanCrossEntropy(const Ref<const MatrixXd>& z, const Ref<const RowVectorXd>& Y) {  // z is 1 × m
  const auto zs = z.array();
  return (zs.max(0.0) + (-zs.abs()).exp().log1p() - Y.array() * zs).sum() / static_cast<double>(z.size());
}

// (λ/2) Σ_l ‖W^[l]‖²_F. Computed even for λ = 0 so that an infinite weight
// shows up as a NaN loss (0·∞) instead of hiding.
double penalty(const Network& net, double l2) {
  double sum = 0.0;
  for (int l = 1; l <= net.depth(); ++l) sum += net.W(l).squaredNorm();
  return 0.5 * l2 * sum;
}

}  // namespace

void forward(const Network& net, Ref<const MatrixXd> A0, NnWorkspace& ws) {
  const int L = net.depth();
  ws.prepare(net, A0.cols());
  for (int l = 1; l <= L; ++l) {
    const Ref<const MatrixXd> Aprev = l == 1 ? A0 : Ref<const MatrixXd>(ws.A(l - 1));
    auto Z = ws.Z(l);
    // Z^[l] = W^[l]·A^[l−1] + b^[l]·1ᵀ: the bias is added to every column (example).
    Z.noalias() = net.W(l) * Aprev;
    Z.colwise() += net.b(l);
    if (l < L) activate(net.activation, Z, ws.A(l));
    else ws.A(l) = (1.0 + (-Z.array()).exp()).inverse();  // A^[L] = σ(Z^[L])
  }
}

double loss(const Network& net, Ref<const MatrixXd> A0, Ref<const RowVectorXd> Y, double l2, NnWorkspace& ws) {
  forward(net, A0, ws);
  return meanCrossEntropy(ws.Z(net.depth()), Y) + penalty(net, l2);
}

double loss(const Network& net, Ref<const MatrixXd> A0, Ref<const RowVectorXd> Y, double l2) {
  NnWorkspace ws;
  return loss(net, A0, Y, l2, ws);
}

void backward(const Network& net, Ref<const MatrixXd> A0, Ref<const RowVectorXd> Y, double l2, NnWorkspace& ws,
              NetworkGradient& grad) {
  const int L = net.depth();
  grad.dWs.resize(static_cast<std::size_t>(L));
  grad.dbs.resize(static_cast<std::size_t>(L));
  const double invM = 1.0 / static_cast<double>(A0.cols());

  // Output layer. With a sigmoid unit and cross-entropy the two factors
  //   ∂ℒ/∂A^[L] = −[Y/A^[L] − (1−Y)/(1−A^[L])]   and   σ′(Z^[L]) = A^[L](1−A^[L])
  // cancel to dZ^[L] = A^[L] − Y. We use the cancelled form: it never divides
  // by A(1−A), which rounds to 0 when the unit saturates.
  ws.dZ(L) = ws.A(L) - Y;

  for (int l = L; l >= 1; --l) {
    const Ref<const MatrixXd> Aprev = l == 1 ? A0 : Ref<const MatrixXd>(ws.A(l - 1));
    const auto dZ = ws.dZ(l);
    // dW^[l] = dZ^[l]·A^[l−1]ᵀ, divided by m because J is the MEAN loss
    // (the notes differentiate the sum), plus λ·W^[l] from the penalty.
    if (dZ.rows() == 1) {
      // A layer of one unit (always the output): dZ^[l] is one contiguous
      // row, and as a mapped row vector Eigen's matrix-vector product reads
      // it in place (a general block row would be copied to the heap).
      const Eigen::Map<const RowVectorXd> dZrow(dZ.data(), dZ.cols());
      grad.dW(l).noalias() = invM * dZrow * Aprev.transpose();
    } else {
      grad.dW(l).noalias() = invM * dZ * Aprev.transpose();
    }
    grad.dW(l) += l2 * net.W(l);
    // db^[l] = dZ^[l]·1 (a column of m ones: the row sums), divided by m.
    grad.db(l).noalias() = invM * dZ.rowwise().sum();
    if (l > 1) {
      // dA^[l−1] = W^[l]ᵀ·dZ^[l]: each unit of layer l−1 collects the error
      // of every unit it feeds, weighted by the connection.
      ws.dA(l - 1).noalias() = net.W(l).transpose() * dZ;
      // dZ^[l−1] = dA^[l−1] ∗ g′(Z^[l−1]).
      multiplyByDerivative(net.activation, ws.Z(l - 1), ws.A(l - 1), ws.dA(l - 1), ws.dZ(l - 1));
    }
  }
}

double lossAndGradient(const Network& net, Ref<const MatrixXd> A0, Ref<const RowVectorXd> Y, double l2,
                       NetworkGradient& grad, NnWorkspace& ws) {
  const double J = loss(net, A0, Y, l2, ws);  // the forward pass
  backward(net, A0, Y, l2, ws, grad);
  return J;
}

double lossAndGradient(const Network& net, Ref<const MatrixXd> A0, Ref<const RowVectorXd> Y, double l2,
                       NetworkGradient& grad) {
  NnWorkspace ws;
  return lossAndGradient(net, A0, Y, l2, grad, ws);
}

}  // namespace supex
