#pragma once
// Shared by the ridge and lasso tests: a small deterministic regression data
// set defined by a formula, so the scikit-learn references can be re-made
// from the same formula in Python (numpy's cos/sin and the C library's agree
// to an ulp, far below the test tolerances):
//
//   def data(n, beta):
//       d = len(beta); i = np.arange(1, n+1)[:, None]; j = np.arange(d)[None, :]
//       X = np.cos(0.37*i*(j+2) + 0.5*j) * (1 + 0.3*j)
//       y = 1.5 + X @ np.array(beta) + 0.2*np.sin(2.3*i[:, 0])
//       return X, y
#include <QtTest>

#include <cmath>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace supex::test {

inline Dataset formulaData(int n, const std::vector<double>& beta) {
  const int d = static_cast<int>(beta.size());
  Dataset data;
  data.X.resize(n, d);
  data.y.resize(n);
  for (int r = 0; r < n; ++r) {
    const double i = r + 1;
    double y = 1.5 + 0.2 * std::sin(2.3 * i);
    for (int j = 0; j < d; ++j) {
      data.X(r, j) = std::cos(0.37 * i * (j + 2) + 0.5 * j) * (1 + 0.3 * j);
      y += beta[static_cast<std::size_t>(j)] * data.X(r, j);
    }
    data.y(r) = y;
  }
  for (int j = 0; j < d; ++j) data.featureNames.push_back(std::string("x").append(std::to_string(j + 1)));
  data.task = Task::Regression;
  return data;
}

// |actual − expected| ≤ rel·|expected| + abs, with a message that shows both.
inline bool near(double actual, double expected, double rel, double abs = 0.0) {
  return std::abs(actual - expected) <= rel * std::abs(expected) + abs;
}

#define SUPEX_COMPARE_NEAR(actual, expected, rel, abs)                                                     \
  do {                                                                                                     \
    const double a_ = (actual), e_ = (expected);                                                           \
    QVERIFY2(::supex::test::near(a_, e_, (rel), (abs)),                                                    \
             qPrintable(QString("%1 = %2, expected %3").arg(#actual).arg(a_, 0, 'g', 17).arg(e_, 0, 'g', 17))); \
  } while (0)

}  // namespace supex::test
