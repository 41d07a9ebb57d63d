// Lasso by coordinate descent against hand calculations, optimality (KKT)
// conditions and scikit-learn 1.2.1.
//
// Our objective ‖y − b − Φw‖² + λ‖w‖₁ is scikit-learn's
// (1/(2n))‖y − Xw − b‖² + alpha‖w‖₁ times 2n, with alpha = λ/(2n).
// References (python3, scikit-learn 1.2.1, numpy 1.24.2), data() as in
// linear_fixture.h:
//   import numpy as np; from sklearn.linear_model import Lasso
//   from sklearn.preprocessing import PolynomialFeatures, StandardScaler
//   X, y = data(20, [2.0, -1.0, 0.0, 0.5, 0.0]); n = 20
//   2*np.abs((X-X.mean(0)).T @ (y-y.mean())).max()                  # λ_max = 34.474688128099025
//   for lam in [0.3, 2.0, 8.0]:
//       Lasso(alpha=lam/(2*n), tol=1e-12, max_iter=10**6).fit(X, y)  # intercept_, coef_
//   x1, y1 = data(15, [1.0]); y1 = y1 + 0.3*x1[:,0]**2 - 0.4*x1[:,0]**3
//   P = PolynomialFeatures(3, include_bias=False).fit_transform(x1)
//   Lasso(alpha=0.05/(2*15), tol=1e-12, max_iter=10**6).fit(P, y1)
//   sc = StandardScaler().fit(X)
//   m = Lasso(alpha=1.0/(2*n), tol=1e-12, max_iter=10**6).fit(sc.transform(X), y)
//   w = m.coef_ / sc.scale_; b = m.intercept_ - sc.mean_ @ w     # back to original units
#include <QtTest>

#include <cmath>
#include <limits>
#include <stop_token>

#include "core/models/lasso/lasso.h"
#include "core/models/lasso/lasso_problem.h"
#include "core/models/lasso/lasso_solver.h"
#include "core/models/lasso/lasso_stepper.h"
#include "core/models/lasso/soft_threshold.h"
#include "core/models/registry.h"
#include "tests/core/linear_fixture.h"

using namespace supex;
using supex::test::formulaData;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

const std::vector<double> kBeta{2.0, -1.0, 0.0, 0.5, 0.0};

std::vector<double> coefficientsOf(const LinearModel& m) {
  std::vector<double> c{m.intercept()};
  for (Eigen::Index j = 0; j < m.weights().size(); ++j) c.push_back(m.weights()(j));
  return c;
}

// λ_max = ‖2X_cᵀ(y − ȳ)‖∞ written out, independently of LassoProblem.
double lambdaMaxOf(const Dataset& d) {
  double best = 0;
  for (Eigen::Index j = 0; j < d.X.cols(); ++j) {
    const double mean = d.X.col(j).mean();
    double s = 0;
    for (Eigen::Index i = 0; i < d.X.rows(); ++i) s += (d.X(i, j) - mean) * (d.y(i) - d.y.mean());
    best = std::max(best, std::abs(2 * s));
  }
  return best;
}

// KKT conditions of the lasso in the design that was penalised (standardised
// columns when asked), with r = y − b − Φw from the reported coefficients:
// |2Φ_cᵀr|_j ≤ λ(1 + 1e-6) where w_j = 0, 2(Φ_cᵀr)_j = λ·sign(w_j) to 1e-6
// otherwise. Returns the number of zero weights.
Eigen::Index checkKkt(Eigen::MatrixXd phi, const Eigen::VectorXd& y, double intercept, Eigen::VectorXd w,
                      double lambda, bool standardize) {
  const Eigen::VectorXd r = y - ((phi * w).array() + intercept).matrix();
  if (std::abs(r.sum()) > 1e-12 * y.cwiseAbs().sum())  // the unpenalised intercept is optimal: Σr = 0
    QTest::qFail(qPrintable(QString("Σr = %1").arg(r.sum())), __FILE__, __LINE__);
  if (standardize) {
    for (Eigen::Index j = 0; j < phi.cols(); ++j) {
      const double mean = phi.col(j).mean();
      const double sd = std::sqrt((phi.col(j).array() - mean).square().mean());
      phi.col(j) = (phi.col(j).array() - mean) / sd;
      w(j) *= sd;
    }
  }
  const Eigen::VectorXd g = 2.0 * (phi.rowwise() - phi.colwise().mean()).transpose() * r;
  Eigen::Index zeros = 0;
  for (Eigen::Index j = 0; j < w.size(); ++j) {
    if (w(j) == 0.0) {
      ++zeros;
      if (!(std::abs(g(j)) <= lambda * (1 + 1e-6)))
        QTest::qFail(qPrintable(QString("KKT: w_%1 = 0 but |g| = %2 > λ = %3").arg(j).arg(g(j)).arg(lambda)),
                     __FILE__, __LINE__);
    } else if (!supex::test::near(g(j), lambda * (w(j) > 0 ? 1.0 : -1.0), 1e-6)) {
      QTest::qFail(qPrintable(QString("KKT: w_%1 = %2 but g = %3, λ = %4").arg(j).arg(w(j)).arg(g(j)).arg(lambda)),
                   __FILE__, __LINE__);
    }
  }
  return zeros;
}

bool hasDiagnostic(const FittedModel& m, const std::string& code) {
  for (const auto& d : m.diagnostics)
    if (d.code == code) return true;
  return false;
}

}  // namespace

class TestLasso : public QObject {
  Q_OBJECT
 private slots:
  void softThreshold_data() {
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("expected");
    QTest::newRow("above") << 3.0 << 1.0 << 2.0;
    QTest::newRow("below") << -3.0 << 1.0 << -2.0;
    QTest::newRow("inside +") << 0.5 << 1.0 << 0.0;
    QTest::newRow("inside -") << -0.5 << 1.0 << 0.0;
    QTest::newRow("at +gamma") << 1.0 << 1.0 << 0.0;
    QTest::newRow("at -gamma") << -1.0 << 1.0 << 0.0;
    QTest::newRow("gamma 0") << -2.5 << 0.0 << -2.5;
    QTest::newRow("zero") << 0.0 << 0.0 << 0.0;
    QTest::newRow("large") << 1e300 << 1e299 << 9e299;
  }
  void softThreshold() {
    QFETCH(double, z);
    QFETCH(double, gamma);
    QFETCH(double, expected);
    QCOMPARE(supex::softThreshold(z, gamma), expected);
  }

  // One feature, by hand: x = 0,1,2,3; y = 1,3,2,5; Sxx = 5, Sxy = 5.5,
  // x̄ = 1.5, ȳ = 2.75. Minimising Σ(y − b − wx)² + λ|w| gives
  // w = S(Sxy, λ/2)/Sxx, b = ȳ − x̄w; λ_max = 2|Sxy| = 11.
  void oneFeatureClosedForm_data() {
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("slope");
    QTest::newRow("0 (OLS)") << 0.0 << 1.1;
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("4") << 4.0 << 0.7;
    QTest::newRow("11 = lambda_max") << 11.0 << 0.0;
    QTest::newRow("30") << 30.0 << 0.0;
  }
  void oneFeatureClosedForm() {
    QFETCH(double, lambda);
    QFETCH(double, slope);
    Dataset d;
    d.X.resize(4, 1);
    d.X << 0, 1, 2, 3;
    d.y.resize(4);
    d.y << 1, 3, 2, 5;
    d.featureNames = {"x"};
    auto m = fitLasso(d, {.lambda = lambda});
    QVERIFY(m.ok());
    SUPEX_COMPARE_NEAR(m.value()->weights()(0), slope, 1e-13, 0);
    SUPEX_COMPARE_NEAR(m.value()->intercept(), 2.75 - 1.5 * slope, 1e-13, 0);
    QVERIFY(m.value()->converged());
    QVERIFY(m.value()->diagnostics.empty());
  }

  void lambdaAtOrAboveMaxGivesZeroWeights_data() {
    QTest::addColumn<double>("factor");
    QTest::newRow("lambda_max") << 1.0;
    QTest::newRow("1.5 lambda_max") << 1.5;
    QTest::newRow("1e6 lambda_max") << 1e6;
  }
  void lambdaAtOrAboveMaxGivesZeroWeights() {
    QFETCH(double, factor);
    const Dataset d = formulaData(20, kBeta);
    const double lambdaMax = lambdaMaxOf(d);
    SUPEX_COMPARE_NEAR(lambdaMax, 34.474688128099025, 1e-12, 0);  // scikit-learn/numpy, see top
    auto m = fitLasso(d, {.lambda = factor * lambdaMax});
    QVERIFY(m.ok());
    SUPEX_COMPARE_NEAR(m.value()->lambdaMax(), lambdaMax, 1e-13, 0);
    for (Eigen::Index j = 0; j < 5; ++j) QCOMPARE(m.value()->weights()(j), 0.0);
    SUPEX_COMPARE_NEAR(m.value()->intercept(), d.y.mean(), 1e-15, 0);
    QVERIFY(m.value()->converged());
    // Just below λ_max one weight leaves zero.
    auto below = fitLasso(d, {.lambda = 0.999 * lambdaMax});
    QVERIFY(below.ok());
    QCOMPARE((below.value()->weights().array() != 0.0).count(), Eigen::Index(1));
  }

  // Optimality of the returned w at the default tol: with r = y − b − Xw,
  // |2X_cᵀr|_j ≤ λ where w_j = 0 and 2X_cᵀr_j = λ·sign(w_j) where w_j ≠ 0.
  void kktConditionsHold_data() {
    QTest::addColumn<double>("lambda");
    QTest::addColumn<bool>("standardize");
    QTest::newRow("0.3") << 0.3 << false;
    QTest::newRow("2") << 2.0 << false;
    QTest::newRow("8") << 8.0 << false;
    QTest::newRow("20") << 20.0 << false;
    QTest::newRow("8, standardized") << 8.0 << true;
  }
  void kktConditionsHold() {
    QFETCH(double, lambda);
    QFETCH(bool, standardize);
    const Dataset d = formulaData(20, kBeta);
    auto m = fitLasso(d, {.lambda = lambda, .standardize = standardize});
    QVERIFY(m.ok());
    QVERIFY(m.value()->converged());
    const Eigen::Index zeros =
        checkKkt(d.X, d.y, m.value()->intercept(), m.value()->weights(), lambda, standardize);
    if (QTest::currentTestFailed()) return;
    if (lambda >= 8.0) QVERIFY(zeros >= 2);  // scikit-learn has two zeros at λ = 8 (below)
  }

  void againstScikitLearn_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<std::vector<double>>("beta");
    QTest::addColumn<bool>("poly");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("lambda=0.3") << 20 << kBeta << false << false << 0.3
                                << std::vector<double>{1.5069402532406646, 1.980959841246486, -0.992745770085652,
                                                       0.0, 0.4973353562617029, -0.07341459171017038};
    QTest::newRow("lambda=2") << 20 << kBeta << false << false << 2.0
                              << std::vector<double>{1.5148489400355534, 1.8811002377524064, -0.9407901518340889,
                                                     0.0, 0.47070712387109137, -0.05342271957780376};
    QTest::newRow("lambda=8") << 20 << kBeta << false << false << 8.0
                              << std::vector<double>{1.5422014748035513, 1.5296812685977594, -0.7583444517013456,
                                                     0.0, 0.3775382030659579, 0.0};
    QTest::newRow("poly degree 3, lambda=0.05")
        << 15 << std::vector<double>{1.0} << true << false << 0.05
        << std::vector<double>{1.5014529666921559, 0.6982083381599042, 0.3216457166163959, 0.027338389917641835};
    QTest::newRow("standardized, lambda=1")
        << 20 << kBeta << false << true << 1.0
        << std::vector<double>{1.5098717868950926, 1.9554070150276996, -0.9748544915574496, 0.0,
                               0.48194488987585793, -0.05944142258719581};
  }
  void againstScikitLearn() {
    QFETCH(int, n);
    QFETCH(std::vector<double>, beta);
    QFETCH(bool, poly);
    QFETCH(bool, standardize);
    QFETCH(double, lambda);
    QFETCH(std::vector<double>, expected);
    Dataset d = formulaData(n, beta);
    LassoParams p{.lambda = lambda, .standardize = standardize};
    if (poly) {
      const Eigen::ArrayXd x = d.X.col(0).array();
      d.y.array() += 0.3 * x.square() - 0.4 * x.cube();
      p.basis = {"poly", 3, 1.0};
    }
    auto m = fitLasso(d, p);
    QVERIFY(m.ok());
    QVERIFY(m.value()->converged());
    const std::vector<double> c = coefficientsOf(*m.value());
    QCOMPARE(c.size(), expected.size());
    for (std::size_t j = 0; j < c.size(); ++j) {
      if (expected[j] == 0.0)
        QCOMPARE(c[j], 0.0);  // exact zeros, as scikit-learn's
      else
        SUPEX_COMPARE_NEAR(c[j], expected[j], 1e-6, 0);
    }
  }

  void pathEndpointsAndWarmStarts() {
    const Dataset d = formulaData(20, kBeta);
    const double lambdaMax = lambdaMaxOf(d);
    const int N = 6;
    auto m = fitLasso(d, {.lambda = 2.0, .tol = 1e-14, .path = N});
    QVERIFY(m.ok());
    const auto& path = m.value()->path();
    QVERIFY(path.has_value());
    QCOMPARE(path->lambdas.size(), std::size_t(N));
    QCOMPARE(path->coefficients.rows(), Eigen::Index(N));
    QCOMPARE(path->coefficients.cols(), Eigen::Index(6));
    SUPEX_COMPARE_NEAR(path->lambdas.front(), lambdaMax, 1e-13, 0);
    SUPEX_COMPARE_NEAR(path->lambdas.back(), lambdaMax * 1e-3, 1e-13, 0);
    for (int k = 1; k < N; ++k)  // log-spaced, descending: constant ratio 1e-3^(1/(N-1))
      SUPEX_COMPARE_NEAR(path->lambdas[k] / path->lambdas[k - 1], std::pow(1e-3, 1.0 / (N - 1)), 1e-13, 0);
    // First point: λ_max → w = 0 exactly and b = ȳ.
    SUPEX_COMPARE_NEAR(path->coefficients(0, 0), d.y.mean(), 1e-15, 0);
    for (Eigen::Index j = 1; j < 6; ++j) QCOMPARE(path->coefficients(0, j), 0.0);
    // Warm-started values equal cold fits at the same λ.
    for (int k = 0; k < N; ++k) {
      auto cold = fitLasso(d, {.lambda = path->lambdas[k], .tol = 1e-14});
      QVERIFY(cold.ok());
      const std::vector<double> c = coefficientsOf(*cold.value());
      for (std::size_t j = 0; j < c.size(); ++j)
        SUPEX_COMPARE_NEAR(path->coefficients(k, static_cast<Eigen::Index>(j)), c[j], 1e-8, 1e-12);
    }
    // Top-level coefficients stay the fit at `lambda`, path or not.
    auto plain = fitLasso(d, {.lambda = 2.0, .tol = 1e-14});
    QVERIFY(plain.ok());
    QCOMPARE(coefficientsOf(*m.value()), coefficientsOf(*plain.value()));
    QVERIFY(!plain.value()->path().has_value());

    nlohmann::json withPath, withoutPath;
    m.value()->writeJson(withPath);
    plain.value()->writeJson(withoutPath);
    QVERIFY(!withoutPath.contains("path"));
    QCOMPARE(withPath["path"]["lambdas"].size(), std::size_t(N));
    QCOMPARE(withPath["path"]["coefficients"].size(), std::size_t(N));
    QCOMPARE(withPath["path"]["coefficients"][3].size(), std::size_t(6));
    QCOMPARE(withPath["path"]["coefficients"][3][2].get<double>(), path->coefficients(3, 2));
    QCOMPARE(withPath["coefficients"], withoutPath["coefficients"]);
  }

  void maxIterOneIsNotConverged() {
    const Dataset d = formulaData(20, kBeta);
    auto m = fitLasso(d, {.lambda = 0.3, .maxIter = 1});
    QVERIFY(m.ok());
    QVERIFY(!m.value()->converged());
    QCOMPARE(m.value()->iterations(), 1LL);
    QVERIFY(hasDiagnostic(*m.value(), "not_converged"));
    QVERIFY(m.value()->fitInfo().relativeGap > 1e-10);
    auto withPath = fitLasso(d, {.lambda = 0.3, .maxIter = 1, .path = 4});
    QVERIFY(withPath.ok());
    QCOMPARE(withPath.value()->diagnostics.size(), std::size_t(2));  // the fit and the path
    auto enough = fitLasso(d, {.lambda = 0.3});
    QVERIFY(enough.ok());
    QVERIFY(enough.value()->converged());
    QVERIFY(enough.value()->diagnostics.empty());
  }

  // λ = 0 is OLS: a full-rank design converges to it (checked against the
  // one-feature hand case above); a rank-deficient one is a numerical error.
  void lambdaZeroRankDeficientIsNumericalError() {
    Dataset d;
    d.X.resize(4, 2);
    d.X << 0, 0, 1, 2, 2, 4, 3, 6;  // second column = 2 × first
    d.y.resize(4);
    d.y << 1, 3, 2, 5;
    d.featureNames = {"a", "b"};
    auto zero = fitLasso(d, {.lambda = 0.0});
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().code, ErrorCode::Numerical);
    auto positive = fitLasso(d, {.lambda = 1.0});
    QVERIFY(positive.ok());
    QVERIFY(positive.value()->converged());
  }

  // The O(p) gap of LassoStepper equals P(w) − D(s·r) computed from an
  // explicit residual, and bounds P(w) − P*; each coordinate update never
  // increases the objective.
  void stepperGapAndMonotoneObjective_data() {
    QTest::addColumn<bool>("naive");
    QTest::newRow("covariance updates") << false;
    QTest::newRow("naive updates") << true;
  }
  void stepperGapAndMonotoneObjective() {
    QFETCH(bool, naive);
    const Dataset d = formulaData(20, kBeta);
    const double lambda = 2.0;
    const auto problem =
        LassoProblem::make(d.X, d.y, naive ? LassoProblem::Mode::Naive : LassoProblem::Mode::Covariance);
    auto best = solveLasso(problem, lambda, {}, 1e-15, 100000);
    QVERIFY(best.ok() && best->converged);
    const LassoStepper atBest(problem, lambda, best->weights);
    const double pStar = atBest.objective();

    const Eigen::MatrixXd Xc = d.X.rowwise() - d.X.colwise().mean();
    const Eigen::VectorXd yc = d.y.array() - d.y.mean();
    LassoStepper s(problem, lambda);
    double previous = s.objective();
    for (int t = 0; t < 23; ++t) {
      s.step();
      const double now = s.objective();
      QVERIFY2(now <= previous * (1 + 1e-14), qPrintable(QString("step %1: %2 > %3").arg(t).arg(now).arg(previous)));
      previous = now;

      const Eigen::VectorXd r = yc - Xc * s.weights();
      const double primal = r.squaredNorm() + lambda * s.weights().lpNorm<1>();
      SUPEX_COMPARE_NEAR(now, primal, 1e-12, 0);
      const double scale = std::min(1.0, lambda / (2 * (Xc.transpose() * r).cwiseAbs().maxCoeff()));
      const double dual = 2 * scale * r.dot(yc) - scale * scale * r.squaredNorm();
      SUPEX_COMPARE_NEAR(s.gap(), primal - dual, 1e-10, 1e-12 * problem->yy);
      QVERIFY(s.gap() >= (now - pStar) * (1 - 1e-9));
    }
    QCOMPARE(s.sweeps(), 4LL);  // 23 updates of 5 coordinates
    QCOMPARE(s.nextCoordinate(), Eigen::Index(3));
    s.sweep();  // finishes the sweep in progress
    QCOMPARE(s.sweeps(), 5LL);
    QCOMPARE(s.nextCoordinate(), Eigen::Index(0));
    SUPEX_COMPARE_NEAR(s.intercept(), d.y.mean() - d.X.colwise().mean().dot(s.weights()), 1e-14, 0);
  }

  // The two storage modes run the same iteration: same sweeps, same answer.
  void naiveAndCovarianceModesAgree_data() {
    QTest::addColumn<double>("lambda");
    QTest::newRow("0.3") << 0.3;
    QTest::newRow("8") << 8.0;
    QTest::newRow("0 (least squares)") << 0.0;
  }
  void naiveAndCovarianceModesAgree() {
    QFETCH(double, lambda);
    const Dataset d = formulaData(20, kBeta);
    const auto cov = LassoProblem::make(d.X, d.y, LassoProblem::Mode::Covariance);
    const auto naive = LassoProblem::make(d.X, d.y, LassoProblem::Mode::Naive);
    QCOMPARE(LassoProblem::make(d.X, d.y)->mode, LassoProblem::Mode::Covariance);  // p = 5 < 500
    SUPEX_COMPARE_NEAR(naive->lambdaMax(), cov->lambdaMax(), 1e-14, 0);
    SUPEX_COMPARE_NEAR(naive->smallestEigenvalue(), cov->smallestEigenvalue(), 1e-10, 0);
    auto a = solveLasso(cov, lambda, {}, 1e-12, 100000);
    auto b = solveLasso(naive, lambda, {}, 1e-12, 100000);
    QVERIFY(a.ok() && b.ok() && a->converged && b->converged);
    QVERIFY(std::abs(a->sweeps - b->sweeps) <= 1);  // rounding may move the last check by a sweep
    for (Eigen::Index j = 0; j < 5; ++j) SUPEX_COMPARE_NEAR(b->weights(j), a->weights(j), 1e-9, 1e-12);
    SUPEX_COMPARE_NEAR(b->intercept, a->intercept, 1e-12, 0);
  }

  // Poly degree 7 of 5 inputs has C(12, 7) − 1 = 791 columns: more than n = 30
  // and past the covariance threshold, so the naive mode fits it; the answer
  // must still satisfy the KKT conditions.
  void wideDesignUsesNaiveMode() {
    const Dataset d = formulaData(30, kBeta);
    const double lambda = 2.0;
    auto m = fitLasso(d, {.lambda = lambda, .basis = {"poly", 7, 1.0}, .standardize = true});
    QVERIFY(m.ok());
    QVERIFY(m.value()->converged());
    const Eigen::MatrixXd phi = m.value()->basis().expand(d.X);
    QCOMPARE(phi.cols(), Eigen::Index(791));
    QCOMPARE(LassoProblem::make(phi, d.y)->mode, LassoProblem::Mode::Naive);
    const Eigen::Index zeros = checkKkt(phi, d.y, m.value()->intercept(), m.value()->weights(), lambda, true);
    if (QTest::currentTestFailed()) return;
    const Eigen::Index nonzero = phi.cols() - zeros;
    QVERIFY(nonzero > 0 && nonzero <= 30);  // a lasso solution has at most n nonzeros (generic case)
  }

  void cancelledBeforeASweep() {
    std::stop_source source;
    source.request_stop();
    auto m = fitLasso(formulaData(20, kBeta), {.lambda = 0.3}, source.get_token());
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::Cancelled);
  }

  void registryEntryValidatesParameters_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("lambda") << "lambda" << "-0.5" << "The 'lambda' parameter of lasso must be >= 0. Got -0.5.";
    QTest::newRow("tol") << "tol" << "0" << "The 'tol' parameter of lasso must be > 0. Got 0.";
    QTest::newRow("max_iter") << "max_iter" << "0" << "The 'max_iter' parameter of lasso must be an integer >= 1. Got 0.";
    QTest::newRow("path") << "path" << "-1" << "The 'path' parameter of lasso must be an integer in [0, 100000]. Got -1.";
  }
  void registryEntryValidatesParameters() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const ModelInfo* info = findModel("lasso");
    QVERIFY(info != nullptr);
    auto m = info->fit(formulaData(10, {1.0}), {{key.toStdString(), value.toStdString()}}, {});
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::Usage);
    QCOMPARE(QString::fromStdString(m.error().message), message);
  }

  void registryEntryFitsWithDefaults() {
    const ModelInfo* info = findModel("lasso");
    QVERIFY(info != nullptr);
    auto m = info->fit(formulaData(20, kBeta), {{"path", "3"}}, {});
    QVERIFY(m.ok());
    const nlohmann::json& params = m.value()->params;
    QCOMPARE(params["lambda"].get<double>(), 1.0);
    QCOMPARE(params["tol"].get<double>(), 1e-10);
    QCOMPARE(params["max_iter"].get<long long>(), 100000LL);
    QCOMPARE(params["path"].get<int>(), 3);
    QCOMPARE(params["basis"].get<std::string>(), std::string("none"));
    QCOMPARE(params["standardize"].get<bool>(), false);
    nlohmann::json j;
    m.value()->writeJson(j);
    QCOMPARE(j["coefficients"].size(), std::size_t(6));
    QCOMPARE(j["path"]["lambdas"].size(), std::size_t(3));
  }
};

QTEST_APPLESS_MAIN(TestLasso)
#include "test_lasso.moc"
