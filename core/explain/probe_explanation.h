#pragma once
// "Explain this point": everything a fitted model computes on its way to the
// prediction at one probe point x, so the GUI can show each equation at work.
//   kNN:       the k neighbours N_k(x) with their distances D_p(x, xᵢ) and
//              targets, the votes per class and P(k | x) = votes_k / k (or
//              the mean of the neighbours' targets for regression);
//   LDA/QDA:   δ_k(x) split into its terms, and P(k | x) = softmax(δ)_k;
//   logistic:  the logits z_k(x) = w_k·φ(x) + b_k and softmax(z);
//   network:   z^[l] and a^[l] of every layer, p = a^[L];
//   ols, ridge, lasso: ŷ = b + Σ_j w_j φ_j(x) term by term, and for OLS the
//              confidence interval of the mean and the prediction interval.
// Every number comes from the model's own functions (discriminants(),
// logits(), neighbours(), explain(), bands()), and the probabilities are the
// model's predict() output, so the explanation cannot disagree with the map.
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/data/dataset.h"
#include "core/models/fitted_model.h"
#include "core/models/knn/knn.h"
#include "core/models/nn/nn_model.h"

namespace supex {

struct OlsProbeInterval {
  double level = 0.95;
  double meanLow = 0, meanHigh = 0;  // ŷ ± t·σ̂·√(x₀ᵀ(XᵀX)⁻¹x₀)
  double predLow = 0, predHigh = 0;  // ŷ ± t·σ̂·√(1 + x₀ᵀ(XᵀX)⁻¹x₀)
};

struct ProbeExplanation {
  enum class Kind { None, Neighbours, Discriminants, Logits, Network, Linear };
  Kind kind = Kind::None;
  std::string modelId;
  std::string error;  // non-empty: nothing could be explained (the sentence says why)
  Task task = Task::Classification;
  Eigen::VectorXd x;  // the probe, raw input features
  std::vector<std::string> classes;

  // Classification: the probabilities predict() gives at x and the class it picks.
  Eigen::VectorXd proba;
  int predictedClass = -1;
  // The prediction: a class index, or the regression value ŷ.
  double prediction = std::numeric_limits<double>::quiet_NaN();

  // LDA/QDA: δ_k(x); logistic: z_k(x). One per class.
  Eigen::VectorXd scores;
  // The terms that add up to each score (K x terms), named in scoreTermNames:
  // LDA log π_k, xᵀΣ⁻¹μ_k, −½μ_kᵀΣ⁻¹μ_k; QDA log π_k, −½log|Σ_k|, −½(x−μ_k)ᵀΣ_k⁻¹(x−μ_k).
  Eigen::MatrixXd scoreTerms;
  std::vector<std::string> scoreTermNames;
  // QDA: the Mahalanobis distance of x from each class, √((x−μ_k)ᵀΣ_k⁻¹(x−μ_k));
  // LDA: the same with the pooled Σ. Ties the table to the ellipses.
  Eigen::VectorXd mahalanobis;

  // kNN.
  std::vector<Neighbour> neighbours;
  std::vector<int> votes;  // classification: votes per class among the neighbours
  bool standardized = false;

  // Network.
  NnExplanation network;
  std::string activation;

  // Linear regression: ŷ = intercept + Σ_j contributions_j, contributions_j = weights_j · terms_j.
  double intercept = 0;
  std::vector<std::string> termNames;
  Eigen::VectorXd terms, weights, contributions;
  std::optional<OlsProbeInterval> interval;  // OLS only
};

// Explains `model` at the raw input point `x` (one value per input feature).
// `level` is the confidence level of OLS intervals (e.g. the canvas bands').
ProbeExplanation explainProbe(const FittedModel& model, const Eigen::VectorXd& x, double level = 0.95);

// A training point under the probe: its target, the model's fit there, and
// for regression the residual eᵢ = yᵢ − ŷᵢ and, for OLS, the leverage hᵢᵢ.
struct DataPointExplanation {
  Eigen::Index row = -1;  // training row
  double target = 0;      // yᵢ (a class index for classification)
  double fitted = 0;      // ŷᵢ
  std::optional<double> residual;
  std::optional<double> leverage;
};

std::optional<DataPointExplanation> explainTrainingPoint(const FittedModel& model, const Dataset& train,
                                                         Eigen::Index row);

}  // namespace supex
