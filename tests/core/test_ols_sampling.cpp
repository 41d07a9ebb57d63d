// The simulated sampling distribution of the OLS coefficients
// (core/models/ols/ols_sampling.h) against the formula σ²(XᵀX)⁻¹ and the
// nominal coverage of the t intervals, on the bundled diabetes data
// (resources/data/diabetes_bmi.csv, 442 rows) with a quadratic in bmi.
//
// The covariance σ̂²(XᵀX)⁻¹ is checked against statsmodels 0.13.5 (Debian
// python3-statsmodels), run from the repository root with /usr/bin/python3:
//
// import numpy as np, statsmodels.api as sm
// rows = [l.strip().split(',') for l in open('resources/data/diabetes_bmi.csv') if not l.startswith('#')]
// a = np.array(rows[1:], dtype=float); x = a[:, 0]; y = a[:, 1]
// r = sm.OLS(y, sm.add_constant(np.column_stack([x, x**2]))).fit()
// np.set_printoptions(precision=17)
// print(repr(r.params)); print(repr(r.cov_params())); print(r.scale, len(y))
//
// output:
// array([-9.245629863376288e+01,  8.352590972165146e+00, 3.395554658923266e-02])
// array([[ 7.8529115650391132e+03, -5.7114177659386610e+02, 1.0096041858972672e+01],
//        [-5.7114177659386610e+02,  4.1987700184987474e+01, -7.4992804416741654e-01],
//        [ 1.0096041858972672e+01, -7.4992804416741654e-01, 1.3540929013545039e-02]])
// 3916.283253324468 442
//
// The simulation's tolerances are sampling errors, not fudge: with R
// replicates the sample SD of a normal column has standard error about
// SD/√(2(R − 1)), its mean SD/√R, and the coverage share √(L(1 − L)/R).
// Every check allows 4 of those standard errors (a false alarm about once in
// 16 000 per check for a fixed seed that was not chosen to pass).
#include <QtTest>

#include <cmath>
#include <stop_token>

#include "core/models/ols/ols_sampling.h"
#include "tests/core/ols_test_support.h"

using namespace supex;

namespace {

Dataset diabetes() { return olstest::loadFixture("../../resources/data/diabetes_bmi.csv"); }

std::shared_ptr<OlsModel> quadratic(const Dataset& d) {
  OlsParams p;
  p.basis.basis = "poly";
  p.basis.degree = 2;
  auto r = fitOls(d, p);
  if (!r) qFatal("fit failed: %s", r.error().message.c_str());
  return *r;
}

const double kCoef[3] = {-9.245629863376288e+01, 8.352590972165146e+00, 3.395554658923266e-02};
const double kCov[3][3] = {
    {7.8529115650391132e+03, -5.7114177659386610e+02, 1.0096041858972672e+01},
    {-5.7114177659386610e+02, 4.1987700184987474e+01, -7.4992804416741654e-01},
    {1.0096041858972672e+01, -7.4992804416741654e-01, 1.3540929013545039e-02}};

}  // namespace

class TestOlsSampling : public QObject {
  Q_OBJECT

 private slots:
  void covarianceMatchesStatsmodels() {
    const Dataset d = diabetes();
    QCOMPARE(d.rows(), Eigen::Index(442));
    const auto m = quadratic(d);
    const Eigen::MatrixXd cov = m->covariance();
    QCOMPARE(cov.rows(), Eigen::Index(3));
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) OLS_COMPARE_REL(cov(i, j), kCov[i][j], 1e-8);
    // Its diagonal is the square of the reported standard errors.
    for (int j = 0; j < 3; ++j) OLS_COMPARE_REL(std::sqrt(cov(j, j)), m->inference().se(j), 1e-12);
  }

  void spreadAndCoverageMatchTheFormula_data() {
    QTest::addColumn<double>("level");
    QTest::newRow("95%") << 0.95;
    QTest::newRow("80%") << 0.80;
  }

  void spreadAndCoverageMatchTheFormula() {
    QFETCH(double, level);
    const Dataset d = diabetes();
    const auto m = quadratic(d);
    OlsSamplingOptions o;
    o.replicates = 1000;
    o.level = level;
    o.seed = 20261204;
    auto r = simulateOlsSampling(*m, d, o);
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    const OlsSampling& s = *r;
    const double n = o.replicates;
    QCOMPARE(s.estimates.rows(), Eigen::Index(1000));
    QCOMPARE(s.estimates.cols(), Eigen::Index(3));
    OLS_COMPARE_REL(s.sigma2, 3916.283253324468, 1e-10);
    for (int j = 0; j < 3; ++j) {
      OLS_COMPARE_REL(s.truth(j), kCoef[j], 1e-8);
      const double se = std::sqrt(kCov[j][j]);  // statsmodels, not our formula
      OLS_COMPARE_REL(s.formulaSe(j), se, 1e-8);
      const double sdTol = 4.0 * se / std::sqrt(2.0 * (n - 1.0));
      QVERIFY2(std::abs(s.sd(j) - se) <= sdTol,
               qPrintable(QString("coef %1: simulated SD %2, formula %3, tolerance %4").arg(j).arg(s.sd(j)).arg(se).arg(sdTol)));
      QVERIFY2(std::abs(s.mean(j) - kCoef[j]) <= 4.0 * se / std::sqrt(n),
               qPrintable(QString("coef %1: mean %2, truth %3").arg(j).arg(s.mean(j)).arg(kCoef[j])));
      const double covTol = 4.0 * std::sqrt(level * (1.0 - level) / n);
      QVERIFY2(std::abs(s.coverage(j) - level) <= covTol,
               qPrintable(QString("coef %1: coverage %2 at level %3").arg(j).arg(s.coverage(j)).arg(level)));
    }
    // The sample correlation of the slope estimates follows the formula's too:
    // corr(w1, w2) = cov12/√(cov11 cov22) ≈ −0.9948; its SE is (1 − ρ²)/√R.
    const Eigen::MatrixXd c = s.estimates.rowwise() - s.mean.transpose();
    const double rho = c.col(1).dot(c.col(2)) / std::sqrt(c.col(1).squaredNorm() * c.col(2).squaredNorm());
    const double rhoF = kCov[1][2] / std::sqrt(kCov[1][1] * kCov[2][2]);
    QVERIFY(std::abs(rho - rhoF) <= 4.0 * (1.0 - rhoF * rhoF) / std::sqrt(n));
  }

  void sameSeedSameNumbersOtherSeedOtherNumbers() {
    const Dataset d = diabetes();
    const auto m = quadratic(d);
    OlsSamplingOptions o;
    o.replicates = 20;
    o.seed = 7;
    auto a = simulateOlsSampling(*m, d, o);
    auto b = simulateOlsSampling(*m, d, o);
    o.seed = 8;
    auto c = simulateOlsSampling(*m, d, o);
    QVERIFY(a && b && c);
    QCOMPARE(a->estimates, b->estimates);
    QVERIFY(a->estimates != c->estimates);
  }

  void stopRequestCancels() {
    const Dataset d = diabetes();
    const auto m = quadratic(d);
    std::stop_source stop;
    stop.request_stop();
    auto r = simulateOlsSampling(*m, d, {}, stop.get_token());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
  }

  void badOptionsAreWords() {
    const Dataset d = diabetes();
    const auto m = quadratic(d);
    OlsSamplingOptions o;
    o.replicates = 1;
    QVERIFY(!simulateOlsSampling(*m, d, o));
    o.replicates = 10;
    o.level = 1.0;
    auto r = simulateOlsSampling(*m, d, o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Usage);
  }
};

QTEST_APPLESS_MAIN(TestOlsSampling)
#include "test_ols_sampling.moc"
