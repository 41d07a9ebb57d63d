#include "core/models/nn/optimizer.h"

#include <cmath>

namespace supex {

const char* optimizerName(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::Sgd: return "sgd";
    case OptimizerKind::Momentum: return "momentum";
    case OptimizerKind::Adam: return "adam";
  }
  return "adam";
}

bool optimizerFromName(const std::string& name, OptimizerKind& out) {
  for (OptimizerKind k : {OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam}) {
    if (name == optimizerName(k)) {
      out = k;
      return true;
    }
  }
  return false;
}

NnOptimizer::NnOptimizer(OptimizerKind kind, double lr, const Network& net) : m_kind(kind), m_lr(lr) {
  if (kind == OptimizerKind::Sgd) return;
  for (int l = 1; l <= net.depth(); ++l) {
    m_firstW.push_back(Eigen::MatrixXd::Zero(net.W(l).rows(), net.W(l).cols()));
    m_firstB.push_back(Eigen::VectorXd::Zero(net.b(l).size()));
    if (kind == OptimizerKind::Adam) {
      m_secondW.push_back(m_firstW.back());
      m_secondB.push_back(m_firstB.back());
    }
  }
}

namespace {

// The rules of the header on one tensor θ (a weight matrix or a bias vector).
template <class Theta, class Grad>
void sgd(Theta& theta, const Grad& g, double lr) {
  theta -= lr * g;
}

template <class Theta, class Grad>
void momentum(Theta& theta, const Grad& g, Theta& v, double lr) {
  v = NnOptimizer::kMomentum * v - lr * g;
  theta += v;
}

template <class Theta, class Grad>
void adam(Theta& theta, const Grad& g, Theta& m, Theta& v, double lr, double c1, double c2) {
  m = NnOptimizer::kBeta1 * m + (1.0 - NnOptimizer::kBeta1) * g;
  v = NnOptimizer::kBeta2 * v + (1.0 - NnOptimizer::kBeta2) * g.cwiseAbs2();
  // c1 = 1 − β₁ᵗ and c2 = 1 − β₂ᵗ undo the zero start of m and v.
  theta.array() -= lr * (m.array() / c1) / ((v.array() / c2).sqrt() + NnOptimizer::kEpsilon);
}

}  // namespace

void NnOptimizer::step(Network& net, const NetworkGradient& grad) {
  ++m_t;
  if (m_kind == OptimizerKind::Adam) {
    m_beta1Power *= kBeta1;
    m_beta2Power *= kBeta2;
  }
  const double c1 = 1.0 - m_beta1Power;
  const double c2 = 1.0 - m_beta2Power;
  for (int l = 1; l <= net.depth(); ++l) {
    const auto i = static_cast<std::size_t>(l - 1);
    switch (m_kind) {
      case OptimizerKind::Sgd:
        sgd(net.W(l), grad.dW(l), m_lr);
        sgd(net.b(l), grad.db(l), m_lr);
        break;
      case OptimizerKind::Momentum:
        momentum(net.W(l), grad.dW(l), m_firstW[i], m_lr);
        momentum(net.b(l), grad.db(l), m_firstB[i], m_lr);
        break;
      case OptimizerKind::Adam:
        adam(net.W(l), grad.dW(l), m_firstW[i], m_secondW[i], m_lr, c1, c2);
        adam(net.b(l), grad.db(l), m_firstB[i], m_secondB[i], m_lr, c1, c2);
        break;
    }
  }
}

}  // namespace supex
