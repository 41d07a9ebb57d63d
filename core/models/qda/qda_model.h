#pragma once
// A fitted quadratic discriminant:
//   δ_k(x) = log π_k − ½ log|Σ_k| − ½ (x − μ_k)ᵀ Σ_k⁻¹ (x − μ_k),
// probabilities softmax(δ). Held in the original feature units; each Σ_k
// through its Cholesky factor L_k (log|Σ_k| = 2 Σ log L_k,jj, and the
// quadratic form is ‖L_k⁻¹(x − μ_k)‖²).
#include <vector>

#include <Eigen/Dense>

#include "core/models/fitted_model.h"

namespace supex {

class QdaModel : public FittedModel {
 public:
  // `factors[k]` is the Cholesky factorisation of `covariances[k]` (checked non-singular).
  QdaModel(Eigen::VectorXd priors, Eigen::MatrixXd means, std::vector<Eigen::MatrixXd> covariances,
           const std::vector<Eigen::LLT<Eigen::MatrixXd>>& factors);

  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // `priors` (K), `means` (K arrays of d), `covariances` (K matrices, each d arrays of d).
  void writeJson(nlohmann::json& out) const override;
  void completeParams(nlohmann::json& params) const override;

  // δ_k(x) for every row of X (n x K): the GUI's "explain this point".
  Eigen::MatrixXd discriminants(Eigen::Ref<const Eigen::MatrixXd> X) const;

  const Eigen::VectorXd& priors() const { return m_priors; }
  const Eigen::MatrixXd& means() const { return m_means; }  // K x d, row k = μ_k
  // The regularised Σ_k, d x d each: the GUI draws their ellipses.
  const std::vector<Eigen::MatrixXd>& covariances() const { return m_covariances; }
  const Eigen::VectorXd& logDeterminants() const { return m_logDet; }  // log|Σ_k|

 private:
  Eigen::VectorXd m_priors;
  Eigen::MatrixXd m_means;
  std::vector<Eigen::MatrixXd> m_covariances;
  std::vector<Eigen::MatrixXd> m_lower;  // L_k
  Eigen::VectorXd m_logDet;
};

}  // namespace supex
