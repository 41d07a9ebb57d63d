// The canvas, the controller and the worker together: mouse gestures edit the
// data through the undo stack and every edit brings a newer fitted frame;
// parameter changes refit; the drawn regions have the class tints.
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include "tests/widgets/fake_models.h"
#include "tests/widgets/pixel_probe.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/info_panel.h"
#include "widgets/model_panel.h"
#include "widgets/okabe_ito.h"
#include "widgets/param_control.h"

using namespace supex;

namespace {

struct Rig {
  QWidget window;
  PointDocument doc;
  QUndoStack undo;
  DataCanvas* canvas;
  ModelPanel* models;
  InfoPanel* info;
  ExplorerController* controller;

  Rig() {
    auto* layout = new QHBoxLayout(&window);
    models = new ModelPanel(fake::fakeModels());
    canvas = new DataCanvas;
    info = new InfoPanel;
    layout->addWidget(models);
    layout->addWidget(canvas, 1);
    layout->addWidget(info);
    controller = new ExplorerController(&doc, canvas, models, info, &undo, &window);
    controller->setGridCells(120);
    controller->worker()->setCoarseCells(30);
    window.resize(1100, 600);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) qWarning("window not exposed");
    doc.setData(fake::twoBlobs());
    canvas->replot();  // lays out the axis rect so pixel positions are final
  }

  FitFramePtr last(const QSignalSpy& spy) const { return spy.last().at(0).value<FitFramePtr>(); }

  // Waits for a final frame newer than `after` and returns it.
  FitFramePtr waitFinal(QSignalSpy& spy, std::uint64_t after) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
      for (qsizetype i = 0; i < spy.size(); ++i) {
        auto f = spy.at(i).at(0).value<FitFramePtr>();
        if (f->final && f->generation > after && f->generation == controller->worker()->latestGeneration()) return f;
      }
      spy.wait(50);
    }
    return nullptr;
  }

  QPoint pixel(double x, double y) const { return canvas->dataToPixel({x, y}).toPoint(); }
};

}  // namespace

class TestExplorer : public QObject {
  Q_OBJECT

 private slots:
  void clickAddsPointAndRefits() {
    Rig rig;
    QSignalSpy spy(rig.controller->worker(), &FitWorker::frameReady);
    auto first = rig.waitFinal(spy, 0);
    QVERIFY(first);
    QCOMPARE(first->train.n, Eigen::Index(18));

    rig.controller->setCurrentClass(1);
    QTest::mouseClick(rig.canvas, Qt::LeftButton, {}, rig.pixel(1.0, 0.2));
    QCOMPARE(rig.doc.rows(), 19);
    QCOMPARE(rig.doc.data()->label(18), 1);
    const QPointF added(rig.doc.data()->X(18, 0), rig.doc.data()->X(18, 1));
    QVERIFY2(std::abs(added.x() - 1.0) < 0.05 && std::abs(added.y() - 0.2) < 0.01, "the point lands where clicked");
    auto next = rig.waitFinal(spy, first->generation);
    QVERIFY(next);
    QCOMPARE(next->train.n, Eigen::Index(19));
    QCOMPARE(rig.undo.count(), 1);
  }

  void newClassFromThePalette() {
    Rig rig;
    rig.controller->setCurrentClass(2);  // one past the last class: a new class
    QCOMPARE(rig.controller->currentClass(), 2);
    QTest::mouseClick(rig.canvas, Qt::LeftButton, {}, rig.pixel(0.0, -0.2));
    QCOMPARE(rig.doc.data()->numClasses(), 3);
    QCOMPARE(rig.doc.data()->classes.back(), std::string("2"));
    rig.undo.undo();
    QCOMPARE(rig.doc.data()->numClasses(), 2);
    QCOMPARE(rig.doc.rows(), 18);
  }

  void parameterChangeRefitsWithNewerGeneration() {
    Rig rig;
    QSignalSpy spy(rig.controller->worker(), &FitWorker::frameReady);
    QSignalSpy dropped(rig.controller->worker(), &FitWorker::staleFrameDropped);
    auto first = rig.waitFinal(spy, 0);
    QVERIFY(first);
    // A slow fit (ignores stop) then, at once, a slider move: the slow frame
    // must be dropped and the slider's frame shown.
    rig.models->setValues({{"slow_ms", "300"}});
    QTest::qWait(30);
    const auto slowGeneration = rig.controller->worker()->latestGeneration();
    rig.models->setValues({{"slow_ms", "0"}});
    rig.models->control("s")->slider()->setValue(900);
    auto next = rig.waitFinal(spy, slowGeneration);
    QVERIFY(next);
    QVERIFY(next->generation > slowGeneration);
    QCOMPARE(next->model->params["s"].get<double>(), std::stod(rig.models->values().at("s")));
    QTest::qWait(400);
    for (qsizetype i = 0; i < spy.size(); ++i)
      QVERIFY(spy.at(i).at(0).value<FitFramePtr>()->generation != slowGeneration);
    QCOMPARE(rig.canvas->frame()->generation, rig.controller->worker()->latestGeneration());
  }

  void undoRedoRestoresTheData() {
    Rig rig;
    const Eigen::MatrixXd original = rig.doc.data()->X;
    // Add, drag, erase.
    QTest::mouseClick(rig.canvas, Qt::LeftButton, {}, rig.pixel(0.0, 0.2));
    const Eigen::MatrixXd afterAdd = rig.doc.data()->X;
    const QPoint from = rig.pixel(-2.3, -0.3);  // row 0
    QTest::mousePress(rig.canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(rig.canvas, from + QPoint(20, -10));
    QTest::mouseMove(rig.canvas, from + QPoint(40, -20));
    QTest::mouseRelease(rig.canvas, Qt::LeftButton, {}, from + QPoint(40, -20));
    const Eigen::MatrixXd afterDrag = rig.doc.data()->X;
    QVERIFY(afterDrag.row(0) != afterAdd.row(0));
    QCOMPARE(rig.undo.count(), 2);  // the whole drag is one step
    QTest::mouseClick(rig.canvas, Qt::RightButton, {}, rig.pixel(2.3, 0.3));  // erases row 17
    QCOMPARE(rig.doc.rows(), 18);
    QCOMPARE(rig.undo.count(), 3);

    rig.undo.undo();
    QCOMPARE(rig.doc.data()->X, afterDrag);
    rig.undo.undo();
    QCOMPARE(rig.doc.data()->X, afterAdd);
    rig.undo.undo();
    QCOMPARE(rig.doc.data()->X, original);
    rig.undo.redo();
    rig.undo.redo();
    QCOMPARE(rig.doc.data()->X, afterDrag);
    rig.undo.redo();
    QCOMPARE(rig.doc.rows(), 18);
  }

  // Shift + drag sprays points around the cursor; the stroke is one undo step.
  void sprayIsOneStep() {
    Rig rig;
    rig.controller->setCurrentClass(1);
    const QPoint at = rig.pixel(0.0, 0.0);
    QTest::mousePress(rig.canvas, Qt::LeftButton, Qt::ShiftModifier, at);
    for (int i = 1; i <= 5; ++i) QTest::mouseMove(rig.canvas, at + QPoint(6 * i, 0));
    QTest::mouseRelease(rig.canvas, Qt::LeftButton, Qt::ShiftModifier, at + QPoint(30, 0));
    const int added = rig.doc.rows() - 18;
    QVERIFY2(added >= 10, qPrintable(QString::number(added)));  // 2 per event, press and moves
    QCOMPARE(rig.undo.count(), 1);
    for (int i = 18; i < rig.doc.rows(); ++i) {
      QCOMPARE(rig.doc.data()->label(i), 1);
      const QPointF p = rig.canvas->dataToPixel({rig.doc.data()->X(i, 0), rig.doc.data()->X(i, 1)});
      QVERIFY(p.x() > at.x() - 30 && p.x() < at.x() + 60 && std::abs(p.y() - at.y()) < 30);
    }
    rig.undo.undo();
    QCOMPARE(rig.doc.rows(), 18);
  }

  void failedFitGreysAndExplains() {
    Rig rig;
    QSignalSpy spy(rig.controller->worker(), &FitWorker::frameReady);
    QVERIFY(rig.waitFinal(spy, 0));
    const auto before = rig.controller->worker()->latestGeneration();
    rig.models->setValues({{"fail", "true"}});
    auto f = rig.waitFinal(spy, before);
    QVERIFY(f);
    QVERIFY(!f->error.empty());
    QVERIFY(rig.canvas->messageItem()->visible());
    QVERIFY(rig.canvas->messageItem()->text().contains("told to fail"));
    QVERIFY(rig.info->errorText().contains("told to fail"));
  }

  // After a fit on two well-separated blobs the region far left is class 0's
  // tint at full confidence and the region far right class 1's.
  void regionColoursAreClassTints() {
    Rig rig;
    QSignalSpy spy(rig.controller->worker(), &FitWorker::frameReady);
    QVERIFY(rig.waitFinal(spy, 0));
    rig.canvas->replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = rig.canvas->toPixmap().toImage();
    // The view frames the data with 12% margins: x1 in [−2.85, 2.85], x2 in
    // [−0.37, 0.37]. (±2.6, 0.15) lies far from the boundary (x1 = 0) and
    // from every point. There the centroid
    // model's probability gap is 1 − 2/(1+e^{s·2·2.6}) ≈ 1.
    const QColor want0 = classTint(0, tintStrength(1.0)), want1 = classTint(1, tintStrength(1.0));
    const QColor got0 = test::patchMedian(image, rig.pixel(-2.6, 0.15)), got1 = test::patchMedian(image, rig.pixel(2.6, 0.15));
    auto close = [](QColor a, QColor b) {
      return std::abs(a.red() - b.red()) <= 10 && std::abs(a.green() - b.green()) <= 10 &&
             std::abs(a.blue() - b.blue()) <= 10;
    };
    QVERIFY2(close(got0, want0), qPrintable(got0.name() + " vs " + want0.name()));
    QVERIFY2(close(got1, want1), qPrintable(got1.name() + " vs " + want1.name()));
    // And a training point itself is drawn in its class colour.
    const QColor point = test::patchMedian(image, rig.pixel(-2.0, 0.0));
    QVERIFY2(close(point, classColor(0)), qPrintable(point.name()));
  }
};

QTEST_MAIN(TestExplorer)
#include "test_explorer.moc"
