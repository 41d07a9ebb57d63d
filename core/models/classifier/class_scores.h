#pragma once
// Helpers shared by the classifiers that score every class (logistic logits,
// LDA/QDA discriminants): probabilities are softmax(scores), computed with the
// log-sum-exp shift so that no exp() overflows, and the predicted class is
// the highest score (the lowest class index on an exact tie).
#include <string>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/fitted_model.h"

namespace supex {

// log Σ_k exp(s_ik) for every row i, as m_i + log Σ_k exp(s_ik − m_i), m_i = max_k s_ik.
Eigen::VectorXd logSumExpRows(Eigen::Ref<const Eigen::MatrixXd> scores);

// Replaces every row by softmax(row), in place.
void softmaxRows(Eigen::Ref<Eigen::MatrixXd> scores);

// out.value = argmax class per row, out.proba = softmax(scores).
void scoresToPrediction(Eigen::Ref<const Eigen::MatrixXd> scores, Prediction& out);

// A usage error unless at least two classes have training rows, and a
// numerical error naming the first class with fewer than `minRows` rows:
// a classifier cannot estimate anything for a class it never saw. `why`
// ends the message's first sentence, e.g. "to estimate its covariance".
Status checkClassCounts(const Dataset& data, const std::string& model, int minRows, const std::string& why);

}  // namespace supex
