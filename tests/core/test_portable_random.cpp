// PortableRandom and portable_math against references outside our code:
// the C++ standard's check value for mt19937_64, an independent Python
// implementation of mt19937_64 and of the documented distributions
// (tests/scripts/ref_portable_random.py, run with `python3 ref_portable_random.py`),
// and the C library's sin, cos and log.
#include <QtTest>
#include <cmath>
#include <numeric>

#include "core/common/portable_math.h"
#include "core/common/portable_random.h"

using namespace supex;

namespace {
bool closeRel(double a, double b, double rel) { return std::abs(a - b) <= rel * std::max(std::abs(b), 1e-300); }
}  // namespace

class TestPortableRandom : public QObject {
  Q_OBJECT
 private slots:
  void engineMatchesTheStandard() {
    // [rand.predef]: the 10000th consecutive invocation of a default-constructed
    // mt19937_64 (seed 5489) produces 9981545732273789042.
    PortableRandom rng(5489);
    std::uint64_t v = 0;
    for (int i = 0; i < 10000; ++i) v = rng.next();
    QCOMPARE(v, std::uint64_t(9981545732273789042ULL));
  }

  void rawDrawsMatchPython() {
    // ref_portable_random.py: "next seed42"
    PortableRandom rng(42);
    QCOMPARE(rng.next(), std::uint64_t(13930160852258120406ULL));
    QCOMPARE(rng.next(), std::uint64_t(11788048577503494824ULL));
    QCOMPARE(rng.next(), std::uint64_t(13874630024467741450ULL));
  }

  void uniformIsExactly53BitsOfTheDraw() {
    // ref_portable_random.py: "uniform seed42"; exact, no rounding is involved.
    PortableRandom rng(42);
    QCOMPARE(rng.uniform(), 0.755155532954539);
    QCOMPARE(rng.uniform(), 0.6390313938546974);
    QCOMPARE(rng.uniform(), 0.7521452007480266);
  }

  void uniformStaysInHalfOpenInterval() {
    PortableRandom rng(3);
    double lo = 1;
    double hi = 0;
    for (int i = 0; i < 100000; ++i) {
      const double u = rng.uniform();
      QVERIFY(u >= 0 && u < 1);
      lo = std::min(lo, u);
      hi = std::max(hi, u);
    }
    QVERIFY(lo < 1e-4);
    QVERIFY(hi > 1 - 1e-4);
  }

  void normalMatchesPythonPolarMethod() {
    // ref_portable_random.py: "normal seed42" (Python's math.log may differ from
    // portableLog in the last bit, hence the tolerance).
    PortableRandom rng(42);
    const double expected[] = {1.2938204232729367, 0.7049882664208599, 0.3979773961837887, -0.5740948067202614};
    for (double e : expected) QVERIFY(closeRel(rng.normal(), e, 1e-14));
  }

  void normalMomentsAreStandard() {
    // 200000 draws: the sample mean has sd 1/sqrt(200000) = 0.0022, the variance ~0.0032.
    PortableRandom rng(11);
    const int n = 200000;
    double sum = 0;
    double sumSq = 0;
    int beyond2 = 0;
    for (int i = 0; i < n; ++i) {
      const double z = rng.normal();
      sum += z;
      sumSq += z * z;
      if (std::abs(z) > 2) ++beyond2;
    }
    const double mean = sum / n;
    QVERIFY(std::abs(mean) < 0.01);
    QVERIFY(std::abs(sumSq / n - mean * mean - 1) < 0.015);
    // P(|Z| > 2) = 0.0455003 (standard normal table); sd of the fraction ~0.00047.
    QVERIFY(std::abs(beyond2 / double(n) - 0.0455003) < 0.002);
  }

  void belowMatchesPythonAndIsUnbiased() {
    PortableRandom rng(42);
    const std::uint64_t expected[] = {6, 4, 0, 2, 1, 8};  // "below(10) seed42"
    for (std::uint64_t e : expected) QCOMPARE(rng.below(10), e);
    QCOMPARE(rng.below(1), std::uint64_t(0));
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) ++counts[static_cast<std::size_t>(rng.below(7))];
    for (int c : counts) QVERIFY(std::abs(c - 10000) < 500);  // sd ~93
  }

  void shuffleMatchesPythonFisherYates() {
    PortableRandom rng(42);
    std::vector<int> v(10);
    std::iota(v.begin(), v.end(), 0);
    rng.shuffle(v);
    const std::vector<int> expected{1, 7, 9, 0, 3, 8, 4, 2, 5, 6};  // "shuffle 0..9 seed42"
    QCOMPARE(v, expected);
  }

  void sinCosAgreeWithLibm() {
    // Within 2 ulp of 1 on the arguments the generators use (|x| ≤ 66 here).
    double worst = 0;
    for (int i = -200000; i <= 200000; ++i) {
      const double x = i * 3.3e-4;
      worst = std::max(worst, std::abs(portableSin(x) - std::sin(x)));
      worst = std::max(worst, std::abs(portableCos(x) - std::cos(x)));
    }
    QVERIFY2(worst <= 4.5e-16, qPrintable(QString::number(worst)));
    for (int i = 1; i < 1000; ++i) {  // small arguments: relative accuracy
      const double x = i * 1e-9;
      QVERIFY(closeRel(portableSin(x), std::sin(x), 2.3e-16));
    }
    QCOMPARE(portableSin(0.0), 0.0);
    QCOMPARE(portableCos(0.0), 1.0);
  }

  void logAgreesWithLibm() {
    double worst = 0;
    for (double x = 1e-300; x < 1e300; x *= 1.0137) {
      const double r = std::log(x);
      if (r != 0) worst = std::max(worst, std::abs(portableLog(x) - r) / std::abs(r));
    }
    for (int i = 1; i < 200000; ++i) {  // (0, 2): where the polar method calls it
      const double x = i * 1e-5;
      const double r = std::log(x);
      if (r != 0) worst = std::max(worst, std::abs(portableLog(x) - r) / std::abs(r));
    }
    QVERIFY2(worst <= 1e-15, qPrintable(QString::number(worst)));
    QCOMPARE(portableLog(1.0), 0.0);
    QVERIFY(closeRel(portableLog(4e-320), std::log(4e-320), 1e-15));  // subnormal
    QVERIFY(std::isnan(portableLog(0.0)));
    QVERIFY(std::isnan(portableLog(-1.0)));
  }
};

QTEST_APPLESS_MAIN(TestPortableRandom)
#include "test_portable_random.moc"
