// The Student-t and Fisher-F wrappers used by OLS inference: against scipy
// 1.10.1, against closed forms, and on the arguments where Boost's default
// policy would throw.
//
// Reference values from /usr/bin/python3 running:
//   from scipy import stats, special, optimize
//   for t, df in [(2.0, 5.0), (40.0, 10.0), (1000.0, 3.0), (-2.5, 1e6), (300.0, 200.0)]:
//       print('t2', repr(t), repr(df), repr(2 * stats.t.sf(abs(t), df)))
//   for q, df in [(0.025, 9.0), (0.05, 9.0), (0.005, 2.0), (1e-10, 30.0), (0.4, 1.0), (0.025, 1e6)]:
//       root = optimize.brentq(lambda x: special.stdtr(df, -x) - q, 0.0, 1e3, xtol=1e-300, rtol=8.9e-16, maxiter=500)
//       print('tq', repr(q), repr(df), repr(root), repr(stats.t.isf(q, df)))
//   for f, a, b in [(3.5, 2.0, 10.0), (5436385.5407977095, 1.0, 34.0), (0.2, 4.0, 7.0)]:
//       print('fp', repr(f), repr(a), repr(b), repr(stats.f.sf(f, a, b)))
//
// Note: scipy's stats.t.isf (the cdflib routine statsmodels uses for its
// interval multipliers) is accurate only to about 1e-11 (it prints
// 2.262157162740992 for q = 0.025, df = 9, whose upper tail is 0.0250000000023);
// the quantile references are therefore the roots of scipy.special.stdtr found
// by brentq, which agree with the closed forms for df = 1 and df = 2.
#include <QtTest>

#include <cmath>
#include <limits>

#include "core/models/ols/ols_distributions.h"
#include "ols_test_support.h"

using namespace supex;

namespace {
const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

class TestOlsDistributions : public QObject {
  Q_OBJECT
 private slots:
  void twoSidedP_data() {
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    QTest::newRow("central") << 2.0 << 5.0 << 0.10193947882985828;
    QTest::newRow("small") << 40.0 << 10.0 << 2.2808577430857475e-12;
    QTest::newRow("heavy tail") << 1000.0 << 3.0 << 2.2053076425765997e-09;
    QTest::newRow("negative t, huge df") << -2.5 << 1e6 << 0.012419489502163228;
    QTest::newRow("far below 1e-16") << 300.0 << 200.0 << 2.1562804555262578e-267;
    QTest::newRow("zero") << 0.0 << 7.0 << 1.0;
  }
  void twoSidedP() {
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, expected);
    OLS_COMPARE_REL(studentTTwoSidedP(t, df), expected, 1e-12);
  }

  void upperQuantile_data() {
    QTest::addColumn<double>("tail");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    QTest::newRow("95% interval, df 9") << 0.025 << 9.0 << 2.2621571627982053;
    QTest::newRow("90% interval, df 9") << 0.05 << 9.0 << 1.8331129326562372;
    // df = 2: q = (1 − 2p)/√(2p(1 − p)) at p = 0.005.
    QTest::newRow("df 2") << 0.005 << 2.0 << 0.99 / std::sqrt(2 * 0.005 * 0.995);
    QTest::newRow("far tail") << 1e-10 << 30.0 << 9.377489780407142;
    // df = 1 (Cauchy): q = tan(π(1/2 − p)).
    QTest::newRow("df 1") << 0.4 << 1.0 << std::tan(M_PI * 0.1);
    QTest::newRow("almost normal") << 0.025 << 1e6 << 1.9599663568141066;
  }
  void upperQuantile() {
    QFETCH(double, tail);
    QFETCH(double, df);
    QFETCH(double, expected);
    OLS_COMPARE_REL(studentTUpperQuantile(tail, df), expected, 1e-14);
  }

  void fisherUpper_data() {
    QTest::addColumn<double>("f");
    QTest::addColumn<double>("df1");
    QTest::addColumn<double>("df2");
    QTest::addColumn<double>("expected");
    QTest::newRow("central") << 3.5 << 2.0 << 10.0 << 0.07042962777237427;
    QTest::newRow("NIST Norris F") << 5436385.5407977095 << 1.0 << 34.0 << 4.654040852474387e-90;
    QTest::newRow("small F") << 0.2 << 4.0 << 7.0 << 0.9305148174758058;
    QTest::newRow("zero") << 0.0 << 3.0 << 7.0 << 1.0;
  }
  void fisherUpper() {
    QFETCH(double, f);
    QFETCH(double, df1);
    QFETCH(double, df2);
    QFETCH(double, expected);
    OLS_COMPARE_REL(fisherFUpperP(f, df1, df2), expected, 1e-12);
  }

  // Where Boost's default policy throws, the wrappers return a value.
  void extremeArgumentsDoNotThrow() {
    QCOMPARE(studentTTwoSidedP(kInf, 5), 0.0);
    QCOMPARE(studentTTwoSidedP(-kInf, 5), 0.0);
    QCOMPARE(studentTTwoSidedP(1e300, 5), 0.0);
    QVERIFY(std::isnan(studentTTwoSidedP(kNaN, 5)));
    QVERIFY(std::isnan(studentTTwoSidedP(1.0, 0)));
    QVERIFY(std::isnan(studentTTwoSidedP(1.0, -3)));
    QVERIFY(std::isnan(studentTUpperQuantile(0.0, 5)));
    QVERIFY(std::isnan(studentTUpperQuantile(1.0, 5)));
    QVERIFY(std::isnan(studentTUpperQuantile(kNaN, 5)));
    QVERIFY(std::isnan(studentTUpperQuantile(0.025, 0)));
    // Cauchy at p = 1e-300: about 1/(πp), finite.
    OLS_COMPARE_REL(studentTUpperQuantile(1e-300, 1), 1.0 / (M_PI * 1e-300), 1e-12);
    QCOMPARE(fisherFUpperP(kInf, 2, 3), 0.0);
    QCOMPARE(fisherFUpperP(-1.0, 2, 3), 1.0);
    QVERIFY(std::isnan(fisherFUpperP(kNaN, 2, 3)));
    QVERIFY(std::isnan(fisherFUpperP(1.0, 0, 3)));
    QVERIFY(fisherFUpperP(1e300, 6, 500) >= 0.0);
  }
};

QTEST_APPLESS_MAIN(TestOlsDistributions)
#include "test_ols_distributions.moc"
