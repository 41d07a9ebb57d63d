#pragma once
// A fitted linear regressor ŷ = b + φ(x)·w, shared by ols, ridge and lasso.
// Coefficients are always held in the units of φ(x).
#include "core/basis/basis.h"
#include "core/models/fitted_model.h"

namespace supex {

class LinearModel : public FittedModel {
 public:
  LinearModel(Basis basis, double intercept, Eigen::VectorXd weights);

  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // Writes `coefficients`: intercept first, then one per design column.
  void writeJson(nlohmann::json& out) const override;

  const Basis& basis() const { return m_basis; }
  double intercept() const { return m_intercept; }
  const Eigen::VectorXd& weights() const { return m_weights; }

 private:
  Basis m_basis;
  double m_intercept;
  Eigen::VectorXd m_weights;
};

}  // namespace supex
