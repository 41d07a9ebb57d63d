// Every failure of `supex`: the contract's exit code, one line on stderr
// naming the problem, nothing on stdout.
#include "cli_runner.h"

class TestCliErrors : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_two;    // two classes
  QString m_three;  // three classes
  QString m_line;   // regression

 private slots:
  void initTestCase() {
    m_two = writeFile(m_dir, "two.csv", "x1,x2,label\n0,0,a\n1,0,a\n0,1,a\n5,5,b\n6,5,b\n5,6,b\n");
    m_three = writeFile(m_dir, "three.csv", "x1,x2,label\n0,0,0\n1,0,0\n0,1,0\n5,5,1\n6,5,1\n5,6,1\n9,0,2\n9,1,2\n8,0,2\n");
    m_line = writeFile(m_dir, "line.csv", "x,y\n1,2\n2,4.1\n3,5.9\n4,8.2\n");
  }

  void failures_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << 2 << "";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "frobnicate";
    QTest::newRow("unknown flag") << QStringList{"fit", "--model", "ols", "--train", "TWO", "--bogus"} << 2 << "--bogus";
    QTest::newRow("unknown model") << QStringList{"fit", "--model", "svm", "--train", "LINE"} << 2 << "svm";
    QTest::newRow("unknown parameter") << QStringList{"fit", "--model", "knn", "--train", "TWO", "--param", "q=1"} << 2 << "'q'";
    QTest::newRow("k = 0") << QStringList{"fit", "--model", "knn", "--train", "TWO", "--param", "k=0"} << 2 << "'k'";
    QTest::newRow("p <= 0") << QStringList{"fit", "--model", "knn", "--train", "TWO", "--param", "p=-1"} << 2 << "'p'";
    QTest::newRow("k > n") << QStringList{"fit", "--model", "knn", "--train", "TWO", "--param", "k=7"} << 2 << "'k'";
    QTest::newRow("param without =") << QStringList{"fit", "--model", "knn", "--train", "TWO", "--param", "k"} << 2 << "KEY=VALUE";
    QTest::newRow("level outside (0,1)") << QStringList{"fit", "--model", "ols", "--train", "LINE", "--param", "level=1"} << 2 << "'level'";
    QTest::newRow("missing target") << QStringList{"fit", "--model", "ols", "--train", "LINE", "--target", "z"} << 2 << "'z'";
    QTest::newRow("missing feature") << QStringList{"fit", "--model", "ols", "--train", "LINE", "--features", "w"} << 2 << "'w'";
    QTest::newRow("nn with three classes") << QStringList{"fit", "--model", "nn", "--train", "THREE"} << 2 << "class";
    QTest::newRow("bad grid") << QStringList{"fit", "--model", "knn", "--train", "TWO", "--grid", "0:1"} << 2 << "--grid";
    QTest::newRow("gradcheck relu") << QStringList{"gradcheck", "--train", "TWO", "--param", "activation=relu"} << 2 << "relu";
    QTest::newRow("unknown generator") << QStringList{"generate", "squares"} << 2 << "squares";
    QTest::newRow("missing file") << QStringList{"fit", "--model", "ols", "--train", "/nonexistent/x.csv"} << 3 << "/nonexistent/x.csv";
    QTest::newRow("singular ols") << QStringList{"fit", "--model", "ols", "--train", "DUP"} << 4 << "rank";
    QTest::newRow("qda class of one") << QStringList{"fit", "--model", "qda", "--train", "LONE"} << 4 << "'c'";
    QTest::newRow("lda singular") << QStringList{"fit", "--model", "lda", "--train", "FLAT"} << 4 << "covariance";
  }
  void failures() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString dup = writeFile(m_dir, "dup.csv", "a,b,y\n1,2,1\n2,4,2\n3,6,2\n4,8,5\n");
    const QString lone = writeFile(m_dir, "lone.csv", "x1,x2,label\n0,0,a\n1,0,a\n0,1,a\n5,5,b\n6,5,b\n5,6,b\n9,9,c\n");
    const QString flat = writeFile(m_dir, "flat.csv", "x1,x2,label\n0,1,a\n1,1,a\n2,1,a\n5,1,b\n6,1,b\n7,1,b\n");
    for (QString& a : args) {
      if (a == "TWO") a = m_two;
      else if (a == "THREE") a = m_three;
      else if (a == "LINE") a = m_line;
      else if (a == "DUP") a = dup;
      else if (a == "LONE") a = lone;
      else if (a == "FLAT") a = flat;
    }
    const CliRun r = runSupex(args);
    SUPEX_VERIFY_FAILURE(r, code);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
  }

  // Every malformed file of the contract: exit 3, file:line:column named.
  void malformedCsv_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("missing value") << QByteArray("x,y\n1,2\n3,\n") << ":3:2:";
    QTest::newRow("non-numeric feature") << QByteArray("x,y\n1,2\nabc,3\n") << ":3:1:";
    QTest::newRow("nan") << QByteArray("x,y\n1,2\nnan,3\n") << ":3:1:";
    QTest::newRow("inf") << QByteArray("x,y\n1,2\n2,inf\n") << ":3:2:";
    QTest::newRow("ragged row") << QByteArray("x,y\n1,2\n3,4,5\n") << ":3";
    QTest::newRow("ragged after comment") << QByteArray("x,y\n# note\n\n1,2\n3\n") << ":5";
    QTest::newRow("empty file") << QByteArray("") << "empty";
    QTest::newRow("header only") << QByteArray("x,y\n") << ":1";
  }
  void malformedCsv() {
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    const QString path = writeFile(m_dir, "bad.csv", text);
    const CliRun r = runSupex({"fit", "--model", "ols", "--train", path});
    SUPEX_VERIFY_FAILURE(r, 3);
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(where.toUtf8()), r.err.constData());
  }

  void helpAndVersionSucceed() {
    const CliRun h = runSupex({"--help"});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains("generate"));
    QVERIFY(h.out.contains("lasso"));
    const CliRun v = runSupex({"--version"});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("supex "));
  }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "test_cli_errors.moc"
