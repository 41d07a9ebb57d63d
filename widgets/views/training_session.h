#pragma once
// TrainingSession: one iterative model being trained step by step for the
// training animation — the network (one epoch per step, NnTrainer), logistic
// regression (one gradient step, LogisticStepper) or the lasso (one
// coordinate update or one full sweep, LassoStepwise) — with the loss curve
// it has drawn so far. Free of Qt and threads: the training worker owns one
// and drives it; tests can drive it directly.
//
// The curve: nn — J(θ), the training loss NnTrainer reports (mean
// cross-entropy + penalty), and the test points' mean cross-entropy;
// logistic — the mean log-likelihood (1/n)Σ log p_{yᵢ}(xᵢ) of the training
// and of the test points (it rises); lasso — the objective ‖y − b − Φw‖² +
// λ‖w‖₁ on the training points and the test points' mean squared error.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/fitted_model.h"
#include "core/models/lasso/lasso_stepwise.h"
#include "core/models/logistic/logistic_stepper.h"
#include "core/models/nn/nn_trainer.h"
#include "core/models/param_spec.h"

namespace supex {

struct LossPoint {
  long long iteration = 0;  // steps taken (epochs, gradient steps, coordinate updates)
  double train = 0.0;
  std::optional<double> test;  // absent without test points
};

class TrainingSession {
 public:
  // nn, logistic and lasso.
  static bool supports(const std::string& modelId);

  // Iteration 0: the starting weights (nn: the seeded ones; logistic and lasso: zero).
  static Result<TrainingSession> create(const std::string& modelId, std::shared_ptr<const Dataset> train,
                                        std::shared_ptr<const Dataset> test, const ParamValues& params);

  // What a parameter change did to the running training.
  enum class Change { Nothing, Continued, Restarted };
  struct Retune {
    Change change = Change::Nothing;
    std::string note;  // in words, for the view ("lr is now 0.05: training goes on from epoch 37")
  };
  // Applies `params` mid-training where the mathematics allows (nn: lr, l2,
  // epochs, batch, optimizer; logistic: λ; lasso: λ) and restarts from
  // iteration 0 where it cannot (architecture, activation, seed, basis,
  // standardisation). An error (invalid value) leaves the session as it was.
  Result<Retune> retune(const ParamValues& params);

  // One step; appends one point to the curve. Lasso: with sweeps on, the rest
  // of the current sweep. A numerical error (nn diverged) stops training.
  Status step();
  // The lasso steps by whole sweeps instead of single coordinate updates.
  void setLassoSweeps(bool on) { m_lassoSweeps = on; }
  // Logistic regression's learning rate η (not a parameter of the fit, which uses Newton's method).
  void setLogisticRate(double eta) { m_logisticRate = eta; }

  // There is no further step to take, and why ("Reached epochs = 500.").
  bool finished() const { return !finishReason().empty(); }
  std::string finishReason() const;

  long long iteration() const { return m_iteration; }
  const std::vector<LossPoint>& history() const { return m_history; }
  const std::string& modelId() const { return m_modelId; }
  const ParamValues& params() const { return m_params; }
  bool hasTest() const { return m_test && m_test->rows() > 0; }

  // The model of the current iterate (immutable, shareable with other threads).
  FittedModelPtr snapshot() const;
  const std::shared_ptr<const Dataset>& train() const { return m_train; }
  const std::shared_ptr<const Dataset>& test() const { return m_test; }

  // Words for the view: the step ("epoch"), the curve's name and the test curve's.
  std::string stepName() const;
  std::string trainCurveName() const;
  std::string testCurveName() const;

 private:
  TrainingSession() = default;
  void record();
  double testValue(const FittedModel& model) const;

  std::string m_modelId;
  ParamValues m_params;
  std::shared_ptr<const Dataset> m_train, m_test;
  std::variant<std::monostate, NnTrainer, LogisticStepper, LassoStepwise> m_state;
  long long m_iteration = 0;
  std::vector<LossPoint> m_history;
  bool m_lassoSweeps = false;
  double m_logisticRate = 1.0;
  std::optional<Error> m_failure;
};

}  // namespace supex
