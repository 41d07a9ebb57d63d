// The step-wise trainers as the training animation uses them: parameters
// changed between steps (NnTrainer::retune, LogisticStepper::setLambda,
// LassoStepwise::setLambda) and the lasso's snapshot of its current iterate.
//
// Lasso references (python3, scikit-learn 1.2.1), data() as in linear_fixture.h
// and the recorded values of test_lasso.cpp:
//   X, y = data(20, [2.0, -1.0, 0.0, 0.5, 0.0]); n = 20
//   Lasso(alpha=2.0/(2*n), tol=1e-12, max_iter=10**6).fit(X, y)          # intercept_, coef_
//   sc = StandardScaler().fit(X)
//   m = Lasso(alpha=1.0/(2*n), tol=1e-12, max_iter=10**6).fit(sc.transform(X), y)
//   w = m.coef_ / sc.scale_; b = m.intercept_ - sc.mean_ @ w
#include <QtTest>

#include <cmath>

#include "core/data/generators.h"
#include "core/models/lasso/lasso_stepwise.h"
#include "core/models/logistic/logistic_stepper.h"
#include "core/models/nn/nn_trainer.h"
#include "tests/core/linear_fixture.h"

using namespace supex;
using supex::test::formulaData;

namespace {

Dataset moons(int n, std::uint64_t seed) {
  auto d = generate({.kind = "moons", .n = n, .noise = 0.2, .seed = seed});
  return std::move(d).value();
}

std::vector<double> coefficientsOf(const LinearModel& m) {
  std::vector<double> c{m.intercept()};
  for (Eigen::Index j = 0; j < m.weights().size(); ++j) c.push_back(m.weights()(j));
  return c;
}

}  // namespace

class TestStepwiseTraining : public QObject {
  Q_OBJECT

 private slots:
  // Plain gradient descent on the full batch: θ' − θ = −η·∇J(θ), so after a
  // retune from η = 0.2 to η = 0.05 the step is a quarter of the step the
  // untouched trainer takes from the same weights.
  void nnRetuneLearningRateKeepsTheState() {
    const Dataset d = moons(60, 4);
    NnParams p;
    p.hidden = {5};
    p.optimizer = "sgd";
    p.batch = 0;
    p.lr = 0.2;
    p.epochs = 20;
    p.seed = 7;
    auto a = NnTrainer::create(d, p);
    QVERIFY(a.ok());
    for (int i = 0; i < 4; ++i) QVERIFY(a->step().ok());
    NnTrainer same = a.value();  // an untouched copy at epoch 4
    const Network before = a->network();

    NnParams slower = p;
    slower.lr = 0.05;
    auto r = a->retune(slower);
    QVERIFY(r.ok());
    QVERIFY(r.value());
    QCOMPARE(a->epoch(), 4);
    QCOMPARE(a->lossHistory().size(), std::size_t{4});
    QVERIFY(a->step().ok());
    QVERIFY(same.step().ok());
    for (int l = 1; l <= before.depth(); ++l) {
      const Eigen::MatrixXd slow = a->network().W(l) - before.W(l);
      const Eigen::MatrixXd fast = same.network().W(l) - before.W(l);
      QVERIFY(fast.norm() > 1e-6);
      QVERIFY2((slow - 0.25 * fast).norm() <= 1e-12 * fast.norm(), qPrintable(QString::number(l)));
      const Eigen::VectorXd slowB = a->network().b(l) - before.b(l), fastB = same.network().b(l) - before.b(l);
      QVERIFY((slowB - 0.25 * fastB).norm() <= 1e-12 * std::max(1.0, fastB.norm()));
    }
    QCOMPARE(a->epoch(), 5);
  }

  void nnRetuneRefusesWhatNeedsANewNetwork() {
    const Dataset d = moons(40, 2);
    NnParams p;
    p.hidden = {4};
    p.epochs = 10;
    auto t = NnTrainer::create(d, p);
    QVERIFY(t.ok());
    QVERIFY(t->step().ok());
    const Eigen::MatrixXd w1 = t->network().W(1);
    for (auto change : {+[](NnParams& q) { q.hidden = {6}; }, +[](NnParams& q) { q.activation = "relu"; },
                        +[](NnParams& q) { q.seed = 99; }, +[](NnParams& q) { q.standardize = true; }}) {
      NnParams q = p;
      change(q);
      auto r = t->retune(q);
      QVERIFY(r.ok());
      QVERIFY(!r.value());
    }
    QCOMPARE(t->epoch(), 1);
    QCOMPARE(t->network().W(1), w1);
    // Invalid values are errors, as for create().
    NnParams bad = p;
    bad.lr = -1;
    QVERIFY(!t->retune(bad).ok());
    // Batch, epochs, l2 and optimizer are taken on; more epochs mean training is not done yet.
    NnParams more = p;
    more.batch = 7;
    more.epochs = 3;
    more.l2 = 0.01;
    more.optimizer = "momentum";
    auto r = t->retune(more);
    QVERIFY(r.ok() && r.value());
    QVERIFY(!t->done());
    QVERIFY(t->step().ok());
    QVERIFY(t->step().ok());
    QVERIFY(t->done());
    QCOMPARE(t->params().optimizer, std::string("momentum"));
  }

  // The objective after a new λ is −ℓ(θ) + (λ/2)‖W‖²_F at the SAME
  // coefficients, with ℓ written out here from the softmax.
  void logisticSetLambdaKeepsTheCoefficients() {
    const Dataset d = moons(50, 5);
    LogisticParams p;
    p.lambda = 1.0;
    auto s = LogisticStepper::create(d, p);
    QVERIFY(s.ok());
    for (int i = 0; i < 5; ++i) s->step(0.5);
    const LogisticCoefficients before = s->coefficients();
    s->setLambda(0.2);
    QCOMPARE(s->steps(), 5);
    const LogisticCoefficients after = s->coefficients();
    QVERIFY((after.weights - before.weights).norm() == 0.0);

    double ell = 0.0;
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
      Eigen::VectorXd z = after.weights * d.X.row(i).transpose() + after.intercepts;
      const double m = z.maxCoeff();
      const double logSum = m + std::log((z.array() - m).exp().sum());
      ell += z(static_cast<Eigen::Index>(d.y(i))) - logSum;
    }
    SUPEX_COMPARE_NEAR(s->logLikelihood(), ell, 1e-12, 1e-12);
    SUPEX_COMPARE_NEAR(s->objective(), -ell + 0.1 * after.weights.squaredNorm(), 1e-12, 1e-12);
    QCOMPARE(s->lambda(), 0.2);
  }

  // Sweeping to convergence reaches scikit-learn's solution; moving λ midway
  // (a warm start) reaches the solution at the new λ.
  void lassoStepwiseReachesTheFit_data() {
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("lambda=2") << false << 2.0
                              << std::vector<double>{1.5148489400355534, 1.8811002377524064, -0.9407901518340889,
                                                     0.0, 0.47070712387109137, -0.05342271957780376};
    QTest::newRow("standardized, lambda=1")
        << true << 1.0
        << std::vector<double>{1.5098717868950926, 1.9554070150276996, -0.9748544915574496, 0.0,
                               0.48194488987585793, -0.05944142258719581};
  }
  void lassoStepwiseReachesTheFit() {
    QFETCH(bool, standardize);
    QFETCH(double, lambda);
    QFETCH(std::vector<double>, expected);
    const Dataset d = formulaData(20, {2.0, -1.0, 0.0, 0.5, 0.0});
    LassoParams p{.lambda = 30.0, .tol = 1e-14, .standardize = standardize};
    auto s = LassoStepwise::create(d, p);
    QVERIFY(s.ok());
    // The start is w = 0: the snapshot predicts ȳ everywhere.
    const auto start = s->snapshot();
    SUPEX_COMPARE_NEAR(start->intercept(), d.y.mean(), 1e-12, 1e-12);
    QCOMPARE(start->weights().cwiseAbs().sum(), 0.0);
    for (int i = 0; i < 3; ++i) s->stepper().sweep();
    s->setLambda(lambda);
    for (int i = 0; i < 100000 && !s->converged(); ++i) s->stepper().sweep();
    QVERIFY(s->converged());
    const auto m = s->snapshot();
    QCOMPARE(m->modelId, std::string("lasso"));
    QVERIFY(m->converged());
    const std::vector<double> c = coefficientsOf(*m);
    QCOMPARE(c.size(), expected.size());
    for (std::size_t j = 0; j < c.size(); ++j) {
      if (expected[j] == 0.0)
        QCOMPARE(c[j], 0.0);
      else
        SUPEX_COMPARE_NEAR(c[j], expected[j], 1e-6, 0);
    }
  }
};

QTEST_APPLESS_MAIN(TestStepwiseTraining)
#include "test_stepwise_training.moc"
