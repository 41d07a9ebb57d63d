// Standardizer against hand-computed values: population sd (divide by n, as
// scikit-learn's StandardScaler), a constant column kept at scale 1.
#include <QtTest>
#include <cmath>

#include "core/data/standardizer.h"

using namespace supex;

class TestStandardizer : public QObject {
  Q_OBJECT
 private slots:
  void fitByHand() {
    // Column 0: 1, 2, 3, 6: mean 3, deviations −2, −1, 0, 3, Σd² = 14,
    // variance 14/4 = 3.5, sd √3.5 = 1.8708286933869707.
    // Column 1: constant 10: mean 10, scale 1.
    // Column 2: −1, 1, −1, 1: mean 0, sd 1.
    Eigen::MatrixXd X(4, 3);
    X << 1, 10, -1, 2, 10, 1, 3, 10, -1, 6, 10, 1;
    const Standardizer s = Standardizer::fit(X);
    QCOMPARE(s.mean, Eigen::RowVector3d(3, 10, 0));
    QVERIFY(std::abs(s.scale(0) - 1.8708286933869707) < 1e-15);
    QCOMPARE(s.scale(1), 1.0);
    QCOMPARE(s.scale(2), 1.0);

    const Eigen::MatrixXd Z = s.transform(X);
    // z = (x − 3)/√3.5: −1.0690449676496976, −0.5345224838248488, 0, 1.6035674514745464.
    const double z0[] = {-1.0690449676496976, -0.5345224838248488, 0.0, 1.6035674514745464};
    for (int i = 0; i < 4; ++i) {
      QVERIFY(std::abs(Z(i, 0) - z0[i]) < 1e-15);
      QCOMPARE(Z(i, 1), 0.0);
      QCOMPARE(Z(i, 2), X(i, 2));
    }
    // Standardised columns have mean 0 and population sd 1 (the constant one sd 0).
    QVERIFY(std::abs(Z.col(0).mean()) < 1e-15);
    QVERIFY(std::abs(Z.col(0).squaredNorm() / 4 - 1) < 1e-15);
  }

  void transformUsesTheFittedMoments() {
    Eigen::MatrixXd train(2, 1);
    train << 0, 4;  // mean 2, sd 2
    const Standardizer s = Standardizer::fit(train);
    Eigen::MatrixXd other(2, 1);
    other << 6, -2;
    const Eigen::MatrixXd Z = s.transform(other);
    QCOMPARE(Z(0, 0), 2.0);
    QCOMPARE(Z(1, 0), -2.0);
  }

  void inverseUndoesTransform() {
    Eigen::MatrixXd X(3, 2);
    X << 0.1, -7, 2.5, 3, -4, 1e3;
    const Standardizer s = Standardizer::fit(X);
    const Eigen::MatrixXd back = s.inverse(s.transform(X));
    QVERIFY((back - X).cwiseAbs().maxCoeff() < 1e-12);
  }
};

QTEST_APPLESS_MAIN(TestStandardizer)
#include "test_standardizer.moc"
