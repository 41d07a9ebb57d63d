#include "core/models/linear/coefficient_path.h"

#include <cmath>

namespace supex {

nlohmann::json coefficientPathJson(const CoefficientPath& path) {
  nlohmann::json coefficients = nlohmann::json::array();
  for (Eigen::Index k = 0; k < path.coefficients.rows(); ++k) {
    std::vector<double> row(static_cast<std::size_t>(path.coefficients.cols()));
    for (Eigen::Index j = 0; j < path.coefficients.cols(); ++j) row[static_cast<std::size_t>(j)] = path.coefficients(k, j);
    coefficients.push_back(std::move(row));
  }
  return {{"lambdas", path.lambdas}, {"coefficients", std::move(coefficients)}};
}

std::vector<double> logSpaced(double from, double to, int count) {
  std::vector<double> out;
  if (count <= 0) return out;
  out.reserve(static_cast<std::size_t>(count));
  out.push_back(from);
  if (count == 1) return out;
  if (from == to) {  // e.g. λ_max = 0 for a constant target: no range to span
    out.assign(static_cast<std::size_t>(count), from);
    return out;
  }
  // Interpolate the exponent, then pin the last value so both ends are exact.
  const double ratio = std::log(to / from);
  for (int k = 1; k < count - 1; ++k) out.push_back(from * std::exp(ratio * k / (count - 1)));
  out.push_back(to);
  return out;
}

}  // namespace supex
