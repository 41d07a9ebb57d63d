#include "core/models/linear/basis_components.h"

#include <limits>

#include "core/common/svd.h"
#include "core/models/linear/linear_design.h"

namespace supex {

Eigen::MatrixXd basisComponents(const LinearModel& model, Eigen::Ref<const Eigen::MatrixXd> X) {
  const Eigen::MatrixXd phi = model.basis().expand(X);
  Eigen::MatrixXd out(X.rows(), phi.cols() + 1);
  out.col(0).setConstant(model.intercept());
  out.rightCols(phi.cols()) = phi * model.weights().asDiagonal();
  return out;
}

double conditionNumber(Eigen::Ref<const Eigen::MatrixXd> A) {
  if (A.size() == 0) return 1.0;
  const Eigen::VectorXd s = singularValues(A);
  const double smallest = s(s.size() - 1);
  if (!(smallest > 0)) return std::numeric_limits<double>::infinity();
  return s(0) / smallest;
}

Result<double> designConditionNumber(const Dataset& data, const BasisParams& basis, bool standardize) {
  auto design = LinearDesign::make(data, basis, standardize);
  if (!design) return design.error();
  return conditionNumber(design->phi);
}

}  // namespace supex
