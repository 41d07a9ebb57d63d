// Relative contrast and the inscribed ball of the "High dimensions" view
// against hand calculations and closed forms.
//
// Python reference for d = 100 (python3 3.11, math):
//   import math; math.pi**50 / math.factorial(50) / 2**100   -> 1.8681820538375915e-70
//   (the ball of radius 1/2 in 100 dimensions: π^(d/2)/Γ(d/2 + 1)·(1/2)^d)
//   math.gamma(3)**5 / math.gamma(11)                        -> 8.818342151675484e-06
//   (p = 1/2, d = 5: Γ(1 + 2)^5 / Γ(1 + 10))
#include <QtTest>

#include <cmath>
#include <limits>
#include <numbers>

#include "core/eval/high_dimensions.h"

using namespace supex;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

class TestHighDimensions : public QObject {
  Q_OBJECT

 private slots:
  // d = 1: q = 0.5 and points 0.1, 0.4, 0.9, 0.75 are 0.4, 0.1, 0.4, 0.25 away
  // (every p agrees in one dimension): (0.4 − 0.1)/0.1 = 3.
  void contrastInOneDimensionByHand() {
    Eigen::RowVectorXd q(1);
    q << 0.5;
    Eigen::MatrixXd pts(4, 1);
    pts << 0.1, 0.4, 0.9, 0.75;
    for (double p : {0.5, 1.0, 2.0, 3.0, kInf}) QVERIFY(std::abs(relativeContrast(q, pts, p) - 3.0) < 1e-12);
  }

  // d = 2: q = (0, 0), points (3, 4) and (1, 0): distances 5 and 1 (p = 2),
  // 7 and 1 (p = 1), 4 and 1 (p = ∞), (√3 + 2)² = 7 + 4√3 and 1 (p = 1/2).
  void contrastInTwoDimensionsByHand() {
    Eigen::RowVectorXd q(2);
    q << 0, 0;
    Eigen::MatrixXd pts(2, 2);
    pts << 3, 4, 1, 0;
    QVERIFY(std::abs(relativeContrast(q, pts, 2.0) - 4.0) < 1e-12);
    QVERIFY(std::abs(relativeContrast(q, pts, 1.0) - 6.0) < 1e-12);
    QVERIFY(std::abs(relativeContrast(q, pts, kInf) - 3.0) < 1e-12);
    QVERIFY(std::abs(relativeContrast(q, pts, 0.5) - (6.0 + 4.0 * std::sqrt(3.0))) < 1e-10);
  }

  void contrastEdgeCases() {
    Eigen::RowVectorXd q(1);
    q << 0.5;
    Eigen::MatrixXd same(2, 1);
    same << 0.5, 0.7;
    QCOMPARE(relativeContrast(q, same, 2.0), kInf);
    QVERIFY(std::isnan(relativeContrast(q, Eigen::MatrixXd(0, 1), 2.0)));
  }

  void ballFractionClosedForms() {
    QVERIFY(std::abs(inscribedBallFraction(2, 2.0) - std::numbers::pi / 4) < 1e-14);
    QVERIFY(std::abs(inscribedBallFraction(3, 2.0) - std::numbers::pi / 6) < 1e-14);
    QVERIFY(std::abs(inscribedBallFraction(2, 1.0) - 0.5) < 1e-14);
    QVERIFY(std::abs(inscribedBallFraction(3, 1.0) - 1.0 / 6) < 1e-14);  // cross-polytope: 1/d!
    for (int d = 1; d <= 100; ++d) QCOMPARE(inscribedBallFraction(d, kInf), 1.0);
    for (double p : {0.3, 1.0, 2.0, 7.0}) QVERIFY(std::abs(inscribedBallFraction(1, p) - 1.0) < 1e-14);
    QVERIFY(std::abs(inscribedBallFraction(100, 2.0) / 1.8681820538375915e-70 - 1) < 1e-11);
    QVERIFY(std::abs(inscribedBallFraction(5, 0.5) / 8.818342151675484e-06 - 1) < 1e-12);
  }

  // The concentration the view shows: the contrast falls with d, and faster
  // for larger p (Aggarwal et al. 2001); the same seed gives the same numbers.
  void curvesConcentrate() {
    HighDimensionOptions o{.maxDim = 100, .p = 2.0, .n = 200, .queries = 3, .seed = 7};
    auto a = highDimensionCurves(o);
    QVERIFY(a.ok());
    QCOMPARE(a->dims.size(), std::size_t{100});
    QVERIFY(a->contrast[0] > 20.0);   // d = 1: the nearest of 200 points is very near
    QVERIFY(a->contrast[99] < 0.6);   // d = 100: all about equally far
    QVERIFY(a->contrast[99] < a->contrast[9]);
    auto b = highDimensionCurves(o);
    QCOMPARE(a->contrast, b->contrast);
    o.p = kInf;
    auto inf = highDimensionCurves(o);
    QVERIFY(inf->contrast[99] < a->contrast[99]);
    o.p = 0.5;
    auto half = highDimensionCurves(o);
    QVERIFY(half->contrast[99] > a->contrast[99]);
  }

  void badOptionsAndCancellation() {
    QCOMPARE(highDimensionCurves({.p = 0.0}).error().code, ErrorCode::Usage);
    QCOMPARE(highDimensionCurves({.n = 1}).error().code, ErrorCode::Usage);
    std::stop_source stop;
    stop.request_stop();
    QCOMPARE(highDimensionCurves({}, stop.get_token()).error().code, ErrorCode::Cancelled);
  }
};

QTEST_APPLESS_MAIN(TestHighDimensions)
#include "test_high_dimensions.moc"
