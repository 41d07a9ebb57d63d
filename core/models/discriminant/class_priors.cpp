#include "core/models/discriminant/class_priors.h"

#include <cmath>

namespace supex {

Result<Eigen::VectorXd> resolvePriors(const std::vector<double>& given, const Dataset& data, const std::string& model) {
  const int K = data.numClasses();
  Eigen::VectorXd priors(K);
  if (given.empty()) {
    const std::vector<int> counts = data.classCounts();
    for (int k = 0; k < K; ++k) priors(k) = counts[static_cast<std::size_t>(k)];
  } else {
    if (static_cast<int>(given.size()) != K) {
      std::string names;
      for (const auto& c : data.classes) names += (names.empty() ? "" : ", ") + c;
      return usageError("The 'priors' parameter of " + model + " has " + std::to_string(given.size()) +
                        " value" + (given.size() == 1 ? "" : "s") + " but the data have " + std::to_string(K) +
                        " classes (" + names + "); give one prior per class, in that order.");
    }
    for (int k = 0; k < K; ++k) {
      const double p = given[static_cast<std::size_t>(k)];
      // The parameter table already checks the domain; this guards direct callers.
      if (!(p > 0) || !std::isfinite(p))
        return usageError("The 'priors' parameter of " + model + " must be a comma list of numbers > 0.");
      priors(k) = p;
    }
  }
  return Eigen::VectorXd(priors / priors.sum());
}

}  // namespace supex
