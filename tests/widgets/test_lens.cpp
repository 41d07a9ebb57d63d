// The Minkowski unit balls and the kNN lens, against hand calculations.
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <cmath>

#include "core/models/registry.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/minkowski_ball.h"
#include "widgets/minkowski_view.h"
#include "widgets/model_panel.h"

using namespace supex;

class TestLens : public QObject {
  Q_OBJECT

 private slots:
  void unitBallsLieOnTheUnitSphere_data() {
    QTest::addColumn<double>("p");
    QTest::newRow("p = 0.5") << 0.5;
    QTest::newRow("p = 1") << 1.0;
    QTest::newRow("p = 2") << 2.0;
    QTest::newRow("p = 3.5") << 3.5;
    QTest::newRow("p = inf") << std::numeric_limits<double>::infinity();
  }
  void unitBallsLieOnTheUnitSphere() {
    QFETCH(double, p);
    const QPolygonF b = unitBall(p, 200);
    QCOMPARE(b.size(), qsizetype(201));
    QCOMPARE(b.front(), b.back());
    QCOMPARE(b.front(), QPointF(1, 0));
    for (const QPointF& u : b) {
      const double norm = std::isinf(p) ? std::max(std::abs(u.x()), std::abs(u.y()))
                                        : std::pow(std::pow(std::abs(u.x()), p) + std::pow(std::abs(u.y()), p), 1.0 / p);
      QVERIFY2(std::abs(norm - 1.0) < 1e-12, qPrintable(QString::number(norm, 'g', 17)));
    }
  }

  // By hand: the diamond |dx| + |dy| = 0.9 around (0.2, 0.1) has its corners at
  // (1.1, 0.1) and (0.2, 1.0); stretched by (2, 3) at (2.0, 0.1) and (0.2, 2.8).
  void stretchedBall() {
    const QPolygonF b = ball(1.0, {0.2, 0.1}, 0.9, 2.0, 3.0, 8);
    QVERIFY(std::abs(b[0].x() - 2.0) < 1e-12 && std::abs(b[0].y() - 0.1) < 1e-12);
    QVERIFY(std::abs(b[2].x() - 0.2) < 1e-12 && std::abs(b[2].y() - 2.8) < 1e-12);
  }

  void viewDrawsTheModelsP() {
    MinkowskiView view;
    view.setP(std::numeric_limits<double>::infinity());
    const auto data = view.currentCurve()->data();
    QVERIFY(data->size() > 100);
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
      QVERIFY(std::abs(std::max(std::abs(it->key), std::abs(it->value)) - 1.0) < 1e-12);
  }

  // Presentation mode: the current ball's line is thicker on screen (counted
  // in rendered dark pixels) and the text larger; off again restores both.
  void viewFollowsPresentationMode() {
    MinkowskiView view;
    view.resize(340, 340);
    auto darkPixels = [&view] {
      view.replot(QCustomPlot::rpImmediateRefresh);
      const QImage image = view.toPixmap(340, 340, 1.0).toImage();
      int dark = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) dark += qGray(image.pixel(x, y)) < 60;
      return dark;
    };
    const int normal = darkPixels();
    const double tickSize = view.xAxis->tickLabelFont().pointSizeF();
    view.setPresentationMode(true);
    QVERIFY(view.presentationMode());
    QVERIFY(view.xAxis->tickLabelFont().pointSizeF() > 1.4 * tickSize);
    const int presenting = darkPixels();
    QVERIFY2(presenting > 1.25 * normal, qPrintable(QString("%1 vs %2").arg(presenting).arg(normal)));
    view.setPresentationMode(false);
    QCOMPARE(darkPixels(), normal);
  }

  // Four training points; kNN with k = 2 and p = 1 (Manhattan distance).
  // At q = (0.2, 0.1): D(q, (0,0)) = 0.3, D(q, (1,0)) = 0.9, D(q, (0,3)) = 3.1,
  // D(q, (5,5)) = 9.7, so the neighbours are rows 0 and 1, both class 0, and
  // the ball is the diamond of radius 0.9.
  void lensShowsTheNeighbours() {
    if (!findModel("knn")) QSKIP("kNN is not in the registry");
    Dataset d;
    d.task = Task::Classification;
    d.featureNames = {"x1", "x2"};
    d.targetName = "label";
    d.classes = {"0", "1"};
    d.X = (Eigen::MatrixXd(4, 2) << 0, 0, 1, 0, 0, 3, 5, 5).finished();
    d.y = (Eigen::VectorXd(4) << 0, 0, 1, 1).finished();

    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    PointDocument doc;
    QUndoStack undo;
    auto* models = new ModelPanel(modelRegistry());
    auto* canvas = new DataCanvas;
    layout->addWidget(models);
    layout->addWidget(canvas, 1);
    ExplorerController controller(&doc, canvas, models, nullptr, &undo);
    controller.setGridCells(60);
    QVERIFY(models->selectModel("knn", Task::Classification));
    models->setValues({{"k", "2"}, {"p", "1"}});
    doc.setData(d);
    window.resize(900, 600);
    window.show();
    QSignalSpy spy(controller.worker(), &FitWorker::frameReady);
    QVERIFY(spy.wait(5000));
    controller.showLensAt({0.2, 0.1});
    QVERIFY(canvas->lensVisible());
    const LensPicture& lens = *canvas->lens();
    QCOMPARE(lens.neighbours.size(), std::size_t(2));
    QCOMPARE(lens.neighbours[0], QPointF(0, 0));
    QCOMPARE(lens.neighbours[1], QPointF(1, 0));
    double maxL1 = 0;
    for (const QPointF& b : lens.ball) maxL1 = std::max(maxL1, std::abs(b.x() - 0.2) + std::abs(b.y() - 0.1));
    QVERIFY(std::abs(maxL1 - 0.9) < 1e-9);
    QVERIFY2(lens.caption.contains("votes class 0: 2 → class 0"), qPrintable(lens.caption));

    controller.setLensEnabled(false);
    QVERIFY(!canvas->lensVisible());
  }
};

QTEST_MAIN(TestLens)
#include "test_lens.moc"
