// The CSV import dialog: guessed column mapping, the loader's message inline
// with OK disabled, and a choice of columns that loads.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

#include "widgets/csv_import_dialog.h"

using namespace supex;

namespace {

LoadOptions guess(const std::string& text) {
  auto records = readCsv(text, "t.csv");
  return guessLoadOptions(*records);
}

}  // namespace

class TestCsvImportDialog : public QObject {
  Q_OBJECT

 private slots:
  void guesses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("classification");
    QTest::addColumn<QStringList>("features");
    QTest::newRow("integer labels") << QString("x1,x2,label\n1,2,0\n3,4,1\n5,6,1\n") << true << QStringList{"x1", "x2"};
    QTest::newRow("text labels") << QString("a,b,species\n1,2,setosa\n3,4,virginica\n") << true << QStringList{"a", "b"};
    QTest::newRow("real target") << QString("x,y\n0,0.5\n1,1.7\n2,2.2\n") << false << QStringList{"x"};
    QTest::newRow("id column skipped") << QString("id,x,y,t\nA,1,2,0.5\nB,2,3,0.25\n") << false << QStringList{"x", "y"};
    QTest::newRow("many integer values") << QString("x,y\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n7,7\n8,8\n9,9\n10,10\n11,11\n")
                                         << false << QStringList{"x"};
  }
  void guesses() {
    QFETCH(QString, text);
    QFETCH(bool, classification);
    QFETCH(QStringList, features);
    const LoadOptions o = guess(text.toStdString());
    QCOMPARE(o.task == Task::Classification, classification);
    QStringList got;
    for (const auto& f : o.features) got << QString::fromStdString(f);
    QCOMPARE(got, features);
  }

  void inlineErrorThenFix() {
    // Line 4 (the header is line 1, the comment line 2) has a text value in column 2.
    const std::string text = "x1,x2,x3,label\n# a comment\n1,2,7,0\n3,abc,8,1\n5,6,9,1\n";
    CsvImportDialog dialog("data.csv", text);
    auto* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
    // The guess skips x2 (not numeric in the preview) and takes x1, x3.
    QCOMPARE(dialog.yBox()->currentText(), QString("x3"));
    QVERIFY(dialog.isLoadable());
    QVERIFY(open->isEnabled());
    dialog.yBox()->setCurrentText("x2");
    QVERIFY(!dialog.isLoadable());
    QVERIFY(!open->isEnabled());
    QVERIFY2(dialog.problem().startsWith("data.csv:4:2:"), qPrintable(dialog.problem()));
    QVERIFY(dialog.problem().contains("'abc' is not a number"));
    dialog.yBox()->setCurrentText("x3");
    QVERIFY(dialog.isLoadable());
    QCOMPARE(dialog.dataset().rows(), Eigen::Index(3));
    QCOMPARE(dialog.dataset().featureNames, (std::vector<std::string>{"x1", "x3"}));
    QCOMPARE(dialog.dataset().X(2, 1), 9.0);
  }

  void classificationNeedsTwoFeatures() {
    CsvImportDialog dialog("d.csv", "x1,x2,label\n1,2,0\n3,4,1\n");
    dialog.yBox()->setCurrentIndex(0);  // "(none)"
    QVERIFY(!dialog.isLoadable());
    QVERIFY(dialog.problem().contains("two feature columns"));
    dialog.taskBox()->setCurrentIndex(1);  // regression on one feature is fine
    QVERIFY(dialog.isLoadable());
    QCOMPARE(dialog.dataset().task, Task::Regression);
  }

  void unreadableFile() {
    CsvImportDialog dialog("bad.csv", "x,y\n\"open,1\n");
    QVERIFY(!dialog.isLoadable());
    QVERIFY(dialog.problem().startsWith("bad.csv:"));
  }
};

QTEST_MAIN(TestCsvImportDialog)
#include "test_csv_import_dialog.moc"
