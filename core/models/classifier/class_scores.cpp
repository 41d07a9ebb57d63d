#include "core/models/classifier/class_scores.h"

#include <algorithm>
#include <cmath>

namespace supex {

// Scores are column-major (rows × K, K small). Each function below works on
// blocks of up to kBlock rows: within a block every step runs down whole
// columns, so it vectorises, and the temporaries live on the stack and in L1
// instead of being a fresh heap array (and fresh page faults) per step.
// A grid of 160,000 cells spent more time faulting in temporaries than in exp().

namespace {

constexpr Eigen::Index kBlock = 256;
using Column = Eigen::Array<double, Eigen::Dynamic, 1, 0, kBlock, 1>;

template <class Scores>
Column rowMax(const Scores& s) {
  Column m = s.col(0).array();
  for (Eigen::Index k = 1; k < s.cols(); ++k) m = m.max(s.col(k).array());
  return m;
}

// Calls f(first row, rows) for consecutive blocks covering [0, n).
template <class F>
void forBlocks(Eigen::Index n, F f) {
  for (Eigen::Index r = 0; r < n; r += kBlock) f(r, std::min(kBlock, n - r));
}

void softmaxBlock(Eigen::Ref<Eigen::MatrixXd> s) {
  if (s.cols() == 2) {
    // Two classes: after the shift one term is exp(0) = 1 and the other
    // e = exp(−|s₀ − s₁|), so one exp per row gives the very same numbers
    // as the general formula below. The plain loop (no Eigen select, which
    // branches per row) lets the compiler blend without branches.
    const Column e = (-(s.col(0) - s.col(1)).array().abs()).exp();
    const Column sum = 1.0 + e;
    const Column high = sum.inverse();
    const Column low = e / sum;
    double* p0 = s.col(0).data();
    double* p1 = s.col(1).data();
    for (Eigen::Index i = 0; i < s.rows(); ++i) {
      const bool first = p0[i] >= p1[i];
      p0[i] = first ? high[i] : low[i];
      p1[i] = first ? low[i] : high[i];
    }
    return;
  }
  const Column m = rowMax(s);
  Column sum = Column::Zero(s.rows());
  for (Eigen::Index k = 0; k < s.cols(); ++k) {
    s.col(k) = (s.col(k).array() - m).exp().matrix();
    sum += s.col(k).array();
  }
  for (Eigen::Index k = 0; k < s.cols(); ++k) s.col(k).array() /= sum;
}

}  // namespace

Eigen::VectorXd logSumExpRows(Eigen::Ref<const Eigen::MatrixXd> scores) {
  Eigen::VectorXd out(scores.rows());
  forBlocks(scores.rows(), [&](Eigen::Index r, Eigen::Index n) {
    const auto s = scores.middleRows(r, n);
    const Column m = rowMax(s);
    Column sum = Column::Zero(n);
    for (Eigen::Index k = 0; k < s.cols(); ++k) sum += (s.col(k).array() - m).exp();
    // A row whose maximum is ±∞ or NaN keeps that maximum (−∞ − −∞ is NaN).
    out.segment(r, n) = m.isFinite().select(m + sum.log(), m).matrix();
  });
  return out;
}

void softmaxRows(Eigen::Ref<Eigen::MatrixXd> scores) {
  forBlocks(scores.rows(), [&](Eigen::Index r, Eigen::Index n) { softmaxBlock(scores.middleRows(r, n)); });
}

void scoresToPrediction(Eigen::Ref<const Eigen::MatrixXd> scores, Prediction& out) {
  out.value.resize(scores.rows());
  out.proba = scores;
  forBlocks(scores.rows(), [&](Eigen::Index r, Eigen::Index n) {
    const auto s = scores.middleRows(r, n);
    // Plain loops, not Eigen's select (which branches per row), so that the
    // compiler blends without branches.
    Column best = s.col(0).array();
    Column label = Column::Zero(n);
    for (Eigen::Index k = 1; k < s.cols(); ++k) {
      const double* sk = s.col(k).data();
      const double kd = static_cast<double>(k);
      for (Eigen::Index i = 0; i < n; ++i) {
        const bool higher = sk[i] > best[i];  // strictly: the lower class index wins a tie
        best[i] = higher ? sk[i] : best[i];
        label[i] = higher ? kd : label[i];
      }
    }
    out.value.segment(r, n) = label.matrix();
    softmaxBlock(out.proba.middleRows(r, n));
  });
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
