// Seeded train/test split: the rows chosen against an independent Python
// implementation of the documented shuffle (tests/scripts/ref_portable_random.py,
// "split seed7" and "stratified seed7"), sizes, stratification, errors.
#include <QtTest>
#include <numeric>

#include "core/data/split.h"

using namespace supex;

namespace {

// Row i has feature value i, so a subset can be traced back.
Dataset numbered(int n, Task task = Task::Regression, std::vector<int> labels = {}) {
  Dataset d;
  d.featureNames = {"i"};
  if (task == Task::Classification) d.targetName = "label";  // else the default "y"
  d.task = task;
  d.X.resize(n, 1);
  d.y.resize(n);
  for (int i = 0; i < n; ++i) {
    d.X(i, 0) = i;
    d.y(i) = labels.empty() ? 10.0 * i : labels[static_cast<std::size_t>(i)];
  }
  if (task == Task::Classification) d.classes = {"a", "b"};
  return d;
}

std::vector<Eigen::Index> rowsOf(const Dataset& d) {
  std::vector<Eigen::Index> out;
  for (Eigen::Index i = 0; i < d.rows(); ++i) out.push_back(static_cast<Eigen::Index>(d.X(i, 0)));
  return out;
}

}  // namespace

class TestSplit : public QObject {
  Q_OBJECT
 private slots:
  void plainSplitMatchesPython() {
    auto s = trainTestSplit(numbered(10), 0.3, 7);
    QVERIFY(s.ok());
    QCOMPARE(s->testRows, (std::vector<Eigen::Index>{0, 4, 7}));
    QCOMPARE(s->trainRows, (std::vector<Eigen::Index>{1, 2, 3, 5, 6, 8, 9}));
    QCOMPARE(rowsOf(s->test), s->testRows);  // the data follow the indices, in original order
    QCOMPARE(rowsOf(s->train), s->trainRows);
    QCOMPARE(s->test.y(1), 40.0);
    QCOMPARE(s->train.featureNames, std::vector<std::string>{"i"});
    QCOMPARE(s->test.targetName, std::string("y"));
  }

  void stratifiedSplitMatchesPython() {
    // Class sizes 6 and 4, T = 3: quotas ⌊1.8⌋ = 1 and ⌊1.2⌋ = 1, the spare row
    // to the larger remainder (class a): 2 and 1.
    const std::vector<int> labels{0, 0, 1, 0, 1, 0, 0, 1, 0, 1};
    auto s = trainTestSplit(numbered(10, Task::Classification, labels), 0.3, 7, true);
    QVERIFY(s.ok());
    QCOMPARE(s->testRows, (std::vector<Eigen::Index>{1, 4, 8}));
    QCOMPARE(s->test.classCounts(), (std::vector<int>{2, 1}));
    QCOMPARE(s->train.classCounts(), (std::vector<int>{4, 3}));
    QCOMPARE(s->test.classes, (std::vector<std::string>{"a", "b"}));
  }

  void stratifiedKeepsProportions() {
    // 90 a, 10 b, 20 % test: exactly 18 a and 2 b in every seed.
    std::vector<int> labels(100, 0);
    for (int i = 0; i < 10; ++i) labels[static_cast<std::size_t>(i * 10 + 3)] = 1;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      auto s = trainTestSplit(numbered(100, Task::Classification, labels), 0.2, seed, true);
      QVERIFY(s.ok());
      QCOMPARE(s->test.classCounts(), (std::vector<int>{18, 2}));
    }
  }

  void sizes_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("testSize");
    QTest::newRow("0 %") << 10 << 0.0 << 0;
    QTest::newRow("25 % of 10, half rounds up") << 10 << 0.25 << 3;
    QTest::newRow("24 % of 10") << 10 << 0.24 << 2;
    QTest::newRow("1/3 of 200") << 200 << 1.0 / 3 << 67;
    QTest::newRow("99 % of 1000") << 1000 << 0.99 << 990;
    QTest::newRow("tiny fraction of one row") << 1 << 0.4 << 0;
  }
  void sizes() {
    QFETCH(int, n);
    QFETCH(double, fraction);
    QFETCH(int, testSize);
    auto s = trainTestSplit(numbered(n), fraction, 3);
    QVERIFY(s.ok());
    QCOMPARE(s->test.rows(), Eigen::Index(testSize));
    QCOMPARE(s->train.rows(), Eigen::Index(n - testSize));
    // Disjoint, together every row once, each part ascending.
    std::vector<Eigen::Index> all = s->trainRows;
    all.insert(all.end(), s->testRows.begin(), s->testRows.end());
    std::sort(all.begin(), all.end());
    std::vector<Eigen::Index> expected(static_cast<std::size_t>(n));
    std::iota(expected.begin(), expected.end(), Eigen::Index(0));
    QCOMPARE(all, expected);
    QVERIFY(std::is_sorted(s->testRows.begin(), s->testRows.end()));
  }

  void seedDecides() {
    const Dataset d = numbered(50);
    QCOMPARE(trainTestSplit(d, 0.2, 5)->testRows, trainTestSplit(d, 0.2, 5)->testRows);
    QVERIFY(trainTestSplit(d, 0.2, 5)->testRows != trainTestSplit(d, 0.2, 6)->testRows);
  }

  void withoutTarget() {
    Dataset d = numbered(6);
    d.hasTarget = false;
    d.y.resize(0);
    auto s = trainTestSplit(d, 0.5, 1);
    QVERIFY(s.ok());
    QCOMPARE(s->test.rows(), Eigen::Index(3));
    QVERIFY(!s->test.hasTarget);
    QCOMPARE(s->test.y.size(), Eigen::Index(0));
  }

  void errors_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("stratify");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("fraction 1") << 10 << 1.0 << false << 2 << QString("The test fraction must be in [0, 1). Got 1.");
    QTest::newRow("negative") << 10 << -0.1 << false << 2 << QString("The test fraction must be in [0, 1). Got -0.1.");
    QTest::newRow("NaN") << 10 << std::numeric_limits<double>::quiet_NaN() << false << 2
                         << QString("The test fraction must be in [0, 1). Got nan.");
    QTest::newRow("no training row left") << 1 << 0.5 << false << 2
                                          << QString("A test fraction of 0.5 leaves no training rows out of 1.");
    QTest::newRow("stratified regression") << 10 << 0.2 << true << 2
                                           << QString("A stratified split needs a classification data set with its "
                                                      "target.");
    QTest::newRow("no rows") << 0 << 0.2 << false << 3 << QString("The data set has no rows to split.");
  }
  void errors() {
    QFETCH(int, n);
    QFETCH(double, fraction);
    QFETCH(bool, stratify);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto s = trainTestSplit(numbered(n), fraction, 1, stratify);
    QVERIFY(!s.ok());
    QCOMPARE(static_cast<int>(s.error().code), code);
    QCOMPARE(QString::fromStdString(s.error().message), message);
  }
};

QTEST_APPLESS_MAIN(TestSplit)
#include "test_split.moc"
