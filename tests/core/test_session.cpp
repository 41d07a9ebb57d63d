// Session files: a session written and read back is the same session (data
// bit for bit, test rows, model, parameters, view, note); every kind of
// damage is refused with a message naming the file and the problem; the
// atomic write leaves no temporary file and replaces the old file whole.
#include <QTemporaryDir>
#include <QTest>
#include <fstream>

#include "core/session/session.h"

using namespace supex;

namespace {

Session sample() {
  Session s;
  s.title = "kNN and the Minkowski p";
  s.note = "Drag p from 1 to ∞ and watch the boundary.";
  s.dataName = "hand-made";
  s.data.task = Task::Classification;
  s.data.featureNames = {"x1", "x2"};
  s.data.targetName = "label";
  s.data.classes = {"a", "b", "c"};
  s.data.X.resize(4, 2);
  // Numbers whose shortest decimal forms are long: they must come back bit for bit.
  s.data.X << 0.1, 1.0 / 3.0, -2.5e-300, 1e300, 0.30000000000000004, -0.0, 123456.789, 2.0;
  s.data.y.resize(4);
  s.data.y << 0, 2, 1, 2;
  s.isTest = {false, true, false, true};
  s.testShare = 0.5;
  s.splitSeed = 7;
  s.model = "knn";
  s.params = {{"k", "3"}, {"p", "inf"}};
  s.view.xRange = std::array<double, 2>{-1.25, 2.5};
  s.view.yRange = std::array<double, 2>{-3.0, 0.125};
  s.view.equalAspect = false;
  s.view.gridCells = 200;
  s.view.presentation = true;
  s.view.teachingView = "ellipses";
  return s;
}

// A valid minimal session with one line replaced, for the damage table.
const char* kMinimal = R"({
  "format_version": 1,
  "data": {
    "task": "regression",
    "features": ["x"],
    "target": "y",
    "rows": [[1, 2], [2, 3.5], [3, 4]]
  },
  "model": "ols"
})";

std::string replaced(const std::string& from, const std::string& to) {
  std::string text = kMinimal;
  const auto at = text.find(from);
  Q_ASSERT(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

class TestSession : public QObject {
  Q_OBJECT

 private slots:
  void roundTrip() {
    const Session s = sample();
    auto back = parseSession(sessionToJson(s), "s.supex.json");
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(back->title, s.title);
    QCOMPARE(back->note, s.note);
    QCOMPARE(back->dataName, s.dataName);
    QVERIFY(back->data.task == Task::Classification);
    QCOMPARE(back->data.featureNames, s.data.featureNames);
    QCOMPARE(back->data.targetName, s.data.targetName);
    QCOMPARE(back->data.classes, s.data.classes);
    QCOMPARE(back->data.X.rows(), 4);
    for (Eigen::Index i = 0; i < 4; ++i) {
      for (Eigen::Index j = 0; j < 2; ++j)
        QCOMPARE(std::memcmp(&back->data.X(i, j), &s.data.X(i, j), sizeof(double)), 0);  // bit for bit, -0 too
      QCOMPARE(back->data.y(i), s.data.y(i));
    }
    QCOMPARE(back->isTest, s.isTest);
    QCOMPARE(back->testShare, 0.5);
    QCOMPARE(back->splitSeed, std::uint64_t(7));
    QCOMPARE(back->model, std::string("knn"));
    QVERIFY(back->params == s.params);
    QVERIFY(back->view.xRange == s.view.xRange);
    QVERIFY(back->view.yRange == s.view.yRange);
    QCOMPARE(back->view.equalAspect, std::optional<bool>(false));
    QCOMPARE(back->view.gridCells, 200);
    QCOMPARE(back->view.presentation, std::optional<bool>(true));
    QCOMPARE(back->view.teachingView, std::optional<std::string>("ellipses"));
    // Writing what was read gives the same text (a stable format, diff-able files).
    QCOMPARE(sessionToJson(*back), sessionToJson(s));
  }

  void regressionRoundTripAndDefaults() {
    auto s = parseSession(kMinimal, "m.supex.json");
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    QVERIFY(s->data.task == Task::Regression);
    QCOMPARE(s->data.y(1), 3.5);
    QCOMPARE(s->isTest, std::vector<bool>(3, false));
    QVERIFY(s->params.empty());
    QVERIFY(!s->view.xRange);
    QVERIFY(!s->view.equalAspect);
    QVERIFY(!s->view.teachingView);
    QCOMPARE(s->view.gridCells, 300);
    auto again = parseSession(sessionToJson(*s), "m.supex.json");
    QVERIFY(again.ok());
    QCOMPARE(again->data.X(2, 0), 3.0);
  }

  void numbersAsParameterValues() {
    // A teacher writing a lesson by hand may write 5 instead of "5".
    auto s = parseSession(replaced(R"("model": "ols")", R"("model": "ridge", "params": {"lambda": 0.5})"), "r");
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    QCOMPARE(s->params.at("lambda"), std::string("0.5"));
  }

  void damaged_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    // Line 4 is `    "task": …`; the missing comma is noticed at the end of the next key, "features" on
    // line 5, columns 5 to 14.
    QTest::newRow("bad JSON") << QString::fromStdString(replaced(R"("regression",)", R"("regression")"))
                              << "x.supex.json, line 5, column 14: not valid JSON (syntax error while parsing object "
                                 "- unexpected string literal; expected '}').";
    QTest::newRow("empty file") << QString() << "x.supex.json, line 1, column 1: not valid JSON (syntax error while "
                                                "parsing value - unexpected end of input; expected '[', '{', or a "
                                                "literal).";
    QTest::newRow("not an object") << "[1, 2]" << "x.supex.json: 'the file' must be an object, not a list.";
    QTest::newRow("missing format_version") << QString::fromStdString(replaced(R"("format_version": 1,)", ""))
                                            << "x.supex.json: the key 'format_version' is missing.";
    QTest::newRow("newer format_version")
        << QString::fromStdString(replaced(R"("format_version": 1)", R"("format_version": 3)"))
        << "x.supex.json: format_version 3 is newer than this program reads (1); open it with a newer Supervised "
           "Explorer.";
    QTest::newRow("format_version as text")
        << QString::fromStdString(replaced(R"("format_version": 1)", R"("format_version": "1")"))
        << "x.supex.json: 'format_version' must be a whole number, not a string.";
    QTest::newRow("missing rows") << QString::fromStdString(replaced(R"(,
    "rows": [[1, 2], [2, 3.5], [3, 4]])", ""))
                                  << "x.supex.json: the key 'data.rows' is missing.";
    QTest::newRow("wrong type in a row")
        << QString::fromStdString(replaced("[2, 3.5]", R"([2, "3.5"])"))
        << "x.supex.json: 'data.rows[1][1]' must be a number, not a string.";
    QTest::newRow("short row") << QString::fromStdString(replaced("[2, 3.5]", "[2]"))
                               << "x.supex.json: 'data.rows[1]' must have 2 values (the features, then the target); "
                                  "it has 1.";
    QTest::newRow("unknown task") << QString::fromStdString(replaced(R"("regression")", R"("clustering")"))
                                  << "x.supex.json: 'data.task' must be classification or regression; got "
                                     "'clustering'.";
    QTest::newRow("unknown model")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "svm")"))
        << "x.supex.json: 'model' must be one of ols, ridge, lasso, knn, logistic, lda, qda, nn; got 'svm'.";
    QTest::newRow("model of the other task")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "lda")"))
        << "x.supex.json: the model lda does classification here, but the data are for regression.";
    QTest::newRow("bad parameter value")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "ridge", "params": {"lambda": "-1"})"))
        << "x.supex.json: The 'lambda' parameter of ridge must be >= 0. Got -1.";
    QTest::newRow("unknown parameter")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "ols", "params": {"k": "3"})"))
        << "x.supex.json: The model ols has no parameter 'k'. Its parameters are: basis, degree, omega, level, "
           "standardize.";
    QTest::newRow("test row out of range")
        << QString::fromStdString(replaced(R"("target": "y",)", R"("target": "y", "test_rows": [3],)"))
        << "x.supex.json: 'data.test_rows[0]' is row 3, but there are 3 rows (numbered from 0).";
    QTest::newRow("label as a number")
        << QString::fromStdString(replaced(R"("regression")", R"("classification", "classes": ["2", "4"])"))
        << "x.supex.json: 'data.rows[1][1]' must be a string, not a number.";
    QTest::newRow("class not listed")
        << QString::fromStdString([] {
             std::string t = replaced(R"("regression")", R"("classification", "classes": ["2", "4"])");
             return t.replace(t.find("[2, 3.5]"), 8, R"([2, "3"])");
           }())
        << "x.supex.json: 'data.rows[1][1]' is the class '3', which 'data.classes' does not list.";
    QTest::newRow("reversed view range")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "ols", "view": {"x_range": [2, 1]})"))
        << "x.supex.json: 'view.x_range' must have low < high; got [2, 1].";
    QTest::newRow("teaching view not a string")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "ols", "view": {"teaching_view": 3})"))
        << "x.supex.json: 'view.teaching_view' must be a string, not a number.";
    QTest::newRow("empty teaching view")
        << QString::fromStdString(replaced(R"("model": "ols")", R"("model": "ols", "view": {"teaching_view": ""})"))
        << "x.supex.json: 'view.teaching_view' must name a view, e.g. \"ellipses\"; got \"\".";
  }
  void damaged() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto s = parseSession(text.toStdString(), "x.supex.json");
    QVERIFY(!s.ok());
    QCOMPARE(QString::fromStdString(s.error().message), message);
    QVERIFY(s.error().code == ErrorCode::Data);
  }

  void everyTruncationIsRefused() {
    // A file cut short (a full disk, a copy interrupted) is refused with a
    // message at every length, never misread or crashed on.
    const std::string full = sessionToJson(sample());
    for (std::size_t n = 0; n < full.size(); n += 7) {
      auto s = parseSession(full.substr(0, n), "cut.supex.json");
      QVERIFY2(!s.ok(), qPrintable(QString("accepted a file cut at byte %1").arg(n)));
      QVERIFY(QString::fromStdString(s.error().message).startsWith("cut.supex.json"));
    }
  }

  void flippedBytesNeverCrash() {
    // Damage inside the file: each result is either an error naming the file
    // or a session that passed every check (e.g. a digit changed in a number).
    const std::string full = sessionToJson(sample());
    std::uint64_t state = 12345;  // a fixed linear congruential sequence: the same bytes every run
    int refused = 0;
    for (int trial = 0; trial < 400; ++trial) {
      std::string damaged = full;
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const std::size_t at = (state >> 33) % damaged.size();
      damaged[at] = static_cast<char>("{}[]\",:0a-\x01\xff"[(state >> 13) % 12]);
      auto s = parseSession(damaged, "flip.supex.json");
      if (!s.ok()) {
        ++refused;
        QVERIFY(QString::fromStdString(s.error().message).startsWith("flip.supex.json"));
      } else {
        QCOMPARE(s->data.X.rows(), 4);  // whatever passed is a whole, checked session
      }
    }
    QVERIFY(refused > 100);
  }

  void atomicWrite() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("w.supex.json").toStdString();
    {
      std::ofstream old(path);
      old << "the old contents";
    }
    QVERIFY(writeSession(path, sample()).ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"w.supex.json"});  // no temporary left behind
    auto back = readSession(path);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(back->note, sample().note);
  }

  void unwritableFolder() {
    const Status s = writeSession("/nonexistent-folder/w.supex.json", sample());
    QVERIFY(!s.ok());
    QCOMPARE(QString::fromStdString(s.error().message),
             QString("/nonexistent-folder/w.supex.json: cannot write the file (No such file or directory)."));
  }

  void missingFile() {
    auto s = readSession("/nonexistent-folder/x.supex.json");
    QVERIFY(!s.ok());
    QVERIFY(QString::fromStdString(s.error().message).contains("cannot open the file"));
  }
};

QTEST_APPLESS_MAIN(TestSession)
#include "test_session.moc"
