#pragma once
// A regularisation path: the fitted coefficients at a sequence of penalties
// λ. Ridge and lasso both produce one for the GUI's coefficient-path view;
// lasso also writes it to `fit --json` as the contract's `path` object.
#include <vector>

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

namespace supex {

struct CoefficientPath {
  std::vector<double> lambdas;   // N penalties, in the order they were fitted
  Eigen::MatrixXd coefficients;  // N x (1 + p): intercept first, then w, in the units of φ(x)
};

// {"lambdas": [N], "coefficients": [N arrays, intercept first]}: the
// contract's `path` object.
nlohmann::json coefficientPathJson(const CoefficientPath& path);

// `count` values from `from` to `to` (both included, from > to > 0 for a
// descending grid), equally spaced in log λ. count = 1 gives {from};
// from == to (even 0) gives count copies.
std::vector<double> logSpaced(double from, double to, int count);

}  // namespace supex
