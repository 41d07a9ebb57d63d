// Ridge regression against hand calculations and scikit-learn 1.2.1.
//
// scikit-learn references (python3, scikit-learn 1.2.1, numpy 1.24.2), with
// data() as in linear_fixture.h:
//   import numpy as np; from sklearn.linear_model import Ridge
//   from sklearn.preprocessing import PolynomialFeatures, StandardScaler
//   X, y = data(20, [2.0, -1.0, 0.0, 0.5, 0.0])
//   Ridge(alpha=0.5).fit(X, y); Ridge(alpha=3.0).fit(X, y)      # intercept_, coef_
//   x1, y1 = data(15, [1.0]); y1 = y1 + 0.3*x1[:,0]**2 - 0.4*x1[:,0]**3
//   P = PolynomialFeatures(3, include_bias=False).fit_transform(x1)
//   Ridge(alpha=0.1).fit(P, y1)
//   sc = StandardScaler().fit(X); m = Ridge(alpha=2.0).fit(sc.transform(X), y)
//   w = m.coef_ / sc.scale_; b = m.intercept_ - sc.mean_ @ w   # back to original units
// scikit-learn's Ridge minimises ‖y − Xw − b‖² + alpha‖w‖² with the intercept
// unpenalised (fit_intercept=True centres X and y): our objective with λ = alpha.
#include <QtTest>

#include <cmath>
#include <limits>

#include "core/models/registry.h"
#include "core/models/ridge/ridge.h"
#include "core/models/ridge/ridge_solver.h"
#include "tests/core/linear_fixture.h"

using namespace supex;
using supex::test::formulaData;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(supex::Dataset)

namespace {

Dataset tableData(std::initializer_list<std::initializer_list<double>> rows, std::initializer_list<double> y) {
  Dataset d;
  d.X.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
  Eigen::Index i = 0;
  for (const auto& row : rows) {
    Eigen::Index j = 0;
    for (double v : row) d.X(i, j++) = v;
    ++i;
  }
  d.y = Eigen::Map<const Eigen::VectorXd>(y.begin(), static_cast<Eigen::Index>(y.size()));
  for (Eigen::Index j = 0; j < d.X.cols(); ++j) d.featureNames.push_back(std::string("x").append(std::to_string(j + 1)));
  return d;
}

std::vector<double> coefficientsOf(const LinearModel& m) {
  std::vector<double> c{m.intercept()};
  for (Eigen::Index j = 0; j < m.weights().size(); ++j) c.push_back(m.weights()(j));
  return c;
}

}  // namespace

class TestRidge : public QObject {
  Q_OBJECT
 private slots:
  // One feature, hand calculation. x = 0,1,2,3; y = 1,3,2,5: x̄ = 1.5, ȳ = 2.75,
  // Sxx = Σ(x − x̄)² = 5, Sxy = Σ(x − x̄)(y − ȳ) = 5.5. Minimising
  // Σ(y − b − wx)² + λw² gives w = Sxy/(Sxx + λ), b = ȳ − x̄w.
  void oneFeatureClosedForm_data() {
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::newRow("lambda=0 (OLS)") << 0.0 << 1.1 << 1.1;
    QTest::newRow("lambda=1e-10") << 1e-10 << 5.5 / (5 + 1e-10) << 2.75 - 1.5 * 5.5 / (5 + 1e-10);
    QTest::newRow("lambda=1") << 1.0 << 5.5 / 6 << 2.75 - 1.5 * 5.5 / 6;
    QTest::newRow("lambda=45") << 45.0 << 0.11 << 2.75 - 1.5 * 0.11;
  }
  void oneFeatureClosedForm() {
    QFETCH(double, lambda);
    QFETCH(double, slope);
    QFETCH(double, intercept);
    const Dataset d = tableData({{0}, {1}, {2}, {3}}, {1, 3, 2, 5});
    auto m = fitRidge(d, {.lambda = lambda});
    QVERIFY(m.ok());
    SUPEX_COMPARE_NEAR(m.value()->weights()(0), slope, 1e-13, 0);
    SUPEX_COMPARE_NEAR(m.value()->intercept(), intercept, 1e-13, 0);
  }

  // Two features: the centred normal equations (Sxx + λI)w = Sxy solved by
  // Cramer's rule here, independently of the SVD in the code. λ = 0 is OLS.
  void twoFeaturesNormalEquations_data() {
    QTest::addColumn<double>("lambda");
    QTest::newRow("0") << 0.0;
    QTest::newRow("1e-9") << 1e-9;
    QTest::newRow("0.7") << 0.7;
    QTest::newRow("50") << 50.0;
  }
  void twoFeaturesNormalEquations() {
    QFETCH(double, lambda);
    const Dataset d = tableData({{0, 1}, {1, 0}, {2, 2}, {3, 1}, {1, 3}}, {1, 2, 4, 4, 2.5});
    const Eigen::RowVectorXd m = d.X.colwise().mean();
    const double ym = d.y.mean();
    double s11 = 0, s12 = 0, s22 = 0, s1y = 0, s2y = 0;
    for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
      const double a = d.X(i, 0) - m(0), c = d.X(i, 1) - m(1), e = d.y(i) - ym;
      s11 += a * a, s12 += a * c, s22 += c * c, s1y += a * e, s2y += c * e;
    }
    s11 += lambda, s22 += lambda;
    const double det = s11 * s22 - s12 * s12;
    const double w1 = (s1y * s22 - s12 * s2y) / det;
    const double w2 = (s11 * s2y - s12 * s1y) / det;
    const double b = ym - m(0) * w1 - m(1) * w2;
    auto fit = fitRidge(d, {.lambda = lambda});
    QVERIFY(fit.ok());
    SUPEX_COMPARE_NEAR(fit.value()->weights()(0), w1, 1e-12, 0);
    SUPEX_COMPARE_NEAR(fit.value()->weights()(1), w2, 1e-12, 0);
    SUPEX_COMPARE_NEAR(fit.value()->intercept(), b, 1e-12, 0);
  }

  void hugeLambdaPredictsMean() {
    const Dataset d = formulaData(20, {2.0, -1.0, 0.0, 0.5, 0.0});
    auto m = fitRidge(d, {.lambda = 1e12});
    QVERIFY(m.ok());
    Prediction out;
    m.value()->predict(d.X, out);
    const double mean = d.y.mean();
    for (Eigen::Index i = 0; i < out.value.size(); ++i) SUPEX_COMPARE_NEAR(out.value(i), mean, 1e-9, 0);
  }

  void interceptIsNotPenalised() {
    Dataset d = formulaData(20, {2.0, -1.0, 0.0, 0.5, 0.0});
    auto before = fitRidge(d, {.lambda = 5.0});
    d.y.array() += 100.0;
    auto after = fitRidge(d, {.lambda = 5.0});
    QVERIFY(before.ok() && after.ok());
    for (Eigen::Index j = 0; j < 5; ++j)
      SUPEX_COMPARE_NEAR(after.value()->weights()(j), before.value()->weights()(j), 1e-11, 1e-14);
    SUPEX_COMPARE_NEAR(after.value()->intercept(), before.value()->intercept() + 100.0, 1e-13, 0);
  }

  void againstScikitLearn_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<std::vector<double>>("beta");
    QTest::addColumn<bool>("poly");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<std::vector<double>>("expected");
    const std::vector<double> beta{2.0, -1.0, 0.0, 0.5, 0.0};
    QTest::newRow("alpha=0.5") << 20 << beta << false << false << 0.5
                               << std::vector<double>{1.5104404365487163, 1.893904437776514, -0.970751833155103,
                                                      0.000281706760819279, 0.4910902642972057,
                                                      -0.07425763925930884};
    QTest::newRow("alpha=3") << 20 << beta << false << false << 3.0
                             << std::vector<double>{1.5291044572874115, 1.4972236197533628, -0.8408542445670154,
                                                    -0.0184595289100229, 0.44738600634195924,
                                                    -0.06459970121336828};
    QTest::newRow("poly degree 3, alpha=0.1")
        << 15 << std::vector<double>{1.0} << true << false << 0.1
        << std::vector<double>{1.5012792247870421, 0.6261143088810921, 0.3225468721766751, 0.1189071725429345};
    QTest::newRow("standardized, alpha=2") << 20 << beta << false << true << 2.0
                                           << std::vector<double>{1.5190617808980975, 1.8014847793744122,
                                                                  -0.9112856014616939, -0.0005600026699935973,
                                                                  0.4506907544963107, -0.06514148746053713};
  }
  void againstScikitLearn() {
    QFETCH(int, n);
    QFETCH(std::vector<double>, beta);
    QFETCH(bool, poly);
    QFETCH(bool, standardize);
    QFETCH(double, lambda);
    QFETCH(std::vector<double>, expected);
    Dataset d = formulaData(n, beta);
    RidgeParams p{.lambda = lambda, .standardize = standardize};
    if (poly) {
      const Eigen::ArrayXd x = d.X.col(0).array();
      d.y.array() += 0.3 * x.square() - 0.4 * x.cube();
      p.basis = {"poly", 3, 1.0};
    }
    auto m = fitRidge(d, p);
    QVERIFY(m.ok());
    const std::vector<double> c = coefficientsOf(*m.value());
    QCOMPARE(c.size(), expected.size());
    for (std::size_t j = 0; j < c.size(); ++j) SUPEX_COMPARE_NEAR(c[j], expected[j], 1e-6, 0);
  }

  void lambdaZeroRankDeficientIsNumericalError_data() {
    QTest::addColumn<Dataset>("data");
    QTest::newRow("duplicated column") << tableData({{0, 0}, {1, 1}, {2, 2}, {3, 3}}, {1, 2, 2, 3});
    QTest::newRow("constant column") << tableData({{0, 5}, {1, 5}, {2, 5}}, {1, 2, 2});
    QTest::newRow("n <= p") << tableData({{0, 1}, {1, 3}}, {1, 2});
  }
  void lambdaZeroRankDeficientIsNumericalError() {
    QFETCH(Dataset, data);
    auto zero = fitRidge(data, {.lambda = 0.0});
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().code, ErrorCode::Numerical);
    QVERIFY(zero.error().message.find("lambda > 0") != std::string::npos);
    auto positive = fitRidge(data, {.lambda = 1e-3});
    QVERIFY(positive.ok());
  }

  // The path is the same function of λ as separate fits, in original units.
  void pathEqualsSeparateFits() {
    const Dataset d = formulaData(20, {2.0, -1.0, 0.0, 0.5, 0.0});
    const RidgeParams p{.basis = {"poly", 2, 1.0}, .standardize = true};
    const std::vector<double> lambdas = logSpaced(1e3, 1e-3, 7);
    auto path = ridgePath(d, p, lambdas);
    QVERIFY(path.ok());
    QCOMPARE(path->coefficients.rows(), Eigen::Index(7));
    QCOMPARE(path->coefficients.cols(), Eigen::Index(1 + 20));  // 5 inputs: 5 + 15 monomials
    for (std::size_t k = 0; k < lambdas.size(); ++k) {
      RidgeParams pk = p;
      pk.lambda = lambdas[k];
      auto m = fitRidge(d, pk);
      QVERIFY(m.ok());
      const std::vector<double> c = coefficientsOf(*m.value());
      for (std::size_t j = 0; j < c.size(); ++j)
        SUPEX_COMPARE_NEAR(path->coefficients(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(j)), c[j],
                           1e-12, 0);
    }
    auto bad = ridgePath(d, p, {1.0, -1.0});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Usage);
  }

  void registryEntryParsesAndWritesJson() {
    const ModelInfo* info = findModel("ridge");
    QVERIFY(info != nullptr);
    QCOMPARE(info->tasks, std::vector<Task>{Task::Regression});
    auto bad = info->fit(formulaData(10, {1.0}), {{"lambda", "-1"}}, {});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Usage);
    QCOMPARE(QString::fromStdString(bad.error().message),
             QString("The 'lambda' parameter of ridge must be >= 0. Got -1."));

    auto m = info->fit(formulaData(10, {1.0, 2.0}), {{"basis", "poly"}, {"degree", "2"}}, {});
    QVERIFY(m.ok());
    nlohmann::json j;
    m.value()->writeJson(j);
    QCOMPARE(j["coefficients"].size(), std::size_t(1 + 5));
    const std::vector<std::string> names{"x1", "x2", "x1^2", "x1 x2", "x2^2"};
    QCOMPARE(m.value()->features, names);
    const nlohmann::json& params = m.value()->params;
    QCOMPARE(params["lambda"].get<double>(), 1.0);
    QCOMPARE(params["basis"].get<std::string>(), std::string("poly"));
    QCOMPARE(params["degree"].get<int>(), 2);
    QCOMPARE(params["omega"].get<double>(), 1.0);
    QCOMPARE(params["standardize"].get<bool>(), false);
  }

  void singularValuesAndRank() {
    // Centred columns (−1, 0, 1) and (−2, 0, 2) are parallel: rank 1.
    const Dataset d = tableData({{0, 0}, {1, 2}, {2, 4}}, {0, 1, 3});
    const RidgeSolver s = RidgeSolver::make(d.X, d.y);
    QCOMPARE(s.rank(), Eigen::Index(1));
    SUPEX_COMPARE_NEAR(s.singularValues()(0), std::sqrt(10.0), 1e-14, 0);  // ‖(−1,0,1)‖·‖(1,2)‖
  }
};

QTEST_APPLESS_MAIN(TestRidge)
#include "test_ridge.moc"
