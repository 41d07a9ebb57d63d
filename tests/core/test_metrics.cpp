// Metrics against hand calculations and scikit-learn's definitions.
#include <QtTest>
#include <cmath>

#include "core/eval/metrics.h"

using namespace supex;

class TestMetrics : public QObject {
  Q_OBJECT
 private slots:
  void accuracyCountsMatches() {
    Eigen::VectorXd pred(4), truth(4);
    pred << 0, 1, 1, 2;
    truth << 0, 1, 2, 2;
    QCOMPARE(accuracy(pred, truth), 0.75);
  }
  void logLossByHand() {
    // rows: p(true) = 0.8, 0.4  ->  −(ln 0.8 + ln 0.4)/2 = 0.56971714159418...
    Eigen::MatrixXd proba(2, 2);
    proba << 0.8, 0.2, 0.6, 0.4;
    Eigen::VectorXd truth(2);
    truth << 0, 1;
    QVERIFY(std::abs(logLoss(proba, truth) - 0.5697171415941824) < 1e-12);
  }
  void logLossClipsZeroProbability() {
    Eigen::MatrixXd proba(1, 2);
    proba << 1.0, 0.0;
    Eigen::VectorXd truth(1);
    truth << 1;
    QVERIFY(std::abs(logLoss(proba, truth) - (-std::log(1e-15))) < 1e-9);
  }
  void mseAndR2ByHand() {
    // y = 1,2,3,4; ŷ = 1,2,3,5: RSS = 1, TSS = 5 -> MSE 0.25, R² 0.8
    Eigen::VectorXd y(4), yhat(4);
    y << 1, 2, 3, 4;
    yhat << 1, 2, 3, 5;
    QCOMPARE(meanSquaredError(yhat, y), 0.25);
    QVERIFY(std::abs(rSquared(yhat, y) - 0.8) < 1e-15);
  }
  void r2OfConstantTruthIsUndefined() {
    Eigen::VectorXd y = Eigen::VectorXd::Constant(3, 2.0);
    QVERIFY(std::isnan(rSquared(y, y)));
  }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
