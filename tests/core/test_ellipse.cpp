// Covariance ellipses: axes and orientation against hand-computed
// eigen-decompositions, and every polygon point at the right Mahalanobis distance.
#include <QtTest>
#include <cmath>
#include <numbers>

#include "core/models/discriminant/ellipse.h"

using namespace supex;

class TestEllipse : public QObject {
  Q_OBJECT
 private slots:
  // Σ = [[2,1],[1,2]]: det(Σ − λI) = (2 − λ)² − 1 = 0 gives λ = 3 and 1, with
  // eigenvectors (1,1)/√2 and (1,−1)/√2. The 1σ ellipse has semi-axes √3 and 1,
  // the major one at 45°; the 2σ ellipse twice those.
  void axesAreTheSquareRootsOfTheEigenvalues() {
    Eigen::Matrix2d s;
    s << 2, 1, 1, 2;
    const EllipseAxes one = ellipseAxes(s, 1.0);
    QVERIFY(std::abs(one.major - std::sqrt(3.0)) < 1e-14);
    QVERIFY(std::abs(one.minor - 1.0) < 1e-14);
    QVERIFY(std::abs(one.angle - std::numbers::pi / 4) < 1e-14);
    QVERIFY(std::abs(one.majorDirection.x() - std::sqrt(0.5)) < 1e-14);
    QVERIFY(std::abs(one.majorDirection.y() - std::sqrt(0.5)) < 1e-14);
    const EllipseAxes two = ellipseAxes(s, 2.0);
    QVERIFY(std::abs(two.major - 2 * std::sqrt(3.0)) < 1e-14);
    QVERIFY(std::abs(two.minor - 2.0) < 1e-14);
  }

  // Diagonal Σ: the axes are the standard deviations along the coordinate axes.
  void diagonalCovariance() {
    Eigen::Matrix2d wide;
    wide << 4, 0, 0, 1;
    const EllipseAxes a = ellipseAxes(wide, 1.0);
    QVERIFY(std::abs(a.major - 2.0) < 1e-14 && std::abs(a.minor - 1.0) < 1e-14);
    QVERIFY(std::abs(a.angle) < 1e-14);
    Eigen::Matrix2d tall;
    tall << 1, 0, 0, 9;
    const EllipseAxes b = ellipseAxes(tall, 1.0);
    QVERIFY(std::abs(b.major - 3.0) < 1e-14 && std::abs(b.minor - 1.0) < 1e-14);
    QVERIFY(std::abs(b.angle - std::numbers::pi / 2) < 1e-14);
  }

  // Σ⁻¹ of [[2,1],[1,2]] is [[2,−1],[−1,2]]/3 (by hand: adjugate over det 3).
  // Every point of the k-σ polygon satisfies (x − μ)ᵀΣ⁻¹(x − μ) = k².
  void polygonPointsHaveMahalanobisDistanceK() {
    Eigen::Matrix2d s;
    s << 2, 1, 1, 2;
    Eigen::Matrix2d inv;
    inv << 2.0 / 3, -1.0 / 3, -1.0 / 3, 2.0 / 3;
    const Eigen::Vector2d mu(1.5, -2.0);
    for (double k : {1.0, 2.0}) {
      const auto poly = ellipsePolygon(mu, s, k, 64);
      QCOMPARE(poly.size(), std::size_t(65));
      QVERIFY((poly.front() - poly.back()).norm() == 0.0);
      for (const Eigen::Vector2d& p : poly) {
        const Eigen::Vector2d d = p - mu;
        QVERIFY2(std::abs(d.dot(inv * d) - k * k) < 1e-12, qPrintable(QString::number(d.dot(inv * d), 'g', 17)));
      }
    }
    // The first point lies on the major axis: μ + √3·(1,1)/√2.
    const auto poly = ellipsePolygon(mu, s, 1.0, 8);
    QVERIFY((poly[0] - (mu + std::sqrt(1.5) * Eigen::Vector2d(1, 1))).norm() < 1e-14);
  }

  // A rounding-negative eigenvalue is a flat ellipse, not a NaN.
  void singularCovarianceIsFlat() {
    Eigen::Matrix2d s;
    s << 1, 1, 1, 1 - 1e-17;
    const EllipseAxes a = ellipseAxes(s, 1.0);
    QVERIFY(std::isfinite(a.minor) && a.minor < 1e-7);
    QVERIFY(std::abs(a.major - std::sqrt(2.0)) < 1e-12);
  }
};

QTEST_APPLESS_MAIN(TestEllipse)
#include "test_ellipse.moc"
