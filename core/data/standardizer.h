#pragma once
// Column standardisation z = (x − mean) / sd, with the population standard
// deviation (divide by n, as scikit-learn's StandardScaler). A constant
// column keeps scale 1 so it maps to zero instead of dividing by zero.
#include <Eigen/Dense>

namespace supex {

struct Standardizer {
  Eigen::RowVectorXd mean;
  Eigen::RowVectorXd scale;

  static Standardizer fit(Eigen::Ref<const Eigen::MatrixXd> X);
  Eigen::MatrixXd transform(Eigen::Ref<const Eigen::MatrixXd> X) const;
  Eigen::MatrixXd inverse(Eigen::Ref<const Eigen::MatrixXd> Z) const;
};

}  // namespace supex
