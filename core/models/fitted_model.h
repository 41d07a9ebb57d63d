#pragma once
// The fitted-model interface. A fit is a pure function of (data, parameters)
// that returns a new immutable FittedModel; it is handed between threads as
// std::shared_ptr<const FittedModel> and never changes afterwards.
#include <memory>
#include <string>
#include <vector>

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include "core/data/dataset.h"

namespace supex {

// A non-fatal fact about a fit that the user should know (not converged,
// rank deficient, separable data, badly conditioned design).
struct Diagnostic {
  std::string code;     // stable identifier: "not_converged", "rank_deficient", ...
  std::string message;  // one sentence a student understands
};

// Caller-owned prediction buffers, resized by predict().
struct Prediction {
  Eigen::VectorXd value;  // regression value, or predicted class index (0..K-1)
  Eigen::MatrixXd proba;  // rows x K class probabilities; empty when the model has none
};

class FittedModel {
 public:
  virtual ~FittedModel() = default;

  // Predicts every row of X (raw input features, in training column order).
  // Vectorised over rows: call it with chunks, never one row at a time.
  virtual void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const = 0;

  // Adds the model's own keys to the `fit --json` object (coefficients,
  // inference, means, ...), as the CLI contract names them.
  virtual void writeJson(nlohmann::json& out) const = 0;

  // Replaces defaults that are only known after the fit with the values in
  // effect (LDA's priors default to the class frequencies).
  virtual void completeParams(nlohmann::json& /*params*/) const {}

  bool hasProbabilities() const { return m_hasProbabilities; }

  // Set by fit before the model is published; read-only afterwards.
  std::string modelId;
  Task task = Task::Regression;
  std::vector<std::string> inputNames;   // raw feature names
  std::vector<std::string> features;     // design column names after basis expansion
  std::vector<std::string> classes;      // classification only, in class order
  nlohmann::json params;                 // every parameter in effect
  std::vector<Diagnostic> diagnostics;

 protected:
  bool m_hasProbabilities = false;
};

using FittedModelPtr = std::shared_ptr<const FittedModel>;

// Stamps what every fitted model carries besides its numbers, in one place
// for the registry's fit and for the step-wise trainers' snapshots: the id,
// the task, the input (and, unless the model named its design columns, the
// feature) names, the classes, and the parameters in effect, completed by
// the model (completeParams).
void describeFit(FittedModel& model, std::string id, Task task, std::vector<std::string> inputNames,
                 std::vector<std::string> classes, nlohmann::json params);

}  // namespace supex
