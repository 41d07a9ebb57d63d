#pragma once
// Builds small classification data sets for the classifier tests.
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace supex::test {

// `values` row by row (d per row), `labels` class indices into `classes`.
inline Dataset classificationData(Eigen::Index d, const std::vector<double>& values, const std::vector<int>& labels,
                                  std::vector<std::string> classes, std::vector<std::string> names = {}) {
  Dataset data;
  data.task = Task::Classification;
  const auto n = static_cast<Eigen::Index>(labels.size());
  data.X = Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(values.data(), n, d);
  data.y.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) data.y(i) = labels[static_cast<std::size_t>(i)];
  if (names.empty())
    for (Eigen::Index j = 0; j < d; ++j) {
      std::string name(1, 'x');  // not "x" + ...: GCC 12 emits a false -Wrestrict there
      name += std::to_string(j + 1);
      names.push_back(name);
    }
  data.featureNames = std::move(names);
  data.classes = std::move(classes);
  data.targetName = "label";
  return data;
}

inline Eigen::MatrixXd rowMajor(Eigen::Index rows, Eigen::Index cols, const std::vector<double>& values) {
  return Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(values.data(), rows,
                                                                                                 cols);
}

// Largest |a − b| / max(1, |b|) over all entries: a relative tolerance that
// does not blow up for entries near zero.
inline double maxRelDiff(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
  return ((a - b).array().abs() / b.array().abs().max(1.0)).maxCoeff();
}

}  // namespace supex::test
