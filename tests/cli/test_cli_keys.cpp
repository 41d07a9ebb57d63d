// Every model of the contract answers `supex fit ... --json` with the
// contract's keys (cli-contract.md, "JSON output of fit --json").
#include "cli_runner.h"

class TestCliKeys : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_blobs, m_three, m_line;

 private slots:
  void initTestCase() {
    m_blobs = m_dir.filePath("blobs.csv");
    m_three = m_dir.filePath("three.csv");
    m_line = m_dir.filePath("line.csv");
    QCOMPARE(runSupex({"generate", "blobs", "--n", "80", "--seed", "2", "-o", m_blobs}).exitCode, 0);
    QCOMPARE(runSupex({"generate", "gaussians", "--n", "90", "--classes", "3", "--seed", "2", "-o", m_three}).exitCode, 0);
    QCOMPARE(runSupex({"generate", "sine", "--n", "40", "--seed", "2", "-o", m_line}).exitCode, 0);
  }

  void keys_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("task");
    const QStringList common{"model", "task", "n_train", "features", "params", "train_metrics", "timing_ms"};
    QTest::newRow("ols") << "ols" << "line" << QStringList{} << (common + QStringList{"coefficients", "inference"}) << "regression";
    QTest::newRow("ridge") << "ridge" << "line" << QStringList{"basis=poly", "degree=3"} << (common + QStringList{"coefficients"}) << "regression";
    QTest::newRow("lasso path") << "lasso" << "line" << QStringList{"path=5"} << (common + QStringList{"coefficients", "path"}) << "regression";
    QTest::newRow("knn regression") << "knn" << "line" << QStringList{"task=regression", "k=3"} << common << "regression";
    QTest::newRow("knn") << "knn" << "blobs" << QStringList{"p=inf"} << (common + QStringList{"classes"}) << "classification";
    QTest::newRow("logistic") << "logistic" << "three" << QStringList{} << (common + QStringList{"classes", "intercepts", "weights"}) << "classification";
    QTest::newRow("lda") << "lda" << "three" << QStringList{} << (common + QStringList{"classes", "priors", "means", "covariance"}) << "classification";
    QTest::newRow("qda") << "qda" << "three" << QStringList{"reg=0.1"} << (common + QStringList{"classes", "priors", "means", "covariances"}) << "classification";
    QTest::newRow("nn") << "nn" << "blobs" << QStringList{"epochs=20"} << (common + QStringList{"classes", "layers", "loss_curve"}) << "classification";
  }
  void keys() {
    QFETCH(QString, model);
    QFETCH(QString, data);
    QFETCH(QStringList, params);
    QFETCH(QStringList, keys);
    QFETCH(QString, task);
    const QString train = data == "line" ? m_line : data == "three" ? m_three : m_blobs;
    QStringList args{"fit", "--model", model, "--train", train, "--test", train, "--json"};
    for (const QString& p : params) args << "--param" << p;
    const CliRun r = runSupex(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto j = r.json();
    for (const QString& k : keys) QVERIFY2(j.contains(k.toStdString()), qPrintable("missing key " + k));
    QCOMPARE(QString::fromStdString(j["task"].get<std::string>()), task);
    QVERIFY(j["timing_ms"].contains("fit") && j["timing_ms"].contains("predict_test"));
    QVERIFY(j.contains("predictions") && j.contains("test_metrics"));
    const std::size_t n = j["n_train"].get<std::size_t>();
    QCOMPARE(j["predictions"].size(), n);
    if (task == "classification") {
      const std::size_t K = j["classes"].size();
      QVERIFY(j["train_metrics"].contains("accuracy") && j["train_metrics"].contains("log_loss"));
      QCOMPARE(j["probabilities"].size(), n);
      QCOMPARE(j["probabilities"][0].size(), K);
      double sum = 0;
      for (const auto& p : j["probabilities"][0]) sum += p.get<double>();
      QVERIFY(std::abs(sum - 1.0) < 1e-12);
      // Predicting the training file as a test file gives the training scores.
      QCOMPARE(j["test_metrics"]["accuracy"].get<double>(), j["train_metrics"]["accuracy"].get<double>());
    } else {
      QVERIFY(j["train_metrics"].contains("mse") && j["train_metrics"].contains("r2"));
      QVERIFY(std::abs(j["test_metrics"]["mse"].get<double>() - j["train_metrics"]["mse"].get<double>()) <= 1e-12);
    }
    if (j.contains("coefficients")) QCOMPARE(j["coefficients"].size(), j["features"].size() + 1);
    if (model == "lasso") {
      QCOMPARE(j["path"]["lambdas"].size(), std::size_t(5));
      QCOMPARE(j["path"]["coefficients"].size(), std::size_t(5));
    }
    if (model == "nn") {
      QCOMPARE(j["layers"], nlohmann::json({2, 8, 8, 1}));
      QCOMPARE(j["loss_curve"].size(), std::size_t(20));
      QCOMPARE(j["probabilities"][0].size(), std::size_t(2));
    }
    if (model == "knn" && task == "classification") QCOMPARE(j["params"]["p"].get<std::string>(), std::string("inf"));
  }

  void gradcheckJson() {
    const CliRun r = runSupex({"gradcheck", "--train", m_blobs, "--param", "hidden=3", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto j = r.json();
    // 2-3-1 network: 2·3 + 3 weights and biases in layer 1, 3 + 1 in the output = 13
    QCOMPARE(j["n_parameters"].get<int>(), 13);
    QVERIFY(j["max_rel_error"].get<double>() < 1e-7);
  }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "test_cli_keys.moc"
