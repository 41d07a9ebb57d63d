#include "core/models/classifier/class_scores.h"

#include <cmath>

namespace supex {

Eigen::VectorXd logSumExpRows(Eigen::Ref<const Eigen::MatrixXd> scores) {
  Eigen::VectorXd out(scores.rows());
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    const double m = scores.row(i).maxCoeff();
    out(i) = std::isfinite(m) ? m + std::log((scores.row(i).array() - m).exp().sum()) : m;
  }
  return out;
}

void softmaxRows(Eigen::Ref<Eigen::MatrixXd> scores) {
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    const double m = scores.row(i).maxCoeff();
    scores.row(i) = (scores.row(i).array() - m).exp();
    scores.row(i) /= scores.row(i).sum();
  }
}

void scoresToPrediction(Eigen::Ref<const Eigen::MatrixXd> scores, Prediction& out) {
  out.value.resize(scores.rows());
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    Eigen::Index best = 0;
    scores.row(i).maxCoeff(&best);  // first maximum: the lower class index wins a tie
    out.value(i) = static_cast<double>(best);
  }
  out.proba = scores;
  softmaxRows(out.proba);
}

Status checkClassCounts(const Dataset& data, const std::string& model, int minRows, const std::string& why) {
  const std::vector<int> counts = data.classCounts();
  int present = 0;
  for (int c : counts) present += c > 0 ? 1 : 0;
  if (present < 2)
    return usageError("The model " + model + " needs at least two classes in the training data; it has " +
                      std::to_string(present) + ".");
  for (std::size_t k = 0; k < counts.size(); ++k)
    if (counts[k] < minRows)
      return numericalError("The class '" + data.classes[k] + "' has " + std::to_string(counts[k]) +
                            " training row" + (counts[k] == 1 ? "" : "s") + "; " + model + " needs at least " +
                            std::to_string(minRows) + " per class " + why +
                            ". Add rows of that class or remove the class.");
  return Ok{};
}

}  // namespace supex
