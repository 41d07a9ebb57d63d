#include "widgets/views/training_session.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/models/param_text.h"

namespace supex {
namespace {

// The keys whose values differ between two parameter sets.
std::set<std::string> changedKeys(const ParamValues& a, const ParamValues& b) {
  std::set<std::string> out;
  for (const auto& [key, value] : a) {
    auto it = b.find(key);
    if (it == b.end() || it->second != value) out.insert(key);
  }
  for (const auto& [key, value] : b)
    if (!a.count(key)) out.insert(key);
  return out;
}

std::string joinKeys(const std::set<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

std::string valueOf(const ParamValues& values, const std::string& key) {
  auto it = values.find(key);
  return it == values.end() ? std::string("?") : it->second;
}

bool onlyKeys(const std::set<std::string>& changed, const std::set<std::string>& allowed) {
  return std::all_of(changed.begin(), changed.end(), [&](const std::string& k) { return allowed.count(k) > 0; });
}

}  // namespace

bool TrainingSession::supports(const std::string& modelId) {
  return modelId == "nn" || modelId == "logistic" || modelId == "lasso";
}

Result<TrainingSession> TrainingSession::create(const std::string& modelId, std::shared_ptr<const Dataset> train,
                                                std::shared_ptr<const Dataset> test, const ParamValues& params) {
  if (!supports(modelId))
    return usageError("The training animation is for the models trained step by step: the neural network, "
                      "logistic regression and the lasso.");
  if (!train || train->rows() == 0) return dataError("There are no training points to train on.");
  TrainingSession s;
  s.m_modelId = modelId;
  s.m_params = params;
  s.m_train = std::move(train);
  s.m_test = std::move(test);
  const Dataset& data = *s.m_train;
  if (modelId == "nn") {
    auto p = nnParamTable().parse(params, "nn");
    if (!p) return p.error();
    auto t = NnTrainer::create(data, *p);
    if (!t) return t.error();
    s.m_state = std::move(t).value();
  } else if (modelId == "logistic") {
    if (data.task != Task::Classification)
      return usageError("Logistic regression needs classes: the data has a numeric target.");
    auto p = logisticParamTable().parse(params, "logistic");
    if (!p) return p.error();
    auto t = LogisticStepper::create(data, *p);
    if (!t) return t.error();
    s.m_state = std::move(t).value();
  } else {
    auto p = lassoParamTable().parse(params, "lasso");
    if (!p) return p.error();
    auto t = LassoStepwise::create(data, *p);
    if (!t) return t.error();
    s.m_state = std::move(t).value();
  }
  s.record();
  return s;
}

Result<TrainingSession::Retune> TrainingSession::retune(const ParamValues& params) {
  const std::set<std::string> changed = changedKeys(m_params, params);
  if (changed.empty()) return Retune{};
  const std::string at = " at " + stepName() + " " + std::to_string(m_iteration);
  std::string continued;  // the note when training goes on; empty: it must restart

  if (auto* nn = std::get_if<NnTrainer>(&m_state)) {
    auto p = nnParamTable().parse(params, "nn");
    if (!p) return p.error();
    auto kept = nn->retune(*p);
    if (!kept) return kept.error();
    if (kept.value()) {
      continued = joinKeys(changed) + " changed" + at + ": training goes on with the same weights, no reset.";
      if (changed.count("lr")) continued = "Learning rate lr → " + valueOf(params, "lr") + at +
                                           ": training goes on with the same weights, no reset.";
      if (changed.count("optimizer")) continued += " The new optimizer's moments start from zero.";
      if (changed.count("l2")) continued += " The loss J now includes the new penalty.";
    }
  } else if (auto* lr = std::get_if<LogisticStepper>(&m_state)) {
    if (onlyKeys(changed, {"lambda", "tol", "max_iter"})) {
      auto p = logisticParamTable().parse(params, "logistic");
      if (!p) return p.error();
      lr->setLambda(p->lambda);
      continued = changed.count("lambda") ? "Penalty λ → " + valueOf(params, "lambda") + at +
                                                ": the same coefficients descend a new objective, no reset."
                                          : joinKeys(changed) + " changed" + at + ": no effect on gradient steps.";
    }
  } else if (auto* lasso = std::get_if<LassoStepwise>(&m_state)) {
    if (onlyKeys(changed, {"lambda", "tol", "max_iter", "path"})) {
      auto p = lassoParamTable().parse(params, "lasso");
      if (!p) return p.error();
      lasso->setLambda(p->lambda);
      continued = changed.count("lambda") ? "Penalty λ → " + valueOf(params, "lambda") + at +
                                                ": coordinate descent goes on from the same w (a warm start), "
                                                "no reset."
                                          : joinKeys(changed) + " changed" + at + ": no effect on the steps.";
    }
  }
  if (!continued.empty()) {
    m_params = params;
    m_failure.reset();
    return Retune{Change::Continued, continued};
  }

  auto fresh = create(m_modelId, m_train, m_test, params);
  if (!fresh) return fresh.error();
  fresh->m_lassoSweeps = m_lassoSweeps;
  fresh->m_logisticRate = m_logisticRate;
  *this = std::move(fresh).value();
  return Retune{Change::Restarted, joinKeys(changed) + " changed: " +
                                       (m_modelId == "nn" ? "a different network, so" : "a different model, so") +
                                       " training restarted at " + stepName() + " 0."};
}

Status TrainingSession::step() {
  if (const std::string why = finishReason(); !why.empty()) return usageError(why);
  if (auto* nn = std::get_if<NnTrainer>(&m_state)) {
    if (Status s = nn->step(); !s) {
      m_failure = s.error();
      return s;
    }
    ++m_iteration;
  } else if (auto* lr = std::get_if<LogisticStepper>(&m_state)) {
    lr->step(m_logisticRate);
    ++m_iteration;
    if (!std::isfinite(lr->objective())) {
      m_failure = numericalError("Gradient descent diverged at step " + std::to_string(m_iteration) +
                                 ": lower the learning rate η (now " + formatReal(m_logisticRate) + ").");
      return *m_failure;
    }
  } else if (auto* lasso = std::get_if<LassoStepwise>(&m_state)) {
    LassoStepper& st = lasso->stepper();
    do {
      st.step();
      ++m_iteration;
    } while (m_lassoSweeps && st.nextCoordinate() != 0);
  }
  record();
  return Ok{};
}

std::string TrainingSession::finishReason() const {
  if (m_failure) return m_failure->message;
  if (const auto* nn = std::get_if<NnTrainer>(&m_state)) {
    if (nn->done())
      return "Reached epochs = " + std::to_string(nn->params().epochs) + ", the fit's setting: raise epochs to "
             "train on.";
  } else if (const auto* lr = std::get_if<LogisticStepper>(&m_state)) {
    const double n = static_cast<double>(m_train->rows());
    auto p = logisticParamTable().parse(m_params, "logistic");
    if (p && lr->gradientMaxNorm() <= p->tol * n) return "Converged: the gradient is within tol·n.";
  } else if (const auto* lasso = std::get_if<LassoStepwise>(&m_state)) {
    if (lasso->converged() && m_iteration > 0)
      return "Converged: the duality gap is within tol·‖y − ȳ‖², the fit's stopping rule.";
  }
  return {};
}

FittedModelPtr TrainingSession::snapshot() const {
  if (const auto* nn = std::get_if<NnTrainer>(&m_state)) return nn->snapshot();
  if (const auto* lr = std::get_if<LogisticStepper>(&m_state)) return lr->model();
  if (const auto* lasso = std::get_if<LassoStepwise>(&m_state)) return lasso->snapshot();
  return nullptr;
}

void TrainingSession::record() {
  LossPoint point;
  point.iteration = m_iteration;
  if (const auto* nn = std::get_if<NnTrainer>(&m_state))
    point.train = nn->lossHistory().empty() ? nn->initialLoss() : nn->lossHistory().back();
  else if (const auto* lr = std::get_if<LogisticStepper>(&m_state))
    point.train = lr->logLikelihood() / static_cast<double>(m_train->rows());
  else if (const auto* lasso = std::get_if<LassoStepwise>(&m_state))
    point.train = lasso->stepper().objective();
  if (hasTest())
    if (FittedModelPtr model = snapshot()) point.test = testValue(*model);
  m_history.push_back(point);
}

// nn: mean cross-entropy −(1/m)Σ log p_{yᵢ}; logistic: mean log-likelihood
// (1/m)Σ log p_{yᵢ}; lasso: mean squared error — on the test points.
double TrainingSession::testValue(const FittedModel& model) const {
  const Dataset& test = *m_test;
  Prediction pred;
  model.predict(test.X, pred);
  const auto m = static_cast<double>(test.rows());
  if (m_modelId == "lasso") return (pred.value - test.y).squaredNorm() / m;
  double sum = 0.0;
  for (Eigen::Index i = 0; i < test.rows(); ++i) {
    const auto k = static_cast<Eigen::Index>(test.y(i));
    const double p = k >= 0 && k < pred.proba.cols() ? pred.proba(i, k) : 0.0;
    sum += std::log(std::max(p, 1e-300));
  }
  return (m_modelId == "nn" ? -sum : sum) / m;
}

std::string TrainingSession::stepName() const {
  if (m_modelId == "nn") return "epoch";
  if (m_modelId == "logistic") return "step";
  return "update";
}

std::string TrainingSession::trainCurveName() const {
  if (m_modelId == "nn") return "training loss J";
  if (m_modelId == "logistic") return "training log-likelihood / n";
  return "objective ‖r‖² + λ‖w‖₁";
}

std::string TrainingSession::testCurveName() const {
  if (m_modelId == "nn") return "test cross-entropy";
  if (m_modelId == "logistic") return "test log-likelihood / n";
  return "test mean squared error";
}

}  // namespace supex
