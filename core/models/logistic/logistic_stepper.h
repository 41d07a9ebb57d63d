#pragma once
// Step-wise training of the logistic model for the GUI's animation: plain
// gradient descent on the mean objective f(W, b)/n (see logistic_objective.h),
//     θ ← θ − η · ∇f(θ) / n,
// one step per call, so a student sees the boundary move and the likelihood
// climb. Dividing by n keeps a learning rate η ≈ 1 sensible for any n on
// standardised features. This is a teaching device, not the solver: `fit`
// uses Newton's method (logistic_newton.h).
//
// All state is explicit in the object: the design, the current coefficients
// and the step count. A warm start is passed to create(); nothing is shared
// with other fits. Copy the stepper to branch an animation.
#include <memory>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/linear/linear_design.h"
#include "core/models/logistic/logistic.h"
#include "core/models/logistic/logistic_model.h"

namespace supex {

class LogisticStepper {
 public:
  // Same checks as fitLogistic. `start` is in original units (as
  // LogisticModel::coefficients() reports them); zeros when null.
  static Result<LogisticStepper> create(const Dataset& data, const LogisticParams& params,
                                        const LogisticCoefficients* start = nullptr);

  // One gradient step with learning rate η > 0; returns the log-likelihood
  // Σᵢ log p_{yᵢ}(xᵢ) at the new coefficients.
  double step(double learningRate);

  // A new penalty λ ≥ 0 for the following steps; the coefficients and the
  // step count are kept (the objective changes, the iterate does not).
  void setLambda(double lambda);
  double lambda() const { return m_params.lambda; }

  double logLikelihood() const { return m_eval.logLikelihood; }
  double objective() const { return m_eval.value; }  // −log-likelihood + (λ/2)‖W‖²
  double gradientMaxNorm() const;                     // of ∇f, as the fit's stopping rule measures it
  int steps() const { return m_steps; }

  // Current coefficients in original units, intercepts summing to zero.
  LogisticCoefficients coefficients() const;
  // An immutable snapshot for the decision map and "explain this point".
  std::shared_ptr<LogisticModel> model() const;

 private:
  LogisticStepper(const Dataset& data, const LogisticParams& params, LinearDesign design, LogisticCoefficients start);

  LinearDesign m_design;
  Eigen::VectorXd m_labels;
  LogisticParams m_params;
  std::vector<std::string> m_inputNames;
  std::vector<std::string> m_classes;
  LogisticCoefficients m_theta;  // in the units of m_design.phi
  LogisticObjective m_eval;      // at m_theta
  int m_steps = 0;
};

}  // namespace supex
