// Loading and writing data sets as docs/cli-contract.md ("Data files") says:
// one table row per malformed input with its exact message (file, physical
// line, column index and name) and exit code; class order; label identity;
// test files matched by header name; round trips. Expected values are
// written by hand from the contract.
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/dataset_io.h"

using namespace supex;

namespace {

LoadOptions options(const QString& task, const QString& target = {}, const QString& features = {}) {
  LoadOptions o;
  o.task = task == "cls" ? Task::Classification : Task::Regression;
  o.target = target.toStdString();
  if (!features.isEmpty())
    for (const QString& f : features.split(',')) o.features.push_back(f.toStdString());
  return o;
}

Dataset load(const QByteArray& text, const LoadOptions& o, const char* name = "d.csv") {
  auto r = loadDatasetFromString(text.toStdString(), name, o);
  if (!r) qFatal("unexpected error: %s", r.error().message.c_str());
  return std::move(r).value();
}

std::vector<std::string> strings(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

}  // namespace

class TestDatasetIo : public QObject {
  Q_OBJECT
 private slots:
  void malformed_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("features");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString reg("reg");
    const QString cls("cls");
    // ---- the file as a whole (exit code 3)
    QTest::newRow("empty file") << QByteArray("") << reg << QString() << QString() << 3
                                << QString("d.csv: the file is empty.");
    QTest::newRow("only comments and blank lines") << QByteArray("# nothing\n\n  \n") << reg << QString() << QString()
                                                   << 3 << QString("d.csv: the file is empty.");
    QTest::newRow("header only") << QByteArray("x,y\n") << reg << QString() << QString() << 3
                                 << QString("d.csv:1: there is a header but no data rows.");
    QTest::newRow("header only, after comments") << QByteArray("# c\n\nx,y\n#end\n") << reg << QString() << QString()
                                                 << 3 << QString("d.csv:3: there is a header but no data rows.");
    QTest::newRow("duplicate header name") << QByteArray("x,x,y\n1,2,3\n") << reg << QString() << QString() << 3
                                           << QString("d.csv:1:2: column 'x': the name is used twice (also column 1).");
    QTest::newRow("empty header name") << QByteArray("x,,y\n1,2,3\n") << reg << QString() << QString() << 3
                                       << QString("d.csv:1:2: column 2 of the header has no name.");
    QTest::newRow("only one column") << QByteArray("y\n1\n") << reg << QString() << QString() << 3
                                     << QString("d.csv: there are no feature columns; the only column, 'y', is the "
                                                "target.");
    QTest::newRow("not UTF-8") << QByteArray("x\xFF,y\n1,2\n") << reg << QString() << QString() << 3
                               << QString("d.csv:1: the text is not valid UTF-8; save the file as UTF-8.");
    // ---- quoting (exit code 3)
    QTest::newRow("text after closing quote")
        << QByteArray("x,y\n\"1\"2,3\n") << reg << QString() << QString() << 3
        << QString("d.csv:2:1: unexpected text after the closing quote of a quoted field; a quote inside a quoted "
                   "field is written twice (\"\").");
    QTest::newRow("quote never closed")
        << QByteArray("x,y\n1,2\n\"3,4\n") << reg << QString() << QString() << 3
        << QString("d.csv:3:1: the quoted field that starts here is never closed (the file ends inside it).");
    // ---- rows (exit code 3)
    QTest::newRow("ragged row, short")
        << QByteArray("x1,x2,y\n1,2,3\n4,5\n") << reg << QString() << QString() << 3
        << QString("d.csv:3:3: column 'y': the row ends early; it has 2 fields but the header has 3.");
    QTest::newRow("ragged row, long") << QByteArray("x,y\n1,2\n3,4,5\n") << reg << QString() << QString() << 3
                                      << QString("d.csv:3:3: the row has 3 fields but the header has 2.");
    QTest::newRow("ragged row, trailing comma") << QByteArray("x,y\n1,2,\n") << reg << QString() << QString() << 3
                                                << QString("d.csv:2:3: the row has 3 fields but the header has 2.");
    QTest::newRow("ragged row in an unused column")
        << QByteArray("id,x,y\na,1,2\nb\n") << reg << QString() << QString("x") << 3
        << QString("d.csv:3:2: column 'x': the row ends early; it has 1 field but the header has 3.");
    QTest::newRow("missing feature value") << QByteArray("x1,x2,y\n1,,3\n") << reg << QString() << QString() << 3
                                           << QString("d.csv:2:2: column 'x2': the value is missing (empty field).");
    QTest::newRow("missing quoted value") << QByteArray("x,y\n\"\",3\n") << reg << QString() << QString() << 3
                                          << QString("d.csv:2:1: column 'x': the value is missing (empty field).");
    QTest::newRow("missing target value") << QByteArray("x,y\n1,\n") << reg << QString() << QString() << 3
                                          << QString("d.csv:2:2: column 'y': the value is missing (empty field).");
    QTest::newRow("missing label") << QByteArray("x,label\n1,a\n2,\n") << cls << QString() << QString() << 3
                                   << QString("d.csv:3:2: column 'label': the value is missing (empty field).");
    QTest::newRow("non-numeric feature, comment counted")
        << QByteArray("x1,x2,y\n1,2,3\n# c\n4,abc,6\n") << reg << QString() << QString() << 3
        << QString("d.csv:4:2: column 'x2': 'abc' is not a number.");
    QTest::newRow("decimal comma") << QByteArray("x,y\n\"1,5\",2\n") << reg << QString() << QString() << 3
                                   << QString("d.csv:2:1: column 'x': '1,5' is not a number.");
    QTest::newRow("hexadecimal") << QByteArray("x,y\n0x10,1\n") << reg << QString() << QString() << 3
                                 << QString("d.csv:2:1: column 'x': '0x10' is not a number.");
    QTest::newRow("two signs") << QByteArray("x,y\n+-1,1\n") << reg << QString() << QString() << 3
                               << QString("d.csv:2:1: column 'x': '+-1' is not a number.");
    QTest::newRow("two points") << QByteArray("x,y\n1.5.2,1\n") << reg << QString() << QString() << 3
                                << QString("d.csv:2:1: column 'x': '1.5.2' is not a number.");
    QTest::newRow("incomplete exponent") << QByteArray("x,y\n1e,1\n") << reg << QString() << QString() << 3
                                         << QString("d.csv:2:1: column 'x': '1e' is not a number.");
    QTest::newRow("nan") << QByteArray("x,y\n1,2\nnan,3\n") << reg << QString() << QString() << 3
                         << QString("d.csv:3:1: column 'x': 'nan' is not a finite number; NaN and Inf are not "
                                    "allowed.");
    QTest::newRow("NaN in the target") << QByteArray("x,y\n1,NaN\n") << reg << QString() << QString() << 3
                                       << QString("d.csv:2:2: column 'y': 'NaN' is not a finite number; NaN and Inf "
                                                  "are not allowed.");
    QTest::newRow("-inf") << QByteArray("x,y\n-inf,3\n") << reg << QString() << QString() << 3
                          << QString("d.csv:2:1: column 'x': '-inf' is not a finite number; NaN and Inf are not "
                                     "allowed.");
    QTest::newRow("Infinity") << QByteArray("x,y\n1,Infinity\n") << reg << QString() << QString() << 3
                              << QString("d.csv:2:2: column 'y': 'Infinity' is not a finite number; NaN and Inf are "
                                         "not allowed.");
    QTest::newRow("overflow 1e999") << QByteArray("x,y\n1e999,1\n") << reg << QString() << QString() << 3
                                    << QString("d.csv:2:1: column 'x': '1e999' is too large for a double-precision "
                                               "number.");
    QTest::newRow("overflow -2e308") << QByteArray("x,y\n1,-2e308\n") << reg << QString() << QString() << 3
                                     << QString("d.csv:2:2: column 'y': '-2e308' is too large for a double-precision "
                                                "number.");
    QTest::newRow("overflow, long mantissa")
        << QByteArray("x,y\n0.000123e313,1\n") << reg << QString() << QString() << 3
        << QString("d.csv:2:1: column 'x': '0.000123e313' is too large for a double-precision number.");
    QTest::newRow("regression target not numeric")
        << QByteArray("x,y\n1,a\n") << reg << QString() << QString() << 3
        << QString("d.csv:2:2: column 'y': 'a' is not a number. A regression target must be numeric.");
    QTest::newRow("NaN label") << QByteArray("x,label\n1,NaN\n") << cls << QString() << QString() << 3
                               << QString("d.csv:2:2: column 'label': 'NaN' is not a valid class label; NaN and Inf "
                                          "are not allowed.");
    QTest::newRow("overflowing label") << QByteArray("x,label\n1,1e400\n") << cls << QString() << QString() << 3
                                       << QString("d.csv:2:2: column 'label': '1e400' is too large for a "
                                                  "double-precision number.");
    QTest::newRow("line after a quoted line break")
        << QByteArray("note,x,y\n\"two\nlines\",abc,1\n") << reg << QString() << QString("x") << 3
        << QString("d.csv:3:2: column 'x': 'abc' is not a number.");
    QTest::newRow("control characters escaped")
        << QByteArray("x,y\n\"a\nb\",1\n") << reg << QString() << QString() << 3
        << QString("d.csv:2:1: column 'x': 'a\\nb' is not a number.");
    QTest::newRow("long value cut")
        << QByteArray("x,y\n" + QByteArray(100, 'a') + ",1\n") << reg << QString() << QString() << 3
        << QString("d.csv:2:1: column 'x': '" + QString(40, 'a') + "...' is not a number.");
    QTest::newRow("BOM does not shift lines") << QByteArray("\xEF\xBB\xBFx,y\n1,z\n") << reg << QString() << QString()
                                              << 3
                                              << QString("d.csv:2:2: column 'y': 'z' is not a number. A regression "
                                                         "target must be numeric.");
    QTest::newRow("CRLF and blank lines counted")
        << QByteArray("x,y\r\n1,2\r\n\r\n3,q\r\n") << reg << QString() << QString() << 3
        << QString("d.csv:4:2: column 'y': 'q' is not a number. A regression target must be numeric.");
    // ---- the request names columns the file lacks (exit code 2)
    QTest::newRow("unknown target") << QByteArray("x,y\n1,2\n") << reg << QString("z") << QString() << 2
                                    << QString("d.csv: there is no column 'z' for the target; the columns are x, y.");
    QTest::newRow("unknown feature") << QByteArray("x,y\n1,2\n") << reg << QString() << QString("x,w") << 2
                                     << QString("d.csv: there is no column 'w' for the features; the columns are x, "
                                                "y.");
    QTest::newRow("feature is the target") << QByteArray("x,y\n1,2\n") << reg << QString() << QString("y") << 2
                                           << QString("d.csv: column 'y' is the target; it cannot also be a feature.");
    QTest::newRow("feature listed twice") << QByteArray("x,y\n1,2\n") << reg << QString() << QString("x,x") << 2
                                          << QString("d.csv: column 'x' is listed twice among the features.");
  }
  void malformed() {
    QFETCH(QByteArray, text);
    QFETCH(QString, task);
    QFETCH(QString, target);
    QFETCH(QString, features);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto r = loadDatasetFromString(text.toStdString(), "d.csv", options(task, target, features));
    QVERIFY(!r.ok());
    QCOMPARE(static_cast<int>(r.error().code), code);
    QCOMPARE(QString::fromStdString(r.error().message), message);
  }

  void regressionColumnsAndValues() {
    const Dataset d = load("a,b,y\n1,2.5,3\n-4, 5e-1 ,+6\n", options("reg"));
    QCOMPARE(d.featureNames, strings({"a", "b"}));
    QCOMPARE(d.targetName, std::string("y"));
    QCOMPARE(d.task, Task::Regression);
    QVERIFY(d.hasTarget);
    QVERIFY(d.classes.empty());
    Eigen::MatrixXd X(2, 2);
    X << 1, 2.5, -4, 0.5;
    QCOMPARE(d.X, X);
    QCOMPARE(d.y, Eigen::Vector2d(3, 6));
  }

  void targetAndFeaturesChosenByName() {
    // Features in the order asked; the unused text column 'id' is never parsed.
    const Dataset d = load("id,y,a,b\nfirst,1,2,3\nsecond,4,5,6\n", options("reg", "y", "b,a"));
    QCOMPARE(d.featureNames, strings({"b", "a"}));
    QCOMPARE(d.targetName, std::string("y"));
    Eigen::MatrixXd X(2, 2);
    X << 3, 2, 6, 5;
    QCOMPARE(d.X, X);
    QCOMPARE(d.y, Eigen::Vector2d(1, 4));
    // Target named, features default to every other column in file order.
    const Dataset e = load("a,y,b\n1,2,3\n", options("reg", "y"));
    QCOMPARE(e.featureNames, strings({"a", "b"}));
  }

  void tinyNumbersRoundToZeroNotError() {
    // 1e-999 is below the smallest subnormal (4.9e-324): its nearest double is 0.
    const Dataset d = load("x,y\n1e-999,-1e-400\n4e-320,1\n", options("reg"));
    QCOMPARE(d.X(0, 0), 0.0);
    QCOMPARE(d.y(0), 0.0);
    QVERIFY(std::signbit(d.y(0)));
    QCOMPARE(d.X(1, 0), 4e-320);
  }

  void numericClassOrder() {
    // Numeric order, not text order ("10" < "2" < "9" as text).
    const Dataset d = load("x,label\n1,10\n2,9\n3,2\n4,9\n", options("cls"));
    QCOMPARE(d.classes, strings({"2", "9", "10"}));
    QCOMPARE(d.y, Eigen::Vector4d(2, 1, 0, 1));
    QCOMPARE(d.classCounts(), (std::vector<int>{1, 2, 1}));
  }

  void negativeAndFractionalClassesInNumericOrder() {
    const Dataset d = load("x,label\n1,0.5\n2,-3\n3,1e1\n4,-0.25\n", options("cls"));
    QCOMPARE(d.classes, strings({"-3", "-0.25", "0.5", "10"}));
  }

  void lexicographicOrderWhenAnyLabelIsText() {
    // Byte-wise: digits < upper case < lower case < UTF-8 multi-byte.
    const Dataset d = load("x,label\n1,b\n2,B\n3,a\n4,10\n5,9\n6,\xC3\xA9\n7,z\n", options("cls"));
    QCOMPARE(d.classes, strings({"10", "9", "B", "a", "b", "z", "\xC3\xA9"}));
    QCOMPARE(d.label(0), 4);
    QCOMPARE(d.label(5), 6);
  }

  void equalNumbersAreOneClass() {
    const Dataset d = load("x,label\n1,1\n2,1.0\n3,01\n4,1e0\n5,2.50\n6,-0\n7,0\n8,+2.5\n", options("cls"));
    QCOMPARE(d.classes, strings({"0", "1", "2.5"}));
    QCOMPARE(d.classCounts(), (std::vector<int>{2, 4, 2}));
    // In a mixed (text) set the numbers are still shortened: "1.0" is "1".
    const Dataset m = load("x,label\n1,1.0\n2,cat\n3,1\n", options("cls"));
    QCOMPARE(m.classes, strings({"1", "cat"}));
    QCOMPARE(m.classCounts(), (std::vector<int>{2, 1}));
  }

  void bomCommentsBlankLinesAndQuotes() {
    const Dataset d = load("\xEF\xBB\xBF# measured 2024\r\n\"width, cm\",\"say \"\"y\"\"\"\r\n\r\n# a comment\r\n"
                           "\"1.5\", 2 \r\n  \t \r\n3,4\r\n",
                           options("reg"));
    QCOMPARE(d.featureNames, strings({"width, cm"}));
    QCOMPARE(d.targetName, std::string("say \"y\""));
    QCOMPARE(d.rows(), Eigen::Index(2));
    QCOMPARE(d.X(0, 0), 1.5);
    QCOMPARE(d.y(1), 4.0);
  }

  void fixtureFile() {
    // tests/data/bom_crlf_quoted.csv: BOM, CRLF, comments, a quoted header with
    // a comma, quoted labels, an unused text column.
    LoadOptions o = options("cls", "species", "petal length,petal width");
    auto r = loadDataset(SUPEX_TEST_DATA_DIR "/bom_crlf_quoted.csv", o);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r->featureNames, strings({"petal length", "petal width"}));
    QCOMPARE(r->classes, strings({"setosa", "versicolor, var.", "virginica"}));
    QCOMPARE(r->rows(), Eigen::Index(4));
    QCOMPARE(r->X(3, 1), 2.3);
    QCOMPARE(r->label(1), 1);
  }

  void testFileMatchedByHeaderName() {
    const Dataset train = load("x1,x2,label\n1,2,a\n3,4,b\n", options("cls"));
    // Reordered, an extra column, labels mapped onto the training classes.
    auto t = loadTestDatasetFromString("label,extra,x2,x1\nb,zz,20,10\na,zz,40,30\n", "t.csv", train);
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
    QCOMPARE(t->featureNames, train.featureNames);
    QCOMPARE(t->classes, train.classes);
    QVERIFY(t->hasTarget);
    Eigen::MatrixXd X(2, 2);
    X << 10, 20, 30, 40;
    QCOMPARE(t->X, X);
    QCOMPARE(t->y, Eigen::Vector2d(1, 0));
  }

  void testFileWithoutTarget() {
    const Dataset train = load("x,y\n1,2\n3,4\n", options("reg"));
    auto t = loadTestDatasetFromString("x\n5\n6\n7\n", "t.csv", train);
    QVERIFY(t.ok());
    QVERIFY(!t->hasTarget);
    QCOMPARE(t->y.size(), Eigen::Index(0));
    QCOMPARE(t->rows(), Eigen::Index(3));
    QCOMPARE(t->X(2, 0), 7.0);
  }

  void testFileNumericLabelsMatchByValue() {
    const Dataset train = load("x,label\n1,1\n2,2\n", options("cls"));
    auto t = loadTestDatasetFromString("x,label\n1,2.0\n2,1e0\n", "t.csv", train);
    QVERIFY(t.ok());
    QCOMPARE(t->y, Eigen::Vector2d(1, 0));
  }

  void testFileErrors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown label") << QByteArray("x1,x2,label\n1,2,a\n3,4,c\n")
                                   << QString("t.csv:3:3: column 'label': 'c' is not a class of the training data "
                                              "(a, b).");
    QTest::newRow("missing feature") << QByteArray("label,x1\na,1\n")
                                     << QString("t.csv:1: there is no column 'x2', a feature of the training data; "
                                                "the columns are label, x1.");
    QTest::newRow("bad feature value") << QByteArray("x2,x1\n1,2\n# c\n3,?\n")
                                       << QString("t.csv:4:2: column 'x1': '?' is not a number.");
    QTest::newRow("ragged") << QByteArray("x2,x1\n1\n")
                            << QString("t.csv:2:2: column 'x1': the row ends early; it has 1 field but the header "
                                       "has 2.");
    QTest::newRow("header only") << QByteArray("x1,x2\n") << QString("t.csv:1: there is a header but no data rows.");
    QTest::newRow("empty") << QByteArray("") << QString("t.csv: the file is empty.");
  }
  void testFileErrors() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Dataset train = load("x1,x2,label\n1,2,a\n3,4,b\n", options("cls"));
    auto t = loadTestDatasetFromString(text.toStdString(), "t.csv", train);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, ErrorCode::Data);
    QCOMPARE(QString::fromStdString(t.error().message), message);
  }

  void toCsvExactText() {
    const Dataset d = load("\xEF\xBB\xBF# c\r\n\"a, b\",\" lead\",#c,label\r\n0.1,1e-300,1,\"x,y\"\r\n"
                           "-0,0.30000000000000004,123456789012,\"say \"\"hi\"\"\"\r\n2,3,4,\" pad \"\r\n",
                           options("cls"));
    const std::string expected =
        "\"a, b\",\" lead\",\"#c\",label\n"
        "0.1,1e-300,1,\"x,y\"\n"
        "-0,0.30000000000000004,123456789012,\"say \"\"hi\"\"\"\n"
        "2,3,4,\" pad \"\n";
    QCOMPARE(QString::fromStdString(toCsv(d)), QString::fromStdString(expected));
  }

  void roundTrip_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("task");
    QTest::newRow("regression") << QByteArray("x1,x2,y\n0.1,-2.5e-7,3\n1e300,2,0.333333333333333314829616256247\n")
                                << QString("reg");
    QTest::newRow("numeric labels") << QByteArray("x,label\n1,2.0\n2,10\n3,-1\n") << QString("cls");
    QTest::newRow("text labels") << QByteArray("x,label\n1,\"a,b\"\n2,\" q\"\n3,\"x\ny\"\n4,1.0\n") << QString("cls");
    QTest::newRow("comments, BOM, CRLF") << QByteArray("\xEF\xBB\xBF#c\r\nx,y\r\n\r\n1,2\r\n") << QString("reg");
  }
  void roundTrip() {
    QFETCH(QByteArray, text);
    QFETCH(QString, task);
    const Dataset a = load(text, options(task));
    const std::string csv = toCsv(a);
    const Dataset b = load(QByteArray::fromStdString(csv), options(task));
    QCOMPARE(b.featureNames, a.featureNames);
    QCOMPARE(b.targetName, a.targetName);
    QCOMPARE(b.classes, a.classes);
    QCOMPARE(b.X, a.X);  // exact: shortest round-trip form
    QCOMPARE(b.y, a.y);
    QCOMPARE(toCsv(b), csv);
  }

  void toCsvWithoutTarget() {
    const Dataset train = load("x,y\n1,2\n", options("reg"));
    auto t = loadTestDatasetFromString("x\n0.5\n", "t.csv", train);
    QVERIFY(t.ok());
    QCOMPARE(QString::fromStdString(toCsv(*t)), QString("x\n0.5\n"));
  }

  void writeAndLoadFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("out.csv").toStdString();
    const Dataset d = load("x,label\n1.25,b\n-3,a\n", options("cls"));
    QVERIFY(writeCsv(path, d).ok());
    auto back = loadDataset(path, options("cls"));
    QVERIFY(back.ok());
    QCOMPARE(back->X, d.X);
    QCOMPARE(back->classes, d.classes);
    QCOMPARE(back->y, d.y);
  }

  void fileErrors() {
    QTemporaryDir dir;
    const std::string missing = dir.filePath("nope.csv").toStdString();
    auto r = loadDataset(missing, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Data);
    QCOMPARE(QString::fromStdString(r.error().message),
             QString::fromStdString(missing + ": cannot open the file (No such file or directory)."));

    auto folder = loadDataset(dir.path().toStdString(), {});
    QVERIFY(!folder.ok());
    QCOMPARE(QString::fromStdString(folder.error().message),
             dir.path() + QString(": this is a folder, not a file."));

    const std::string badOut = dir.filePath("no/such/dir/out.csv").toStdString();
    const Dataset d = load("x,y\n1,2\n", options("reg"));
    auto w = writeCsv(badOut, d);
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, ErrorCode::Data);
    QCOMPARE(QString::fromStdString(w.error().message),
             QString::fromStdString(badOut + ": cannot write the file (No such file or directory)."));
  }
};

QTEST_APPLESS_MAIN(TestDatasetIo)
#include "test_dataset_io.moc"
