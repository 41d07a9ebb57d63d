#pragma once
// A fitted multinomial logistic classifier: logits z_k(x) = w_k·φ(x) + b_k,
// probabilities softmax(z). Weights are held in the units of φ(x) (the raw
// features, or their basis expansion), intercepts shifted to sum to zero.
#include <memory>

#include "core/basis/basis.h"
#include "core/models/fitted_model.h"
#include "core/models/linear/linear_design.h"
#include "core/models/logistic/logistic_objective.h"

namespace supex {

class LogisticModel : public FittedModel {
 public:
  // `coefficients` in the units of φ(x); the intercepts are shifted to sum to zero.
  LogisticModel(Basis basis, LogisticCoefficients coefficients);

  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // `intercepts` (K) and `weights` (K arrays of one weight per design column).
  void writeJson(nlohmann::json& out) const override;

  // z_k(x) for every row of raw inputs X (n x K): "explain this point".
  Eigen::MatrixXd logits(Eigen::Ref<const Eigen::MatrixXd> X) const;
  const LogisticCoefficients& coefficients() const { return m_coefficients; }
  const Basis& basis() const { return m_basis; }

  // Newton steps the fit took (0 for a snapshot of the step-wise trainer).
  int iterations() const { return m_iterations; }
  void setIterations(int iterations) { m_iterations = iterations; }

 private:
  Basis m_basis;
  LogisticCoefficients m_coefficients;
  int m_iterations = 0;
};

// Coefficients on the (possibly standardised) design → the same function of
// φ(x) in its own units: w ← w/s, b_k ← b_k − Σ_j w_kj m_j / s_j.
LogisticCoefficients logisticToOriginalUnits(const LinearDesign& design, LogisticCoefficients working);
// The inverse map, for warm starts given in original units: w ← w∘s, b_k ← b_k + w_k·m.
LogisticCoefficients logisticToWorkingUnits(const LinearDesign& design, LogisticCoefficients original);

}  // namespace supex
