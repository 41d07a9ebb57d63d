#pragma once
// The multinomial logistic objective as a pure function, so that tests can
// check its gradient against finite differences and both the Newton solver
// and the GUI's step-wise trainer share one implementation.
//
//   z_ik = w_k·xᵢ + b_k,   p_k(xᵢ) = exp(z_ik) / Σⱼ exp(z_ij)
//   f(W, b) = −Σᵢ log p_{yᵢ}(xᵢ) + (λ/2)‖W‖²_F          (b is not penalised)
//   ∂f/∂W = (P − Y)ᵀX + λW,   ∂f/∂b = (P − Y)ᵀ1
// with P the n×K probabilities and Y the n×K one-hot labels. log p is
// computed as z_{i,yᵢ} − logsumexp(zᵢ), so no exp() can overflow.
#include <Eigen/Dense>

namespace supex {

struct LogisticCoefficients {
  Eigen::MatrixXd weights;     // K x p, row k = w_k
  Eigen::VectorXd intercepts;  // K
};

struct LogisticObjective {
  double value = 0;          // f(W, b)
  double logLikelihood = 0;  // Σᵢ log p_{yᵢ}(xᵢ)  (= −f when λ = 0)
  LogisticCoefficients gradient;
};

// Logits z = X Wᵀ + 1bᵀ, n x K.
Eigen::MatrixXd logisticLogits(Eigen::Ref<const Eigen::MatrixXd> X, const LogisticCoefficients& c);

// `labels` holds class indices 0..K-1 with K = c.weights.rows().
LogisticObjective logisticObjective(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Ref<const Eigen::VectorXd> labels,
                                    double lambda, const LogisticCoefficients& c);

// The same value without the gradient or the probabilities (line searches).
double logisticObjectiveValue(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Ref<const Eigen::VectorXd> labels,
                              double lambda, const LogisticCoefficients& c);

}  // namespace supex
