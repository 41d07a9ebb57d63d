// The pieces of a linear fit sum to the fit, and the design's condition
// number equals numpy.linalg.cond.
//
// numpy references (python3, numpy 1.24.2):
//   import numpy as np
//   x = np.array([0., 1, 2, 3, 4]); P3 = np.column_stack([x, x**2, x**3])
//   np.linalg.cond(P3)                                   -> 181.5271927347744
//   np.linalg.cond((P3 - P3.mean(0)) / P3.std(0))        -> 45.10874386855596
#include <QtTest>

#include <cmath>
#include <limits>

#include "core/models/lasso/lasso.h"
#include "core/models/linear/basis_components.h"
#include "core/models/ols/ols.h"
#include "core/models/ridge/ridge.h"

using namespace supex;

namespace {

Dataset curve() {
  Dataset d;
  d.task = Task::Regression;
  d.X.resize(9, 1);
  d.y.resize(9);
  for (int i = 0; i < 9; ++i) {
    const double x = -2.0 + 0.5 * i;
    d.X(i, 0) = x;
    d.y(i) = 1.0 + 0.5 * x - 0.3 * x * x + 0.1 * std::sin(3.0 * x);
  }
  d.featureNames = {"x"};
  return d;
}

void checkSums(const LinearModel& model) {
  Eigen::MatrixXd at(6, 1);
  at << -3.0, -1.25, 0.0, 0.5, 2.0, 3.7;
  const Eigen::MatrixXd parts = basisComponents(model, at);
  QCOMPARE(parts.cols(), model.weights().size() + 1);
  Prediction pred;
  model.predict(at, pred);
  for (Eigen::Index i = 0; i < at.rows(); ++i) {
    QCOMPARE(parts(i, 0), model.intercept());
    const double sum = parts.row(i).sum();
    QVERIFY2(std::abs(sum - pred.value(i)) <= 1e-12 * (1.0 + std::abs(pred.value(i))),
             qPrintable(QString("x = %1: sum %2, prediction %3").arg(at(i, 0)).arg(sum).arg(pred.value(i))));
  }
}

}  // namespace

class TestBasisComponents : public QObject {
  Q_OBJECT

 private slots:
  void polynomialPiecesSumToTheFit() {
    OlsParams p;
    p.basis = {"poly", 3, 1.0};
    auto model = fitOls(curve(), p);
    QVERIFY(model.ok());
    checkSums(*model.value());
    // Column j is w_j·x^j exactly.
    Eigen::MatrixXd at(1, 1);
    at << 1.5;
    const Eigen::MatrixXd parts = basisComponents(*model.value(), at);
    QCOMPARE(parts(0, 3), model.value()->weights()(2) * 1.5 * 1.5 * 1.5);
  }

  void fourierAndPenalisedPiecesSumToTheFit() {
    RidgeParams r;
    r.lambda = 0.3;
    r.basis = {"fourier", 2, 1.3};
    r.standardize = true;
    auto ridge = fitRidge(curve(), r);
    QVERIFY(ridge.ok());
    checkSums(*ridge.value());
    LassoParams l;
    l.lambda = 0.05;
    l.basis = {"poly", 4, 1.0};
    auto lasso = fitLasso(curve(), l);
    QVERIFY(lasso.ok());
    checkSums(*lasso.value());
  }

  void conditionNumberAgreesWithNumpy() {
    Dataset d;
    d.task = Task::Regression;
    d.X.resize(5, 1);
    d.X << 0, 1, 2, 3, 4;
    d.y = Eigen::VectorXd::Zero(5);
    d.featureNames = {"x"};
    auto raw = designConditionNumber(d, {"poly", 3, 1.0}, false);
    QVERIFY(raw.ok());
    QVERIFY(std::abs(*raw - 181.5271927347744) < 1e-9 * 181.5);
    auto standardised = designConditionNumber(d, {"poly", 3, 1.0}, true);
    QVERIFY(standardised.ok());
    QVERIFY(std::abs(*standardised - 45.10874386855596) < 1e-9 * 45.1);
  }

  void conditionNumberEdgeCases() {
    QCOMPARE(conditionNumber(Eigen::MatrixXd::Identity(3, 3)), 1.0);
    Eigen::MatrixXd singular(3, 2);
    singular << 1, 2, 2, 4, 3, 6;  // second column = 2 × first
    const double k = conditionNumber(singular);
    QVERIFY(k > 1e15);  // σ_min is 0 or rounding noise: either way hopeless
    QCOMPARE(conditionNumber(Eigen::MatrixXd::Zero(2, 2)), std::numeric_limits<double>::infinity());
  }
};

QTEST_APPLESS_MAIN(TestBasisComponents)
#include "test_basis_components.moc"
