// The training animation in the real window: Step grows the loss curve with
// the core trainer's own numbers (an NnTrainer run here with the same data,
// parameters and seed) and puts a new picture on the canvas; Play then Pause
// stops the updates; a new learning rate keeps the epoch count while a new
// architecture restarts at 0; hovering the curve reads the exact values;
// switching model gives the canvas back to the live fit.
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <cmath>

#include "app/gui/main_window.h"
#include "core/models/logistic/logistic_stepper.h"
#include "core/models/nn/nn_trainer.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/fit_worker.h"
#include "widgets/model_panel.h"
#include "widgets/point_document.h"
#include "widgets/views/training_view.h"

using namespace supex;

namespace {

struct Rig {
  MainWindow window;
  TrainingView* view = nullptr;

  Rig(const std::string& kind, const std::string& model, const std::vector<std::string>& params) {
    window.resize(1300, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) qWarning("window not exposed");
    window.controller()->setGridCells(120);
    window.generate({.kind = kind, .n = 120, .noise = 0.2, .seed = 3}, false);
    window.setTestShare(0.25, 7);
    const QString problem = window.chooseModel(model, params);
    if (!problem.isEmpty()) qWarning("%s", qPrintable(problem));
    view = window.findChild<TrainingView*>();
    if (view) window.views()->setCurrentWidget(view);
    window.viewsDock()->show();
  }

  ExplorerController* controller() const { return window.controller(); }

  // Waits until the live fit of the current request is on the canvas at full resolution.
  bool waitLiveFit() {
    return QTest::qWaitFor(
        [&] {
          const auto& f = controller()->shownFrame();
          return !controller()->fitPending() && f && f->final &&
                 f->generation == controller()->worker()->latestGeneration();
        },
        5000);
  }

  bool stepTo(long long iteration) {
    QTest::mouseClick(view->stepButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return view->iteration() == iteration; }, 5000);
  }

  QImage canvasImage() {
    window.canvas()->replot();
    return window.canvas()->grab().toImage();
  }
};

// Share of pixels that differ between two images of the same size.
double changedShare(const QImage& a, const QImage& b) {
  if (a.size() != b.size()) return 1.0;
  long changed = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x)
      if (a.pixel(x, y) != b.pixel(x, y)) ++changed;
  return static_cast<double>(changed) / (a.width() * a.height());
}

NnParams nnParams(const Rig& rig) {
  auto p = nnParamTable().parse(rig.window.models()->values(), "nn");
  return p.value();
}

// Mean cross-entropy of the test rows, written out from the model's probabilities.
double crossEntropy(const FittedModel& model, const Dataset& rows) {
  Prediction pred;
  model.predict(rows.X, pred);
  double sum = 0;
  for (Eigen::Index i = 0; i < rows.rows(); ++i) sum -= std::log(pred.proba(i, static_cast<Eigen::Index>(rows.y(i))));
  return sum / static_cast<double>(rows.rows());
}

}  // namespace

class TestTrainingView : public QObject {
  Q_OBJECT

 private slots:
  void stepShowsTheTrainersLossAndANewPicture() {
    Rig rig("moons", "nn", {"hidden=6", "epochs=40", "batch=16", "lr=0.05", "seed=5"});
    QVERIFY(rig.view);
    QVERIFY(rig.waitLiveFit());
    const FitFramePtr live = rig.controller()->shownFrame();
    const QImage before = rig.canvasImage();
    QVERIFY(!rig.view->active());

    QSignalSpy shown(rig.controller(), &ExplorerController::frameShown);
    for (long long k = 1; k <= 3; ++k) QVERIFY(rig.stepTo(k));
    QVERIFY(rig.view->active());
    QVERIFY(rig.controller()->pictureHeld());
    QVERIFY(!shown.isEmpty());

    // The same training, run here directly on the rows the window trains on.
    const auto train = rig.window.document()->trainSet();
    const auto test = rig.window.document()->testSet();
    QVERIFY(test && test->rows() > 0);
    auto trainer = NnTrainer::create(*train, nnParams(rig));
    QVERIFY(trainer.ok());
    std::vector<double> expected{trainer->initialLoss()}, expectedTest{crossEntropy(*trainer->snapshot(), *test)};
    for (int k = 0; k < 3; ++k) {
      QVERIFY(trainer->step().ok());
      expected.push_back(trainer->lossHistory().back());
      expectedTest.push_back(crossEntropy(*trainer->snapshot(), *test));
    }
    const auto& history = rig.view->history();
    QCOMPARE(history.size(), std::size_t{4});
    for (std::size_t k = 0; k < 4; ++k) {
      QCOMPARE(history[k].iteration, static_cast<long long>(k));
      QVERIFY2(std::abs(history[k].train - expected[k]) <= 1e-12 * std::abs(expected[k]),
               qPrintable(QString("epoch %1: %2 vs %3").arg(k).arg(history[k].train, 0, 'g', 17).arg(expected[k], 0, 'g', 17)));
      QVERIFY(history[k].test.has_value());
      QVERIFY(std::abs(*history[k].test - expectedTest[k]) <= 1e-12 * std::abs(expectedTest[k]));
    }
    QVERIFY(history[3].train != history[0].train);
    // The plotted curve holds the same numbers.
    QCOMPARE(rig.view->lossPlot()->graph(0)->dataCount(), 4);
    QCOMPARE(rig.view->lossPlot()->graph(0)->data()->at(3)->value, history[3].train);

    // The canvas shows the animation's frame, not the live fit, and it looks different.
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller()->shownFrame() == rig.view->lastFrame(), 3000);
    QVERIFY(rig.controller()->shownFrame() != live);
    QCOMPARE(rig.controller()->shownFrame()->model->modelId, std::string("nn"));
    const QImage after = rig.canvasImage();
    const double share = changedShare(before, after);
    QVERIFY2(share > 0.02, qPrintable(QString::number(share)));

    // A live fit finishing meanwhile (a parameter change refits) does not overwrite the picture.
    rig.window.models()->setValues({{"epochs", "41"}});
    FitWorker* fits = rig.controller()->worker();
    QVERIFY(QTest::qWaitFor(
        [&] { return !rig.controller()->fitPending() && !fits->busy() && fits->shownGeneration() == fits->latestGeneration(); },
        5000));
    QTRY_VERIFY_WITH_TIMEOUT(rig.view->noteText().contains("epochs changed"), 3000);
    QCOMPARE(rig.view->iteration(), 3LL);
    QCOMPARE(rig.controller()->shownFrame(), rig.view->lastFrame());

    // Hovering the curve at epoch 2 reads that epoch's exact values.
    QCustomPlot* plot = rig.view->lossPlot();
    plot->replot();
    const QPointF at(plot->xAxis->coordToPixel(2.0), plot->yAxis->coordToPixel(history[2].train));
    QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    const QString readout = rig.view->readoutText();
    QVERIFY2(readout.contains("epoch 2\n"), qPrintable(readout));
    QVERIFY2(readout.contains(QString::number(history[2].train, 'g', 6)), qPrintable(readout));
    QVERIFY2(readout.contains(QString::number(*history[2].test, 'g', 6)), qPrintable(readout));

    // Another model stops the animation and the live fit comes back.
    QVERIFY(plot->isVisible());
    rig.window.chooseModel("knn", {"k=5"});
    QVERIFY(!rig.view->active());
    QVERIFY(!plot->isVisible());  // kNN is not trained step by step: no empty loss axes
    QVERIFY(!rig.controller()->pictureHeld());
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller()->shownFrame() && rig.controller()->shownFrame()->model &&
                                 rig.controller()->shownFrame()->model->modelId == "knn",
                             5000);
  }

  void playThenPauseStopsTheUpdates() {
    Rig rig("circles", "nn", {"hidden=5", "epochs=2000", "batch=0", "lr=0.05"});
    QVERIFY(rig.view);
    rig.view->speedBox()->setCurrentIndex(rig.view->speedBox()->findData(100.0));
    QTest::mouseClick(rig.view->playButton(), Qt::LeftButton);
    QVERIFY(rig.view->playing());
    QTRY_VERIFY_WITH_TIMEOUT(rig.view->iteration() >= 8, 5000);
    QCOMPARE(rig.view->playButton()->text(), QString("Pause"));
    QTest::mouseClick(rig.view->playButton(), Qt::LeftButton);
    QVERIFY(!rig.view->playing());
    // The updates already on their way (and the paused picture at full resolution) arrive; then silence.
    QSignalSpy updates(rig.view, &TrainingView::updateShown);
    QElapsedTimer t;
    t.start();
    for (qsizetype seen = -1; seen != updates.count() && t.elapsed() < 5000;) {
      seen = updates.count();
      QTest::qWait(300);
    }
    const long long stoppedAt = rig.view->iteration();
    updates.clear();
    QTest::qWait(500);
    QCOMPARE(updates.count(), 0);
    QCOMPARE(rig.view->iteration(), stoppedAt);
    QCOMPARE(rig.view->history().back().iteration, stoppedAt);

    // Playing again as fast as possible, then closing the window: the worker stops within a step.
    rig.view->speedBox()->setCurrentIndex(rig.view->speedBox()->count() - 1);
    QTest::mouseClick(rig.view->playButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rig.view->iteration() > stoppedAt + 5, 5000);
  }  // ~Rig closes the window while the animation plays


  void learningRateContinuesArchitectureRestarts() {
    Rig rig("moons", "nn", {"hidden=4", "epochs=100", "batch=0", "lr=0.1", "seed=2", "optimizer=sgd"});
    QVERIFY(rig.view);
    for (long long k = 1; k <= 5; ++k) QVERIFY(rig.stepTo(k));

    QSignalSpy updates(rig.view, &TrainingView::updateShown);
    rig.window.models()->setValues({{"lr", "0.03"}});
    QTRY_VERIFY_WITH_TIMEOUT(rig.view->noteText().contains("no reset"), 3000);
    QCOMPARE(rig.view->iteration(), 5LL);
    QCOMPARE(rig.view->history().size(), std::size_t{6});
    QVERIFY(rig.stepTo(6));

    // Full-batch sgd: the 6th step is the plain gradient step with η = 0.03 from the
    // weights after 5 steps at η = 0.1; a trainer made here with those weights and η agrees.
    auto first = NnTrainer::create(*rig.window.document()->trainSet(), [&] {
      NnParams p = nnParams(rig);
      p.lr = 0.1;
      return p;
    }());
    QVERIFY(first.ok());
    for (int k = 0; k < 5; ++k) QVERIFY(first->step().ok());
    auto second = NnTrainer::create(*rig.window.document()->trainSet(), nnParams(rig), first->network());
    QVERIFY(second.ok());
    QVERIFY(second->step().ok());
    const double expected = second->lossHistory().back();
    QVERIFY2(std::abs(rig.view->history().back().train - expected) <= 1e-12 * expected,
             qPrintable(QString::number(rig.view->history().back().train, 'g', 17) + " vs " +
                        QString::number(expected, 'g', 17)));

    rig.window.models()->setValues({{"hidden", "7"}});
    QTRY_VERIFY_WITH_TIMEOUT(rig.view->noteText().contains("restarted"), 3000);
    QCOMPARE(rig.view->iteration(), 0LL);
    QCOMPARE(rig.view->history().size(), std::size_t{1});
    QVERIFY(rig.view->active());

    // New data (here a new train/test split) restart the training too.
    QVERIFY(rig.stepTo(1));
    QVERIFY(rig.stepTo(2));
    rig.window.setTestShare(0.4, 11);
    QTRY_VERIFY_WITH_TIMEOUT(rig.view->noteText().contains("data changed"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.view->iteration(), 0LL, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.view->history().size(), std::size_t{1}, 3000);
    const auto train = rig.window.document()->trainSet();
    auto fresh = NnTrainer::create(*train, nnParams(rig));
    QVERIFY(fresh.ok());
    QCOMPARE(rig.view->history().front().train, fresh->initialLoss());
  }

  // Logistic regression: the curve is the mean log-likelihood, rising, equal
  // to the stepper's own; and the canvas follows.
  void logisticLogLikelihoodRises() {
    Rig rig("blobs", "logistic", {"lambda=0.1"});
    QVERIFY(rig.view);
    QVERIFY(rig.view->etaBox()->isVisible());
    rig.view->etaBox()->setValue(0.5);
    for (long long k = 1; k <= 4; ++k) QVERIFY(rig.stepTo(k));
    const auto train = rig.window.document()->trainSet();
    auto p = logisticParamTable().parse(rig.window.models()->values(), "logistic");
    QVERIFY(p.ok());
    auto stepper = LogisticStepper::create(*train, p.value());
    QVERIFY(stepper.ok());
    const double n = static_cast<double>(train->rows());
    const auto& history = rig.view->history();
    QCOMPARE(history.size(), std::size_t{5});
    for (std::size_t k = 0; k < 5; ++k) {
      if (k > 0) stepper->step(0.5);
      QVERIFY(std::abs(history[k].train - stepper->logLikelihood() / n) <= 1e-12);
      if (k > 0) QVERIFY(history[k].train > history[k - 1].train);
    }
    QCOMPARE(rig.controller()->shownFrame()->model->modelId, std::string("logistic"));
  }
};

QTEST_MAIN(TestTrainingView)
#include "test_training_view.moc"
