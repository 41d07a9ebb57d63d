// The regularisation path of the "Regularisation path" view against hand
// calculations (lasso's λ_max) and numpy (a ridge solve at one λ of the path).
//
// numpy reference (python3, numpy 1.24.2), the data of oneFeature(5):
//   import numpy as np
//   x = np.array([0., 1, 2, 3, 4]); y = np.array([1., 3, 2, 5, 4])
//   Phi = np.column_stack([x, x**2]); Phic = Phi - Phi.mean(0); yc = y - y.mean()
//   s1 = np.linalg.svd(Phic, compute_uv=False)[0]; lam = s1**2 * 1e-2
//   w = np.linalg.solve(Phic.T @ Phic + lam*np.eye(2), Phic.T @ yc); b = y.mean() - Phi.mean(0) @ w
//   print(s1**2, lam, b, w)
//   -> 183.23595782365632 1.8323595782365631 1.7031689923017979 [0.43008083860848706 0.07277822174687133]
#include <QtTest>

#include <cmath>

#include "core/models/lasso/lasso.h"
#include "core/models/linear/regularisation_path.h"

using namespace supex;

namespace {

Dataset oneFeature(int n) {
  const double xs[] = {0, 1, 2, 3, 4};
  const double ys[] = {1, 3, 2, 5, 4};
  Dataset d;
  d.task = Task::Regression;
  d.X.resize(n, 1);
  d.y.resize(n);
  for (int i = 0; i < n; ++i) {
    d.X(i, 0) = xs[i];
    d.y(i) = ys[i];
  }
  d.featureNames = {"x"};
  return d;
}

}  // namespace

class TestRegularisationPath : public QObject {
  Q_OBJECT

 private slots:
  // x = 0..3, y = 1 3 2 5, φ = (x, x²): ȳ = 2.75, y_c = (−1.75, 0.25, −0.75, 2.25);
  // x_c = (−1.5, −0.5, 0.5, 1.5) gives x_cᵀy_c = 5.5; (x²)_c = (−3.5, −2.5, 0.5, 5.5)
  // gives 17.5. λ_max = 2·max(5.5, 17.5) = 35 (the contract's scaling, no 1/(2n)).
  void lassoPathIsZeroFromLambdaMax() {
    const Dataset data = oneFeature(4);
    const ParamValues values{{"basis", "poly"}, {"degree", "2"}};
    auto path = regularisationPath(data, "lasso", values, {.count = 60});
    QVERIFY2(path.ok(), path.ok() ? "" : path.error().message.c_str());
    QCOMPARE(path->lambdaMax, 35.0);
    QCOMPARE(path->path.lambdas.front(), 350.0);  // the grid starts at 10·λ_max
    int above = 0;
    for (std::size_t k = 0; k < path->path.lambdas.size(); ++k) {
      const auto row = path->path.coefficients.row(static_cast<Eigen::Index>(k));
      if (path->path.lambdas[k] >= 35.0) {
        ++above;
        QCOMPARE(row(1), 0.0);  // exactly zero, not merely small
        QCOMPARE(row(2), 0.0);
        QVERIFY(std::abs(row(0) - 2.75) < 1e-12);  // the intercept alone: ȳ
      } else if (path->path.lambdas[k] < 35.0 * 0.9) {
        QVERIFY(row(2) != 0.0);  // just below λ_max the x² column enters
      }
    }
    QVERIFY(above >= 10);
    QCOMPARE(path->unconverged, 0);
    // The model itself at exactly λ_max.
    LassoParams p;
    p.lambda = 35.0;
    p.basis = {"poly", 2, 1.0};
    auto model = fitLasso(data, p);
    QVERIFY(model.ok());
    QCOMPARE(model.value()->weights()(0), 0.0);
    QCOMPARE(model.value()->weights()(1), 0.0);
  }

  // Standardised, φ = x: sd(x) = √1.25 (population), so the standardised
  // column's x_cᵀy_c is 5.5/√1.25 and λ_max = 11/√1.25; the path reports the
  // scale √1.25 and original-unit weights that are zero above λ_max.
  void lassoStandardisedLambdaMax() {
    const Dataset data = oneFeature(4);
    auto path = regularisationPath(data, "lasso", {{"standardize", "true"}}, {.count = 30});
    QVERIFY(path.ok());
    QVERIFY(std::abs(path->lambdaMax - 11.0 / std::sqrt(1.25)) < 1e-12);
    QVERIFY(std::abs(path->scale(0) - std::sqrt(1.25)) < 1e-12);
    for (std::size_t k = 0; k < path->path.lambdas.size(); ++k)
      if (path->path.lambdas[k] >= path->lambdaMax) QCOMPARE(path->path.coefficients(static_cast<Eigen::Index>(k), 1), 0.0);
  }

  void ridgeMatchesAnIndependentSolve() {
    const Dataset data = oneFeature(5);
    auto path = regularisationPath(data, "ridge", {{"basis", "poly"}, {"degree", "2"}}, {.count = 3});
    QVERIFY(path.ok());
    QVERIFY(std::abs(path->lambdaMax - 183.23595782365632) < 1e-9);
    QCOMPARE(path->path.lambdas.size(), std::size_t{3});
    // Grid s1²·1e3, s1²·1e-2, s1²·1e-7: the middle one is numpy's lam.
    QVERIFY(std::abs(path->path.lambdas[1] - 1.8323595782365631) < 1e-12);
    const auto row = path->path.coefficients.row(1);
    QVERIFY(std::abs(row(0) - 1.7031689923017979) < 1e-10);
    QVERIFY(std::abs(row(1) - 0.43008083860848706) < 1e-10);
    QVERIFY(std::abs(row(2) - 0.07277822174687133) < 1e-10);
    QCOMPARE(path->names, (std::vector<std::string>{"x", "x^2"}));
  }

  void gridReachesTheCurrentLambda() {
    const Dataset data = oneFeature(4);
    auto path = regularisationPath(data, "lasso", {}, {.count = 10, .include = 1e6});
    QVERIFY(path.ok());
    QCOMPARE(path->path.lambdas.front(), 2e6);
    auto low = regularisationPath(data, "ridge", {}, {.count = 10, .include = 1e-12});
    QVERIFY(low.ok());
    QCOMPARE(low->path.lambdas.back(), 5e-13);
  }

  void otherModelsAndCancellation() {
    const Dataset data = oneFeature(4);
    auto ols = regularisationPath(data, "ols", {});
    QVERIFY(!ols.ok());
    QCOMPARE(ols.error().code, ErrorCode::Usage);
    std::stop_source stop;
    stop.request_stop();
    auto cancelled = regularisationPath(data, "lasso", {}, {}, stop.get_token());
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
  }
};

QTEST_APPLESS_MAIN(TestRegularisationPath)
#include "test_regularisation_path.moc"
