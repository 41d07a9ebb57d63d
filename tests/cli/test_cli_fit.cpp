// `supex fit` end to end: the contract's JSON keys and statsmodels' numbers.
#include <cmath>

#include "cli_runner.h"

namespace {

// statsmodels 0.13.5 (Debian python3-statsmodels), produced by:
//   x=np.array([1,2,3,4,5,6,7,8.]); y=np.array([1.2,1.9,3.2,3.8,5.1,6.3,6.8,8.1])
//   r=sm.OLS(y,sm.add_constant(x)).fit()
//   r.params, r.bse, r.tvalues, r.pvalues, r.conf_int(0.05), r.rsquared, r.rsquared_adj,
//   r.fvalue, r.f_pvalue, r.scale
//   r.get_prediction(sm.add_constant(np.array([2.5,9.0]),has_constant='add')).summary_frame(alpha=0.05)
const QByteArray kLine = "x,y\n1,1.2\n2,1.9\n3,3.2\n4,3.8\n5,5.1\n6,6.3\n7,6.8\n8,8.1\n";
const double kCoef[] = {0.08214285714285774, 0.9928571428571423};
const double kSe[] = {0.16153230969323126, 0.03198816391082004};
const double kT[] = {0.5085227673575436, 31.038266079451567};
const double kP[] = {6.292382451125007e-01, 7.427460334464829e-08};
const double kCiLow[] = {-0.3131124654081971, 0.9145849255626664};
const double kCiHigh[] = {0.47739817969391257, 1.0711293601516183};
const double kMeanLow[] = {2.326230059024614, 8.622601820306084};
const double kMeanHigh[] = {2.802341369546813, 9.413112465408194};
const double kPredLow[] = {2.0039419135616177, 8.37478525728518};
const double kPredHigh[] = {3.1246295150098096, 9.660929028429097};

bool close(double a, double b, double rel) { return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b)); }

void compareArray(const nlohmann::json& got, const double* want, std::size_t n, double rel, const char* what) {
  QVERIFY2(got.is_array() && got.size() == n, what);
  for (std::size_t i = 0; i < n; ++i)
    QVERIFY2(close(got[i].get<double>(), want[i], rel),
             qPrintable(QString("%1[%2]: got %3, want %4").arg(what).arg(i).arg(got[i].get<double>(), 0, 'g', 17)
                            .arg(want[i], 0, 'g', 17)));
}

}  // namespace

class TestCliFit : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;

 private slots:
  void olsMatchesStatsmodels() {
    const QString train = writeFile(m_dir, "line.csv", kLine);
    const QString test = writeFile(m_dir, "new.csv", "x\n2.5\n9\n");
    const CliRun r = runSupex({"fit", "--model", "ols", "--train", train, "--test", test, "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto j = r.json();
    QCOMPARE(j["model"].get<std::string>(), std::string("ols"));
    QCOMPARE(j["task"].get<std::string>(), std::string("regression"));
    QCOMPARE(j["n_train"].get<int>(), 8);
    QCOMPARE(j["features"], nlohmann::json({"x"}));
    compareArray(j["coefficients"], kCoef, 2, 1e-8, "coefficients");
    const auto& inf = j["inference"];
    compareArray(inf["se"], kSe, 2, 1e-8, "se");
    compareArray(inf["t"], kT, 2, 1e-8, "t");
    compareArray(inf["p"], kP, 2, 1e-6, "p");
    compareArray(inf["ci_low"], kCiLow, 2, 1e-8, "ci_low");
    compareArray(inf["ci_high"], kCiHigh, 2, 1e-8, "ci_high");
    QVERIFY(close(inf["sigma2"].get<double>(), 0.04297619047619059, 1e-8));
    QCOMPARE(inf["df_resid"].get<double>(), 6.0);
    QVERIFY(close(inf["r2"].get<double>(), 0.9938104382415472, 1e-10));
    QVERIFY(close(inf["adj_r2"].get<double>(), 0.9927788446151384, 1e-10));
    QVERIFY(close(inf["f_stat"].get<double>(), 963.373961218834, 1e-8));
    QVERIFY(close(inf["f_pvalue"].get<double>(), 7.427460334464817e-08, 1e-6));
    QCOMPARE(inf["level"].get<double>(), 0.95);
    compareArray(j["mean_ci_low"], kMeanLow, 2, 1e-8, "mean_ci_low");
    compareArray(j["mean_ci_high"], kMeanHigh, 2, 1e-8, "mean_ci_high");
    compareArray(j["pred_low"], kPredLow, 2, 1e-8, "pred_low");
    compareArray(j["pred_high"], kPredHigh, 2, 1e-8, "pred_high");
    // predictions at 2.5 and 9: the point estimates of the same summary_frame
    const double kMean[] = {2.5642857142857136, 9.017857142857139};
    compareArray(j["predictions"], kMean, 2, 1e-10, "predictions");
    QVERIFY(j["train_metrics"].contains("mse") && j["train_metrics"].contains("r2"));
    // MSE = RSS/n = σ̂²·df/n
    QVERIFY(close(j["train_metrics"]["mse"].get<double>(), 0.04297619047619059 * 6 / 8, 1e-8));
    QVERIFY(!j.contains("test_metrics"));  // the test file has no target
    QVERIFY(j["timing_ms"].contains("fit") && j["timing_ms"].contains("predict_test"));
    QCOMPARE(j["params"]["basis"].get<std::string>(), std::string("none"));
    QCOMPARE(j["params"]["level"].get<double>(), 0.95);
  }

  void humanSummaryLooksLikeStatsmodels() {
    const QString train = writeFile(m_dir, "line.csv", kLine);
    const CliRun r = runSupex({"fit", "--model", "ols", "--train", train});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("coef"));
    QVERIFY(r.out.contains("std err"));
    QVERIFY(r.out.contains("P>|t|"));
    QVERIFY(r.out.contains("0.9929"));  // the slope, as statsmodels prints it
  }

  void generateIsDeterministic() {
    const CliRun a = runSupex({"generate", "moons", "--n", "50", "--seed", "3"});
    const CliRun b = runSupex({"generate", "moons", "--n", "50", "--seed", "3"});
    const CliRun c = runSupex({"generate", "moons", "--n", "50", "--seed", "4"});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out);
    QVERIFY(a.out.startsWith("x1,x2,label\n"));
    QCOMPARE(a.out.count('\n'), 51);
  }

  void classificationKeysAndGrid() {
    const QString path = m_dir.filePath("blobs.csv");
    QCOMPARE(runSupex({"generate", "blobs", "--n", "60", "--seed", "1", "-o", path}).exitCode, 0);
    const QString gridOut = m_dir.filePath("grid.csv");
    const CliRun r = runSupex({"fit", "--model", "knn", "--train", path, "--param", "k=1", "--grid",
                               "-3:3:4,-2:2:3", "--grid-out", gridOut, "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto j = r.json();
    QCOMPARE(j["classes"], nlohmann::json({"0", "1"}));
    QCOMPARE(j["train_metrics"]["accuracy"].get<double>(), 1.0);  // k = 1: each point is its own neighbour
    QVERIFY(j["train_metrics"].contains("log_loss"));
    QCOMPARE(j["grid"]["nx"].get<int>(), 4);
    QCOMPARE(j["grid"]["ny"].get<int>(), 3);
    QCOMPARE(j["grid"]["class_counts"]["0"].get<int>() + j["grid"]["class_counts"]["1"].get<int>(), 12);
    QFile f(gridOut);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("x1,x2,prediction"));
    QVERIFY(lines[1].startsWith("-3,-2,"));  // first cell centre is (X0, Y0)
    QVERIFY(lines[2].startsWith("-1,-2,"));  // x fastest, 4 centres from -3 to 3
    QVERIFY(lines[5].startsWith("-3,0,"));
  }
};

QTEST_GUILESS_MAIN(TestCliFit)
#include "test_cli_fit.moc"
