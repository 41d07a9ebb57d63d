#include "core/models/classifier/json_matrix.h"

#include <vector>

namespace supex {

nlohmann::json vectorJson(const Eigen::VectorXd& v) { return std::vector<double>(v.data(), v.data() + v.size()); }

nlohmann::json matrixRowsJson(const Eigen::MatrixXd& m) {
  nlohmann::json out = nlohmann::json::array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) out.push_back(vectorJson(m.row(i).transpose()));
  return out;
}

}  // namespace supex
