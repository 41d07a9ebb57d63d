#pragma once
// A fitted linear discriminant: δ_k(x) = log π_k + xᵀΣ⁻¹μ_k − ½μ_kᵀΣ⁻¹μ_k,
// probabilities softmax(δ). Everything is held in the original feature units.
#include <Eigen/Dense>

#include "core/models/fitted_model.h"

namespace supex {

class LdaModel : public FittedModel {
 public:
  // `factor` is the Cholesky factorisation of `covariance` (checked non-singular).
  LdaModel(Eigen::VectorXd priors, Eigen::MatrixXd means, Eigen::MatrixXd covariance,
           const Eigen::LLT<Eigen::MatrixXd>& factor);

  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // `priors` (K), `means` (K arrays of d), `covariance` (d arrays of d).
  void writeJson(nlohmann::json& out) const override;
  void completeParams(nlohmann::json& params) const override;

  // δ_k(x) for every row of X (n x K): the GUI's "explain this point".
  Eigen::MatrixXd discriminants(Eigen::Ref<const Eigen::MatrixXd> X) const;

  const Eigen::VectorXd& priors() const { return m_priors; }
  const Eigen::MatrixXd& means() const { return m_means; }            // K x d, row k = μ_k
  const Eigen::MatrixXd& covariance() const { return m_covariance; }  // pooled Σ, d x d
  // δ_k(x) = x·coefficients().col(k) + offsets()(k): the linear form of the discriminants.
  const Eigen::MatrixXd& coefficients() const { return m_coef; }  // d x K, Σ⁻¹μ_k
  const Eigen::VectorXd& offsets() const { return m_offset; }     // log π_k − ½μ_kᵀΣ⁻¹μ_k

 private:
  Eigen::VectorXd m_priors;
  Eigen::MatrixXd m_means;
  Eigen::MatrixXd m_covariance;
  Eigen::MatrixXd m_coef;
  Eigen::VectorXd m_offset;
};

}  // namespace supex
