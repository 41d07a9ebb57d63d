#pragma once
// Helpers shared by the OLS tests: a tiny fixture loader (kept independent of
// the CSV reader, which lives on another branch) and relative comparisons.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/data/dataset.h"

namespace olstest {

// Reads tests/data/<name>: '#' comment lines, a header, numeric rows; the
// last column is the target.
inline supex::Dataset loadFixture(const std::string& name) {
  std::ifstream in(std::string(SUPEX_TEST_DATA_DIR) + "/" + name);
  std::vector<std::string> header;
  std::vector<std::vector<double>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    std::string cell;
    std::vector<std::string> cells;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    if (header.empty()) {
      header = cells;
      continue;
    }
    std::vector<double> row;
    for (const auto& c : cells) row.push_back(std::stod(c));
    rows.push_back(row);
  }
  supex::Dataset d;
  const Eigen::Index n = static_cast<Eigen::Index>(rows.size());
  const Eigen::Index k = static_cast<Eigen::Index>(header.size()) - 1;
  d.X.resize(n, k);
  d.y.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < k; ++j) d.X(i, j) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    d.y(i) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(k)];
  }
  d.featureNames.assign(header.begin(), header.end() - 1);
  d.targetName = header.back();
  return d;
}

inline supex::Dataset makeDataset(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                  std::vector<std::string> names) {
  supex::Dataset d;
  d.X = X;
  d.y = y;
  d.featureNames = std::move(names);
  return d;
}

inline double relError(double actual, double expected) {
  if (actual == expected) return 0.0;
  return std::abs(actual - expected) / std::abs(expected);
}

inline QByteArray describe(const char* what, double actual, double expected) {
  return QString("%1: got %2, expected %3 (relative error %4)")
      .arg(what)
      .arg(actual, 0, 'g', 17)
      .arg(expected, 0, 'g', 17)
      .arg(relError(actual, expected), 0, 'g', 3)
      .toUtf8();
}

}  // namespace olstest

// Relative comparison; `tiny` is an absolute floor for values near zero.
#define OLS_COMPARE_REL(actual, expected, rel)                                                   \
  do {                                                                                           \
    const double a_ = (actual), e_ = (expected);                                                 \
    QVERIFY2(olstest::relError(a_, e_) <= (rel), olstest::describe(#actual, a_, e_).constData()); \
  } while (0)

#define OLS_COMPARE_REL_OR_ABS(actual, expected, rel, tiny)                                     \
  do {                                                                                          \
    const double a_ = (actual), e_ = (expected);                                                \
    QVERIFY2(olstest::relError(a_, e_) <= (rel) || std::abs(a_ - e_) <= (tiny),                 \
             olstest::describe(#actual, a_, e_).constData());                                   \
  } while (0)
