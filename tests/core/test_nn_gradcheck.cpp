// `supex gradcheck`: back-propagation agrees with central finite differences
// of the full objective (mean cross-entropy + L2 penalty) at the seeded
// initial weights, for several architectures; ReLU and non-binary data are
// refused with usage errors.
#include <QtTest>

#include <random>

#include "core/models/nn/grad_check.h"

using namespace supex;

namespace {

// 60 rows of `features` standard-normal-ish features (the test's own
// generator), label 1 where the first two features have the same sign.
Dataset data(int features, int classes = 2) {
  std::mt19937_64 rng(5);
  auto u = [&rng] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  Dataset d;
  d.task = Task::Classification;
  d.X.resize(60, features);
  d.y.resize(60);
  for (int i = 0; i < 60; ++i) {
    for (int j = 0; j < features; ++j) d.X(i, j) = 4.0 * (u() - 0.5);
    d.y(i) = classes == 2 ? (d.X(i, 0) * d.X(i, 1) > 0 ? 1.0 : 0.0) : i % classes;
  }
  for (int j = 0; j < features; ++j) d.featureNames.push_back(std::string("x").append(std::to_string(j + 1)));
  for (int k = 0; k < classes; ++k) d.classes.push_back(std::to_string(k));
  return d;
}

}  // namespace

class TestNnGradCheck : public QObject {
  Q_OBJECT
 private slots:
  void agreesWithFiniteDifferences_data() {
    QTest::addColumn<int>("features");
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<QString>("activation");
    QTest::addColumn<double>("l2");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<int>("parameters");  // Σ_l n_l (n_{l−1} + 1), counted by hand
    for (const char* g : {"tanh", "sigmoid"}) {
      for (double l2 : {0.0, 0.1}) {
        const QString tag = QString("%1 l2=%2 ").arg(g).arg(l2);
        // 2-3-1: 3·3 + 1·4 = 13
        QTest::newRow(qPrintable(tag + "2-3-1")) << 2 << QList<int>{3} << QString(g) << l2 << false << 13;
        // 2-5-3-1: 5·3 + 3·6 + 1·4 = 37
        QTest::newRow(qPrintable(tag + "2-5-3-1")) << 2 << QList<int>{5, 3} << QString(g) << l2 << false << 37;
        // 2-4-3-2-1: 4·3 + 3·5 + 2·4 + 1·3 = 38
        QTest::newRow(qPrintable(tag + "2-4-3-2-1")) << 2 << QList<int>{4, 3, 2} << QString(g) << l2 << false << 38;
      }
    }
    // A hidden layer of one unit, 2-1-3-1: 1·3 + 3·2 + 1·4 = 13
    QTest::newRow("tanh 2-1-3-1") << 2 << QList<int>{1, 3} << QString("tanh") << 0.1 << false << 13;
    // 3-8-8-1 (the default hidden layers), standardised: 8·4 + 8·9 + 1·9 = 113
    QTest::newRow("tanh 3-8-8-1 standardized") << 3 << QList<int>{8, 8} << QString("tanh") << 0.01 << true << 113;
  }
  void agreesWithFiniteDifferences() {
    QFETCH(int, features);
    QFETCH(QList<int>, hidden);
    QFETCH(QString, activation);
    QFETCH(double, l2);
    QFETCH(bool, standardize);
    QFETCH(int, parameters);
    NnParams params;
    params.hidden.assign(hidden.begin(), hidden.end());
    params.activation = activation.toStdString();
    params.l2 = l2;
    params.standardize = standardize;
    auto r = gradientCheck(data(features), params);
    QVERIFY(r.ok());
    QCOMPARE(r->nParameters, parameters);
    qInfo("max_rel_error %.3g over %d parameters", r->maxRelError, r->nParameters);
    QVERIFY2(r->maxRelError < 1e-7, qPrintable(QString::number(r->maxRelError)));
    QVERIFY(r->maxRelError > 0.0);  // finite differences are never exact: the check did run
  }

  void reluIsRefused() {
    NnParams params;
    params.activation = "relu";
    auto r = gradientCheck(data(2), params);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QVERIFY(QString::fromStdString(r.error().message).contains("relu"));
  }

  void threeClassesAreRefused() {
    auto r = gradientCheck(data(2, 3), NnParams{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QCOMPARE(QString::fromStdString(r.error().message), QString("nn is a binary classifier: the data has 3 classes."));
  }

  void badParameterIsRefused() {
    NnParams params;
    params.l2 = -1;
    auto r = gradientCheck(data(2), params);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
  }
};

QTEST_APPLESS_MAIN(TestNnGradCheck)
#include "test_nn_gradcheck.moc"
