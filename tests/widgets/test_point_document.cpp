// PointDocument and its undo commands: every edit is undone exactly, a drag
// is one step, split-slider ticks merge, and the split is reproducible.
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "tests/widgets/fake_models.h"
#include "widgets/edit_commands.h"
#include "widgets/point_document.h"

using namespace supex;

class TestPointDocument : public QObject {
  Q_OBJECT

 private slots:
  void addRemoveMoveUndo() {
    PointDocument doc;
    doc.setData(fake::twoBlobs());
    QUndoStack undo;
    const Eigen::MatrixXd x0 = doc.data()->X;
    const Eigen::VectorXd y0 = doc.data()->y;

    undo.push(new AddPointsCommand(&doc, {doc.rowAt({0.5, 0.5}, 1)}, doc.data()->classes, "add"));
    QCOMPARE(doc.rows(), 19);
    QCOMPARE(doc.data()->X(18, 0), 0.5);
    QCOMPARE(doc.trainSet()->rows(), Eigen::Index(19));

    undo.push(new RemovePointCommand(&doc, 4));
    QCOMPARE(doc.rows(), 18);
    doc.moveRow(0, {9, 9});  // live drag
    undo.push(new MovePointCommand(&doc, 0, {-2.3, -0.3}, {9, 9}));
    QCOMPARE(doc.data()->X(0, 0), 9.0);

    undo.undo();
    QCOMPARE(doc.data()->X(0, 0), -2.3);
    undo.undo();
    QCOMPARE(doc.rows(), 19);
    undo.undo();
    QCOMPARE(doc.data()->X, x0);
    QCOMPARE(doc.data()->y, y0);
  }

  void snapshotsAreImmutable() {
    PointDocument doc;
    doc.setData(fake::twoBlobs());
    const std::shared_ptr<const Dataset> before = doc.data();
    doc.moveRow(0, {5, 5});
    QCOMPARE(before->X(0, 0), -2.3);  // a fit running on `before` is not disturbed
    QVERIFY(doc.data() != before);
  }

  void replaceIsUndoable() {
    PointDocument doc;
    doc.setData(fake::twoBlobs());
    QUndoStack undo;
    QSignalSpy replaced(&doc, &PointDocument::replaced);
    Dataset other = fake::twoBlobs();
    other.X *= 10;
    undo.push(new ReplaceDataCommand(&doc, other, "generate"));
    QCOMPARE(doc.data()->X(0, 0), -23.0);
    undo.undo();
    QCOMPARE(doc.data()->X(0, 0), -2.3);
    QCOMPARE(replaced.size(), 2);
  }

  // round(0.25 · 18) = 5 (4.5 rounds away from zero) rows are held out; the
  // same seed holds out the same rows, another seed others.
  void splitIsReproducible() {
    PointDocument doc;
    doc.setData(fake::twoBlobs());
    doc.setSplit(0.25, 7);
    QCOMPARE(doc.testSet()->rows(), Eigen::Index(5));
    QCOMPARE(doc.trainSet()->rows(), Eigen::Index(13));
    const std::vector<bool> a = doc.isTest();
    doc.setSplit(0.25, 8);
    doc.setSplit(0.25, 7);
    QCOMPARE(doc.isTest(), a);
  }

  void splitTicksMergeIntoOneStep() {
    PointDocument doc;
    doc.setData(fake::twoBlobs());
    QUndoStack undo;
    for (double f : {0.1, 0.2, 0.3, 0.4}) undo.push(new SplitCommand(&doc, f, 1));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(doc.testFraction(), 0.4);
    undo.undo();
    QCOMPARE(doc.testFraction(), 0.0);
    QCOMPARE(doc.testSet()->rows(), Eigen::Index(0));
  }

  void newClassNames() {
    PointDocument doc;
    doc.setData(fake::twoBlobs());
    QCOMPARE(doc.newClassName(2), std::string("2"));
    doc.setClasses({"setosa", "virginica"});
    QCOMPARE(doc.newClassName(2), std::string("class 3"));
  }
};

QTEST_MAIN(TestPointDocument)
#include "test_point_document.moc"
