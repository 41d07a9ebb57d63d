// Parameter parsing against the contract's domains and message form.
#include <QtTest>
#include <cmath>

#include "core/models/param_text.h"

using namespace supex;

class TestParamText : public QObject {
  Q_OBJECT
 private slots:
  void realDomain_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("positive") << QString("1.5") << true << 1.5;
    QTest::newRow("exponent") << QString("1e-3") << true << 1e-3;
    QTest::newRow("inf") << QString("inf") << true << std::numeric_limits<double>::infinity();
    QTest::newRow("zero is not > 0") << QString("0") << false << 0.0;
    QTest::newRow("negative") << QString("-1") << false << 0.0;
    QTest::newRow("garbage") << QString("abc") << false << 0.0;
    QTest::newRow("trailing") << QString("2x") << false << 0.0;
    QTest::newRow("nan") << QString("nan") << false << 0.0;
  }
  void realDomain() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    ParamSpec p{.key = "p", .min = 0, .minOpen = true, .allowInf = true};
    auto r = parseReal(p, "knn", text.toStdString());
    QCOMPARE(r.ok(), ok);
    if (ok) QCOMPARE(*r, value);
    else QCOMPARE(r.error().code, ErrorCode::Usage);
  }
  void messageNamesParameterModelAndValue() {
    ParamSpec p{.key = "p", .min = 0, .minOpen = true, .allowInf = true};
    auto r = parseReal(p, "knn", "-1");
    QCOMPARE(QString::fromStdString(r.error().message), QString("The 'p' parameter of knn must be > 0 or inf. Got -1."));
  }
  void integerRejectsFraction() {
    ParamSpec k{.key = "k", .kind = ParamKind::Integer, .min = 1};
    QVERIFY(!parseInteger(k, "knn", "2.5").ok());
    QVERIFY(!parseInteger(k, "knn", "0").ok());
    QCOMPARE(*parseInteger(k, "knn", "7"), 7LL);
  }
  void listParsing() {
    ParamSpec h{.key = "hidden", .kind = ParamKind::IntList, .min = 1};
    auto r = parseList(h, "nn", "8,4");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), std::size_t(2));
    QVERIFY(!parseList(h, "nn", "8,").ok());
    QVERIFY(!parseList(h, "nn", "8,0").ok());
    QVERIFY(!parseList(h, "nn", "").ok());
  }
  void formatRealRoundTrips() {
    QCOMPARE(QString::fromStdString(formatReal(0.1)), QString("0.1"));
    QCOMPARE(QString::fromStdString(formatReal(1e-10)), QString("1e-10"));
    QCOMPARE(QString::fromStdString(formatReal(INFINITY)), QString("inf"));
  }
};

QTEST_APPLESS_MAIN(TestParamText)
#include "test_param_text.moc"
