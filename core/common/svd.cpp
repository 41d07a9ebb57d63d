#include "core/common/svd.h"

#include <Eigen/SVD>

namespace supex {

Svd thinSvd(Eigen::Ref<const Eigen::MatrixXd> a) {
  const Eigen::BDCSVD<Eigen::MatrixXd> svd(a, Eigen::ComputeThinU | Eigen::ComputeThinV);
  return {svd.singularValues(), svd.matrixU(), svd.matrixV()};
}

Eigen::VectorXd singularValues(Eigen::Ref<const Eigen::MatrixXd> a) {
  return Eigen::BDCSVD<Eigen::MatrixXd>(a).singularValues();
}

}  // namespace supex
