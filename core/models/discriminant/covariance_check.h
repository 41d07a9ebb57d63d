#pragma once
// Is a covariance matrix Σ (numerically) singular, and if so which feature is
// to blame? The test is free of units, so it gives the same answer for
// standardised and raw features:
//  * zero variance: √Σ_jj ≤ 1e-12 · max_i |x_ij| (the feature does not vary
//    beyond rounding error);
//  * dependence: the LDLᵀ pivots of the correlation matrix D^{-1/2} Σ D^{-1/2}
//    (D = diag Σ), in column order, are 1 − R²_j of feature j regressed on
//    features 0..j−1; a pivot ≤ 1e-10 means feature j is a linear combination
//    of the features before it up to rounding (a correlation matrix with
//    condition number beyond ~1e10).
// Reference: Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.
// (2002), §10.1 (Cholesky is stable without pivoting) and §10.3 (the
// positive semidefinite case: a zero pivot marks a dependent column).
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Dense>

namespace supex {

struct CovarianceSingularity {
  Eigen::Index feature = 0;   // the first feature (column) found responsible
  bool zeroVariance = false;  // true: it does not vary; false: it is a combination of the features before it
};

// `featureScale`: max |x_ij| of each feature, in the units of `sigma`.
std::optional<CovarianceSingularity> findCovarianceSingularity(const Eigen::MatrixXd& sigma,
                                                               const Eigen::VectorXd& featureScale);

// "feature 'x2' does not vary<where>. Drop that feature" or "feature 'x3' is
// a linear combination of the features before it (x1, x2)<where>. Drop it or
// one of those", with `where` e.g. " within the classes".
std::string describeSingularity(const CovarianceSingularity& s, const std::vector<std::string>& featureNames,
                                const std::string& where);

}  // namespace supex
