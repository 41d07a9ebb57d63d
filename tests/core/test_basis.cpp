// Basis expansions against hand-computed values and scikit-learn's column order.
#include <QtTest>
#include <cmath>

#include "core/basis/basis.h"

using namespace supex;

class TestBasis : public QObject {
  Q_OBJECT
 private slots:
  void polyNamesFollowScikitLearnOrder() {
    // sklearn.preprocessing.PolynomialFeatures(3, include_bias=False)
    //   .fit(np.zeros((1,2))).get_feature_names_out(["x1","x2"])
    // -> x1 x2 x1^2 "x1 x2" x2^2 x1^3 "x1^2 x2" "x1 x2^2" x2^3
    auto b = Basis::make({"poly", 3, 1.0}, {"x1", "x2"});
    QVERIFY(b.ok());
    const std::vector<std::string> expected{"x1", "x2", "x1^2", "x1 x2", "x2^2",
                                            "x1^3", "x1^2 x2", "x1 x2^2", "x2^3"};
    QCOMPARE(b->names(), expected);
  }

  void polyValues() {
    auto b = Basis::make({"poly", 3, 1.0}, {"x1", "x2"});
    Eigen::MatrixXd X(1, 2);
    X << 2.0, -3.0;
    const Eigen::MatrixXd phi = b->expand(X);
    const double expected[] = {2, -3, 4, -6, 9, 8, -12, 18, -27};
    QCOMPARE(phi.cols(), Eigen::Index(9));
    for (int j = 0; j < 9; ++j) QCOMPARE(phi(0, j), expected[j]);
  }

  void fourierNamesAndValues() {
    auto b = Basis::make({"fourier", 2, 0.5}, {"x"});
    QVERIFY(b.ok());
    const std::vector<std::string> expected{"cos(x)", "sin(x)", "cos(2*x)", "sin(2*x)"};
    QCOMPARE(b->names(), expected);
    Eigen::MatrixXd X(1, 1);
    X << M_PI;  // ωx = π/2, 2ωx = π
    const Eigen::MatrixXd phi = b->expand(X);
    QVERIFY(std::abs(phi(0, 0) - 0.0) < 1e-15);
    QVERIFY(std::abs(phi(0, 1) - 1.0) < 1e-15);
    QVERIFY(std::abs(phi(0, 2) + 1.0) < 1e-15);
    QVERIFY(std::abs(phi(0, 3) - 0.0) < 1e-15);
  }

  void fourierTwoInputsGroupsByInput() {
    auto b = Basis::make({"fourier", 1, 1.0}, {"a", "b"});
    const std::vector<std::string> expected{"cos(a)", "sin(a)", "cos(b)", "sin(b)"};
    QCOMPARE(b->names(), expected);
  }

  void noneIsIdentity() {
    auto b = Basis::make({"none", 1, 1.0}, {"u", "v"});
    Eigen::MatrixXd X(2, 2);
    X << 1, 2, 3, 4;
    QCOMPARE(b->expand(X), X);
  }
};

QTEST_APPLESS_MAIN(TestBasis)
#include "test_basis.moc"
