#pragma once
// Eigen vectors and matrices as JSON arrays: a vector is one array, a matrix
// is an array of its rows (the contract's "K arrays of d").
#include <Eigen/Dense>
#include <nlohmann/json.hpp>

namespace supex {

nlohmann::json vectorJson(const Eigen::VectorXd& v);
nlohmann::json matrixRowsJson(const Eigen::MatrixXd& m);

}  // namespace supex
