#pragma once
// The prior class probabilities π_k of the discriminant models (lda, qda).
// The `priors` parameter is a comma list in class order, normalised here to
// sum to 1; left empty it means the class frequencies n_k / n.
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/data/dataset.h"

namespace supex {

// A usage error when `given` is neither empty nor one positive number per class.
Result<Eigen::VectorXd> resolvePriors(const std::vector<double>& given, const Dataset& data, const std::string& model);

}  // namespace supex
