#pragma once
// The data set shared by the LDA and QDA tests against scikit-learn: three
// correlated Gaussian classes in 3-D with 8, 10 and 12 rows, rounded to 2
// decimals (python3, numpy 1.24.2):
//   rng = np.random.RandomState(11)
//   A = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.2, -0.3, 0.9]])
//   X = np.round(np.vstack([rng.randn(8, 3) @ A + [0, 0, 0],
//                           rng.randn(10, 3) @ (1.5 * A.T) + [2, 1, -1],
//                           rng.randn(12, 3) + [1, 3, 1]]), 2)
//   y = np.repeat([0, 1, 2], [8, 10, 12])
//   T = np.array([[0, 0, 0], [1, 2, 0.5], [2.5, 0.5, -1.5], [-1, 4, 2]])
#include <vector>

#include "tests/core/classification_data.h"

namespace supex::test {

inline Dataset discriminantData() {
  const std::vector<double> X = {
      1.48,  -0.08, -0.44, -2.72, 0.09,  -0.29, -0.26, 0.13,  0.38,  -1.69, -0.57, -0.43, 0.77,  0.84,  -1.17,
      -0.36, 0.12,  1.42,  -0.22, -0.88, 0.99,  0.44,  0.12,  1.39,  2.95,  1.66,  0.14,  1.04,  0.21,  -1.89,
      1.69,  0.23,  -1.09, 1.43,  0.76,  -1.07, 2.44,  2.95,  -3.63, 3.94,  1.88,  -2.17, 1.74,  0.96,  0.35,
      0.41,  0.31,  -1.26, -0.53, -1.94, -0.16, 3.04,  2.93,  -0.56, 1.4,   3.12,  2.21,  0.16,  2.86,  1.39,
      -0.58, 4.31,  0.21,  0.93,  5.16,  0.17,  0.47,  4.56,  -0.08, 0.57,  3.52,  1.46,  1.59,  3.37,  2.35,
      2.02,  3.6,   0.32,  0.29,  1.09,  1.69,  -0.82, 3.88,  2.85,  -0.06, 2.32,  0.52,  1.83,  2.14,  0.87};
  std::vector<int> y;
  for (int k = 0, counts[] = {8, 10, 12}; k < 3; ++k)
    for (int i = 0; i < counts[k]; ++i) y.push_back(k);
  return classificationData(3, X, y, {"0", "1", "2"});
}

inline Eigen::MatrixXd discriminantTestPoints() { return rowMajor(4, 3, {0, 0, 0, 1, 2, 0.5, 2.5, 0.5, -1.5, -1, 4, 2}); }

}  // namespace supex::test
