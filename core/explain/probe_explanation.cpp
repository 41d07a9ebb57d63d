#include "core/explain/probe_explanation.h"

#include <cmath>

#include "core/models/lda/lda_model.h"
#include "core/models/linear/linear_model.h"
#include "core/models/logistic/logistic_model.h"
#include "core/models/ols/ols.h"
#include "core/models/qda/qda_model.h"

namespace supex {
namespace {

// √((x − μ)ᵀ Σ⁻¹ (x − μ)) through the Cholesky factor, never Σ⁻¹.
double mahalanobis(const Eigen::VectorXd& x, const Eigen::VectorXd& mu, const Eigen::MatrixXd& sigma) {
  const Eigen::LLT<Eigen::MatrixXd> llt(sigma);
  const Eigen::VectorXd u = llt.matrixL().solve(x - mu);
  return u.norm();
}

void explainLda(const LdaModel& m, const Eigen::MatrixXd& row, ProbeExplanation& e) {
  e.kind = ProbeExplanation::Kind::Discriminants;
  e.scores = m.discriminants(row).row(0).transpose();
  const Eigen::Index K = e.scores.size();
  e.scoreTermNames = {"log πₖ", "xᵀΣ⁻¹μₖ", "−½ μₖᵀΣ⁻¹μₖ"};
  e.scoreTerms.resize(K, 3);
  e.mahalanobis.resize(K);
  for (Eigen::Index k = 0; k < K; ++k) {
    const double logPrior = std::log(m.priors()(k));
    e.scoreTerms(k, 0) = logPrior;
    e.scoreTerms(k, 1) = row.row(0).dot(m.coefficients().col(k));
    e.scoreTerms(k, 2) = m.offsets()(k) - logPrior;
    e.mahalanobis(k) = mahalanobis(e.x, m.means().row(k).transpose(), m.covariance());
  }
}

void explainQda(const QdaModel& m, const Eigen::MatrixXd& row, ProbeExplanation& e) {
  e.kind = ProbeExplanation::Kind::Discriminants;
  e.scores = m.discriminants(row).row(0).transpose();
  const Eigen::Index K = e.scores.size();
  e.scoreTermNames = {"log πₖ", "−½ log|Σₖ|", "−½ (x−μₖ)ᵀΣₖ⁻¹(x−μₖ)"};
  e.scoreTerms.resize(K, 3);
  e.mahalanobis.resize(K);
  for (Eigen::Index k = 0; k < K; ++k) {
    const double d = mahalanobis(e.x, m.means().row(k).transpose(), m.covariances()[static_cast<std::size_t>(k)]);
    e.mahalanobis(k) = d;
    e.scoreTerms(k, 0) = std::log(m.priors()(k));
    e.scoreTerms(k, 1) = -0.5 * m.logDeterminants()(k);
    e.scoreTerms(k, 2) = -0.5 * d * d;
  }
}

void explainKnn(const KnnModel& m, ProbeExplanation& e) {
  e.kind = ProbeExplanation::Kind::Neighbours;
  e.neighbours = m.neighbours(e.x);
  e.standardized = m.knnParams().standardize;
  if (e.task == Task::Classification) {
    e.votes.assign(e.classes.size(), 0);
    for (const Neighbour& n : e.neighbours) {
      const auto c = static_cast<std::size_t>(n.target);
      if (c < e.votes.size()) ++e.votes[c];
    }
  }
}

void explainLinear(const LinearModel& m, const Eigen::MatrixXd& row, double level, ProbeExplanation& e) {
  e.kind = ProbeExplanation::Kind::Linear;
  e.intercept = m.intercept();
  e.termNames = m.basis().names();
  e.terms = m.basis().expand(row).row(0).transpose();
  e.weights = m.weights();
  e.contributions = e.weights.cwiseProduct(e.terms);
  if (const auto* ols = dynamic_cast<const OlsModel*>(&m)) {
    const OlsBands b = ols->bands(row, level);
    e.interval = OlsProbeInterval{level, b.meanLow(0), b.meanHigh(0), b.predLow(0), b.predHigh(0)};
  }
}

}  // namespace

ProbeExplanation explainProbe(const FittedModel& model, const Eigen::VectorXd& x, double level) {
  ProbeExplanation e;
  e.modelId = model.modelId;
  e.task = model.task;
  e.x = x;
  e.classes = model.classes;
  if (x.size() != static_cast<Eigen::Index>(model.inputNames.size()) || x.size() == 0) {
    e.error = "The probe has " + std::to_string(x.size()) + " coordinates but the model uses " +
              std::to_string(model.inputNames.size()) + " features.";
    return e;
  }
  if (!x.allFinite()) {
    e.error = "The probe is not a finite point.";
    return e;
  }
  const Eigen::MatrixXd row = x.transpose();
  Prediction p;
  model.predict(row, p);
  e.prediction = p.value(0);
  if (e.task == Task::Classification) {
    e.predictedClass = static_cast<int>(std::lround(p.value(0)));
    if (p.proba.rows() == 1) e.proba = p.proba.row(0).transpose();
  }

  if (const auto* lda = dynamic_cast<const LdaModel*>(&model)) {
    explainLda(*lda, row, e);
  } else if (const auto* qda = dynamic_cast<const QdaModel*>(&model)) {
    explainQda(*qda, row, e);
  } else if (const auto* knn = dynamic_cast<const KnnModel*>(&model)) {
    explainKnn(*knn, e);
  } else if (const auto* logistic = dynamic_cast<const LogisticModel*>(&model)) {
    e.kind = ProbeExplanation::Kind::Logits;
    e.scores = logistic->logits(row).row(0).transpose();
  } else if (const auto* nn = dynamic_cast<const NnModel*>(&model)) {
    e.kind = ProbeExplanation::Kind::Network;
    e.network = nn->explain(x);
    e.activation = activationName(nn->network().activation);
  } else if (const auto* linear = dynamic_cast<const LinearModel*>(&model)) {
    explainLinear(*linear, row, level, e);
  }
  return e;
}

std::optional<DataPointExplanation> explainTrainingPoint(const FittedModel& model, const Dataset& train,
                                                         Eigen::Index row) {
  if (row < 0 || row >= train.rows() || train.X.cols() != static_cast<Eigen::Index>(model.inputNames.size()))
    return std::nullopt;
  DataPointExplanation d;
  d.row = row;
  d.target = train.y(row);
  Prediction p;
  model.predict(train.X.row(row), p);
  d.fitted = p.value(0);
  if (model.task == Task::Regression) {
    d.residual = d.target - d.fitted;
    if (const auto* ols = dynamic_cast<const OlsModel*>(&model)) {
      // The model's own numbers for its training rows (the same up to rounding).
      if (row < ols->residuals().size()) d.residual = ols->residuals()(row);
      if (row < ols->leverage().size()) d.leverage = ols->leverage()(row);
    }
  }
  return d;
}

}  // namespace supex
