#include "core/data/dataset.h"

namespace supex {

const char* taskName(Task task) {
  return task == Task::Classification ? "classification" : "regression";
}

std::vector<int> Dataset::classCounts() const {
  std::vector<int> counts(classes.size(), 0);
  for (Eigen::Index i = 0; i < y.size(); ++i) {
    const int k = label(i);
    if (k >= 0 && k < numClasses()) ++counts[static_cast<std::size_t>(k)];
  }
  return counts;
}

Dataset Dataset::subset(const std::vector<Eigen::Index>& rowsWanted) const {
  Dataset out;
  out.featureNames = featureNames;
  out.targetName = targetName;
  out.task = task;
  out.classes = classes;
  out.hasTarget = hasTarget;
  out.X.resize(static_cast<Eigen::Index>(rowsWanted.size()), X.cols());
  out.y.resize(hasTarget ? static_cast<Eigen::Index>(rowsWanted.size()) : 0);
  for (std::size_t r = 0; r < rowsWanted.size(); ++r) {
    const auto i = static_cast<Eigen::Index>(r);
    out.X.row(i) = X.row(rowsWanted[r]);
    if (hasTarget) out.y(i) = y(rowsWanted[r]);
  }
  return out;
}

}  // namespace supex
