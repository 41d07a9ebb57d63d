#pragma once
// A data set as every model sees it: n rows of d numeric features and one
// target. For classification the target holds the class index (0..K-1) into
// `classes`, whose order is the contract's: numeric order when every label is
// a number, otherwise byte-wise lexicographic order.
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace supex {

enum class Task { Classification, Regression };

const char* taskName(Task task);

struct Dataset {
  Eigen::MatrixXd X;                      // n x d features
  Eigen::VectorXd y;                      // target value, or class index for classification
  std::vector<std::string> featureNames;  // d names
  std::string targetName = "y";
  Task task = Task::Regression;
  std::vector<std::string> classes;  // class labels as printed, in class order
  bool hasTarget = true;             // a --test file may omit the target

  Eigen::Index rows() const { return X.rows(); }
  Eigen::Index cols() const { return X.cols(); }
  int numClasses() const { return static_cast<int>(classes.size()); }
  int label(Eigen::Index i) const { return static_cast<int>(y(i)); }
  // Number of rows in each class (size numClasses()).
  std::vector<int> classCounts() const;
  // The rows listed, in that order, with names and classes kept.
  Dataset subset(const std::vector<Eigen::Index>& rows) const;
};

}  // namespace supex
