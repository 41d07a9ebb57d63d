#pragma once
// Scores reported by `supex fit` and the explorer's info panel.
//   accuracy  = share of rows whose predicted class is the true class
//   log_loss  = −(1/n) Σ log p̂_{yᵢ}(xᵢ), p̂ clipped to [1e-15, 1 − 1e-15]
//   mse       = RSS / n
//   r2        = 1 − RSS / Σ(yᵢ − ȳ)², ȳ the mean of the same rows (so a test
//               set's R² uses the test mean); NaN when all yᵢ are equal.
#include <Eigen/Dense>

namespace supex {

double accuracy(const Eigen::VectorXd& predictedClass, const Eigen::VectorXd& trueClass);
double logLoss(const Eigen::MatrixXd& proba, const Eigen::VectorXd& trueClass);
double meanSquaredError(const Eigen::VectorXd& predicted, const Eigen::VectorXd& truth);
double rSquared(const Eigen::VectorXd& predicted, const Eigen::VectorXd& truth);

}  // namespace supex
