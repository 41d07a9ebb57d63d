// FitWorker: latest request wins, stale results are dropped by generation
// (superseded coarse frames still count as progress), coarse-to-fine frames,
// failed fits carry their message, and a pure view change reuses the model.
#include <QSignalSpy>
#include <QTest>
#include <chrono>
#include <thread>

#include "tests/widgets/fake_models.h"
#include "widgets/fit_worker.h"

using namespace supex;

namespace {

FitRequest blobsRequest(ParamValues params = {}) {
  FitRequest r;
  r.train = std::make_shared<const Dataset>(fake::twoBlobs());
  r.model = fake::fakeModel("centroid");
  r.params = std::move(params);
  r.grid = GridSpec{-4, 4, 100, -3, 3, 80};
  return r;
}

FitFramePtr frameAt(const QSignalSpy& spy, qsizetype i) { return spy.at(i).at(0).value<FitFramePtr>(); }

// Waits until a final frame of `generation` arrived (or times out).
bool waitFinal(QSignalSpy& spy, std::uint64_t generation, int ms = 5000) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < ms) {
    for (qsizetype i = 0; i < spy.size(); ++i) {
      const auto f = frameAt(spy, i);
      if (f->generation == generation && f->final) return true;
    }
    spy.wait(50);
  }
  return false;
}

}  // namespace

class TestFitWorker : public QObject {
  Q_OBJECT

 private slots:
  void coarseThenFinal() {
    FitWorker worker;
    worker.setCoarseCells(20);
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    const auto gen = worker.submit(blobsRequest());
    QVERIFY(waitFinal(spy, gen));
    QCOMPARE(spy.size(), 2);
    const auto coarse = frameAt(spy, 0), fine = frameAt(spy, 1);
    QVERIFY(!coarse->final);
    QCOMPARE(coarse->grid.nx, 20);
    QCOMPARE(coarse->grid.ny, 20);
    QVERIFY(fine->final);
    QCOMPARE(fine->grid.nx, 100);
    QCOMPARE(fine->grid.ny, 80);
    QCOMPARE(fine->labels.size(), std::size_t(100 * 80));
    QVERIFY(fine->model != nullptr);
    QCOMPARE(coarse->model, fine->model);  // one fit, two resolutions
    // By hand: the class means are (−2, 0) and (2, 0), so the boundary is the
    // line x1 = 0 and cell (0, 0) at (−4, −3) is class 0, the last cell class 1.
    QCOMPARE(fine->labels.front(), 0);
    QCOMPARE(fine->labels.back(), 1);
    QCOMPARE(fine->train.n, Eigen::Index(18));
    QCOMPARE(*fine->train.accuracy, 1.0);
    QVERIFY(!fine->boundary.isEmpty());
    for (const QPolygonF& line : fine->boundary)
      for (const QPointF& p : line) QVERIFY2(std::abs(p.x()) < 8.0 / 99, qPrintable(QString::number(p.x())));
  }

  void newestRequestWins() {
    FitWorker worker;
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    // The first fit sleeps 400 ms and ignores the stop request; its frame must never be shown.
    const auto slow = worker.submit(blobsRequest({{"slow_ms", "400"}}));
    QTest::qWait(50);
    const auto fast = worker.submit(blobsRequest({{"s", "2"}}));
    QVERIFY(fast > slow);
    QVERIFY(waitFinal(spy, fast));
    QTest::qWait(500);  // long enough for the slow job to have finished
    for (qsizetype i = 0; i < spy.size(); ++i) QCOMPARE(frameAt(spy, i)->generation, fast);
  }

  void queuedStaleFrameIsDropped() {
    FitWorker worker;
    worker.setCoarseCells(0);
    QSignalSpy ready(&worker, &FitWorker::frameReady);
    QSignalSpy dropped(&worker, &FitWorker::staleFrameDropped);
    const auto first = worker.submit(blobsRequest());
    // Block the GUI thread while the worker finishes: the first frame is now a
    // queued event that no stop request can recall.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    QVERIFY(!worker.busy());
    const auto second = worker.submit(blobsRequest({{"s", "3"}}));
    QVERIFY(waitFinal(ready, second));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<std::uint64_t>(), first);
    for (qsizetype i = 0; i < ready.size(); ++i) QCOMPARE(frameAt(ready, i)->generation, second);
  }

  void deliverDropsOlderGenerations() {
    FitWorker worker;
    worker.setCoarseCells(0);
    QSignalSpy ready(&worker, &FitWorker::frameReady);
    QSignalSpy dropped(&worker, &FitWorker::staleFrameDropped);
    const auto gen = worker.submit(blobsRequest());
    QVERIFY(waitFinal(ready, gen));
    auto stale = std::make_shared<FitFrame>();
    stale->generation = gen - 1;
    worker.deliver(stale);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(ready.size(), 1);
  }

  // The delivery rules, frame by frame, with g on screen and g+2 the latest:
  //   a coarse frame of g+1 (superseded, but newer than the screen) -> shown: progress during a drag
  //   the full frame of g+1 (superseded)                            -> dropped
  //   a frame of g (older than the screen, now g+1)                 -> dropped
  void deliveryRules() {
    FitWorker worker;
    worker.setCoarseCells(0);
    QSignalSpy ready(&worker, &FitWorker::frameReady);
    QSignalSpy dropped(&worker, &FitWorker::staleFrameDropped);
    const auto g = worker.submit(blobsRequest());
    QVERIFY(waitFinal(ready, g));
    QCOMPARE(worker.shownGeneration(), g);
    ready.clear();
    auto frame = [](std::uint64_t generation, bool final) {
      auto f = std::make_shared<FitFrame>();
      f->generation = generation;
      f->final = final;
      return FitFramePtr(f);
    };
    worker.submit(blobsRequest({{"slow_ms", "100"}}));  // g+1
    const auto latest = worker.submit(blobsRequest());  // g+2
    QCOMPARE(latest, g + 2);
    worker.deliver(frame(g + 1, false));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(worker.shownGeneration(), g + 1);
    worker.deliver(frame(g + 1, true));
    QCOMPARE(dropped.size(), 1);
    worker.deliver(frame(g, false));
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(ready.size(), 1);
    QVERIFY(waitFinal(ready, latest));
    QCOMPARE(worker.shownGeneration(), latest);
  }

  void failedFitCarriesMessage() {
    FitWorker worker;
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    const auto gen = worker.submit(blobsRequest({{"fail", "true"}}));
    QVERIFY(waitFinal(spy, gen));
    const auto f = frameAt(spy, spy.size() - 1);
    QCOMPARE(QString::fromStdString(f->error), QString("The fake model was told to fail."));
    QVERIFY(!f->model);
  }

  void badParameterIsAnErrorFrame() {
    FitWorker worker;
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    const auto gen = worker.submit(blobsRequest({{"s", "-1"}}));
    QVERIFY(waitFinal(spy, gen));
    const auto f = frameAt(spy, spy.size() - 1);
    QVERIFY2(QString::fromStdString(f->error).contains("'s' parameter of centroid"), f->error.c_str());
  }

  void viewChangeReusesTheFit() {
    FitWorker worker;
    worker.setCoarseCells(0);
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    FitRequest r = blobsRequest();
    const auto g1 = worker.submit(r);
    QVERIFY(waitFinal(spy, g1));
    r.grid.x0 = -1;  // pan: same data and parameters
    const auto g2 = worker.submit(r);
    QVERIFY(waitFinal(spy, g2));
    const auto a = frameAt(spy, 0), b = frameAt(spy, 1);
    QVERIFY(!a->reusedFit);
    QVERIFY(b->reusedFit);
    QCOMPARE(a->model, b->model);
    QCOMPARE(b->grid.x0, -1.0);
  }

  void regressionCurve() {
    Dataset d;
    d.task = Task::Regression;
    d.featureNames = {"x"};
    // (std::string(...) sidesteps GCC 12's false -Wrestrict on assigning a 1-char literal.)
    d.targetName = std::string("y");
    d.X = (Eigen::MatrixXd(3, 1) << 0, 1, 2).finished();
    d.y = (Eigen::VectorXd(3) << 1, 3, 5).finished();  // y = 1 + 2x exactly
    FitRequest r;
    r.train = std::make_shared<const Dataset>(d);
    r.model = fake::fakeModel("line");
    r.grid = GridSpec{0, 4, 5, -1, 1, 5};
    FitWorker worker;
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    const auto gen = worker.submit(r);
    QVERIFY(waitFinal(spy, gen));
    const auto f = frameAt(spy, spy.size() - 1);
    QCOMPARE(f->curveX, (std::vector<double>{0, 1, 2, 3, 4}));
    QCOMPARE(f->curveY, (std::vector<double>{1, 3, 5, 7, 9}));
    QCOMPARE(*f->train.mse, 0.0);
    QCOMPARE(*f->train.r2, 1.0);
  }
};

QTEST_GUILESS_MAIN(TestFitWorker)
#include "test_fit_worker.moc"
