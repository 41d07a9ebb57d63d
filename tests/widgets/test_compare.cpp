// The comparison grid (issue 6, item 2) and its headless export (item 5):
// one tile per chosen model, each with the test score that an independent
// fit through the core registry gives on the same split; the tiles show the
// decision regions in the class tints; a change of data stops the running
// batch and recomputes; `supervised-explorer --compare` writes PNG, SVG and
// PDF files and rejects an unknown model with exit code 2.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "app/gui/compare_window.h"
#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "core/data/split.h"
#include "core/models/registry.h"
#include "widgets/compare/compare_grid.h"
#include "widgets/compare/compare_worker.h"
#include "widgets/model_panel.h"
#include "widgets/okabe_ito.h"
#include "widgets/point_document.h"

using namespace supex;

namespace {

Dataset moons(std::uint64_t seed = 1) {
  GenerateOptions o;
  o.kind = "moons";
  o.n = 200;
  o.seed = seed;
  return generate(o).value();
}

// Accuracy of `id` with `params`, fitted on the training part of
// trainTestSplit(data, share, seed) and counted by hand on the test part.
double independentAccuracy(const Dataset& data, double share, std::uint64_t seed, const std::string& id,
                           const ParamValues& params) {
  auto split = trainTestSplit(data, share, seed);
  if (!split) return -1;
  auto fitted = findModel(id)->fit(split->train, params, {});
  if (!fitted) return -1;
  Prediction p;
  (*fitted)->predict(split->test.X, p);
  int right = 0;
  for (Eigen::Index i = 0; i < split->test.rows(); ++i) right += static_cast<int>(p.value(i)) == split->test.label(i);
  return static_cast<double>(right) / static_cast<double>(split->test.rows());
}

// Shares of the tile's pixels tinted towards class 0 (orange: red well above
// blue) and towards class 1 (sky blue: blue well above red).
std::pair<double, double> tintShares(const QImage& image, QRect tile) {
  int orange = 0, blue = 0, total = 0;
  for (int y = tile.top() + 2; y < tile.bottom() - 2; y += 2)
    for (int x = tile.left() + 2; x < tile.right() - 2; x += 2) {
      const QColor c = image.pixelColor(x, y);
      ++total;
      if (c.red() - c.blue() > 20) ++orange;
      if (c.blue() - c.red() > 20) ++blue;
    }
  return {double(orange) / total, double(blue) / total};
}

QString explorer() { return QStringLiteral(SUPEX_BIN_DIR "/supervised-explorer"); }

}  // namespace

class TestCompare : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;

 private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  // One tile per model; each corner score is the test accuracy of an
  // independent fit on the same split.
  void oneTilePerModelWithItsScore() {
    const std::vector<std::string> ids = {"knn", "logistic", "lda", "qda"};
    std::vector<CompareModel> models;
    for (const auto& id : ids) models.push_back({findModel(id), defaultParams(*findModel(id), Task::Classification)});
    CompareGrid grid;
    grid.setCells(80);
    grid.resize(900, 700);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy done(&grid, &CompareGrid::completed);
    grid.setContent({makeCompareData("moons", moons(), 0.3, 7)}, models);
    QVERIFY(done.wait(8000));
    QCOMPARE(grid.tileCount(), 4);
    for (int i = 0; i < 4; ++i) {
      const FitFramePtr frame = grid.tileFrame(i);
      QVERIFY2(frame && frame->error.empty(), frame ? frame->error.c_str() : "no frame");
      QCOMPARE(frame->test.n, Eigen::Index(60));  // round(0.3 · 200)
      const double expected = independentAccuracy(moons(), 0.3, 7, ids[static_cast<std::size_t>(i)],
                                                   defaultParams(*findModel(ids[static_cast<std::size_t>(i)]), Task::Classification));
      QVERIFY(expected > 0.5);
      QCOMPARE(*frame->test.accuracy, expected);  // both are counts / 60: exact
      QCOMPARE(grid.scoreText(i), QStringLiteral("test accuracy %1").arg(expected, 0, 'f', 2));
      QVERIFY(grid.titleText(i).startsWith(QString::fromStdString(findModel(ids[static_cast<std::size_t>(i)])->name)));
    }

    // The tiles show regions of both classes (moons: each model splits the plane).
    grid.replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = grid.toPixmap().toImage();
    for (int i = 0; i < 4; ++i) {
      const auto [orange, blue] = tintShares(image, grid.tileRect(i));
      QVERIFY2(orange > 0.15 && blue > 0.15, qPrintable(QString("tile %1: %2 orange, %3 blue").arg(i).arg(orange).arg(blue)));
    }
  }

  // Regression on one feature: the OLS tile shows its prediction band (the
  // canvas's tint: the point colour at alpha 38 over white) around the curve;
  // kNN, which has no bands, shows none.
  void olsTileShowsItsBands() {
    GenerateOptions o;
    o.kind = "sine";
    o.n = 120;
    o.seed = 2;
    const Dataset sine = generate(o).value();
    CompareGrid grid;
    grid.setCells(120);
    grid.resize(900, 420);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy done(&grid, &CompareGrid::completed);
    grid.setContent({makeCompareData("sine", sine, 0.0, 1)},
                    {{findModel("ols"), defaultParams(*findModel("ols"), Task::Regression)},
                     {findModel("knn"), defaultParams(*findModel("knn"), Task::Regression)}});
    QVERIFY(done.wait(5000));
    QVERIFY(!grid.tileFrame(0)->predLow.empty());
    QVERIFY(grid.tileFrame(1)->predLow.empty());
    grid.replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = grid.toPixmap(0, 0, 1.0).toImage();
    const QColor point = regressionPointColor();
    auto blend = [](int c) { return qRound(255 + (c - 255) * 38 / 255.0); };
    const QColor tint(blend(point.red()), blend(point.green()), blend(point.blue()));
    auto bandShare = [&](QRect tile) {
      int band = 0, total = 0;
      for (int y = tile.top() + 2; y < tile.bottom() - 2; ++y)
        for (int x = tile.left() + 2; x < tile.right() - 2; ++x) {
          const QColor c = image.pixelColor(x, y);
          ++total;
          band += std::abs(c.red() - tint.red()) <= 6 && std::abs(c.green() - tint.green()) <= 6 &&
                  std::abs(c.blue() - tint.blue()) <= 6;
        }
      return double(band) / total;
    };
    const double ols = bandShare(grid.tileRect(0)), knn = bandShare(grid.tileRect(1));
    QVERIFY2(ols > 0.08 && knn < 0.01, qPrintable(QString("band share: ols %1, knn %2").arg(ols).arg(knn)));
  }

  // Nothing held out: the corner says "train" and shows the training score.
  void trainScoreWithoutTestPoints() {
    CompareGrid grid;
    grid.setCells(40);
    QSignalSpy done(&grid, &CompareGrid::completed);
    grid.setContent({makeCompareData("moons", moons(), 0.0, 1)}, {{findModel("lda"), defaultParams(*findModel("lda"), Task::Classification)}});
    QVERIFY(done.wait(5000));
    const FitFramePtr frame = grid.tileFrame(0);
    QCOMPARE(frame->test.n, Eigen::Index(0));
    QVERIFY(grid.scoreText(0).startsWith("train accuracy "));
    QCOMPARE(grid.scoreText(0), QStringLiteral("train accuracy %1").arg(*frame->train.accuracy, 0, 'f', 2));
  }

  // A slow batch (a network trained for a very long time) is stopped by new
  // content: the new tiles arrive long before the old training could end,
  // and every tile shown belongs to the new data.
  void newContentCancelsTheRunningBatch() {
    CompareGrid grid;
    grid.setCells(40);
    ParamValues slow = defaultParams(*findModel("nn"), Task::Classification);
    slow["epochs"] = "100000000";
    grid.setContent({makeCompareData("moons", moons(1), 0.2, 1)}, {{findModel("nn"), slow}, {findModel("nn"), slow}});
    QTest::qWait(100);  // the slow jobs are running
    const CompareData fresh = makeCompareData("moons", moons(2), 0.2, 1);
    QSignalSpy done(&grid, &CompareGrid::completed);
    QElapsedTimer clock;
    clock.start();
    grid.setContent({fresh}, {{findModel("lda"), defaultParams(*findModel("lda"), Task::Classification)},
                              {findModel("qda"), defaultParams(*findModel("qda"), Task::Classification)}});
    QVERIFY(done.wait(5000));
    QVERIFY(clock.elapsed() < 5000);
    for (int i = 0; i < 2; ++i) {
      QCOMPARE(grid.tileFrame(i)->trainData.get(), fresh.train.get());
      QCOMPARE(grid.tileFrame(i)->generation, grid.worker()->generation());
    }
  }

  // A result of an older batch that still arrives is dropped, never shown.
  void staleTilesAreDropped() {
    CompareWorker worker;
    QSignalSpy ready(&worker, &CompareWorker::tileReady);
    QSignalSpy stale(&worker, &CompareWorker::staleTileDropped);
    FitRequest r;
    auto data = std::make_shared<const Dataset>(moons());
    r.train = data;
    r.model = findModel("lda");
    r.params = defaultParams(*r.model, Task::Classification);
    r.grid = compareGrid(*data, 20);
    const auto first = worker.submit({r});
    // The first batch's tile finishes on the pool, but its delivery is queued
    // on this thread: submitting again before the event loop runs makes it stale.
    QTest::qSleep(1000);
    const auto second = worker.submit({r, r});
    QVERIFY(second > first);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
    QCOMPARE(stale.size(), 1);
    QCOMPARE(stale.first().at(0).value<std::uint64_t>(), first);
    for (const auto& args : ready) QCOMPARE(args.at(1).value<FitFramePtr>()->generation, second);
  }

  // Presentation mode restyles the tiles already computed (no refit: the
  // same frames) with larger titles and markers, and the comparison window
  // follows the main window's mode.
  void presentationEnlargesTheTiles() {
    auto darkTitlePixels = [](CompareGrid& grid) {
      grid.replot(QCustomPlot::rpImmediateRefresh);
      const QImage image = grid.toPixmap().toImage();
      int dark = 0;  // title text: everything above the first tile
      for (int y = 0; y < grid.tileRect(0).top(); ++y)
        for (int x = 0; x < image.width(); ++x) dark += qGray(image.pixel(x, y)) < 100;
      return dark;
    };
    CompareGrid grid;
    grid.setCells(40);
    grid.resize(800, 450);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy done(&grid, &CompareGrid::completed);
    grid.setContent({makeCompareData("moons", moons(), 0.3, 7)},
                    {{findModel("lda"), defaultParams(*findModel("lda"), Task::Classification)},
                     {findModel("qda"), defaultParams(*findModel("qda"), Task::Classification)}});
    QVERIFY(done.wait(5000));
    const FitFramePtr before = grid.tileFrame(1);
    const int normalDark = darkTitlePixels(grid);
    const QString score = grid.scoreText(1);
    QVERIFY(normalDark > 50);

    grid.setPresentationMode(true);
    QVERIFY(grid.complete());
    QCOMPARE(grid.tileFrame(1).get(), before.get());
    QCOMPARE(grid.scoreText(1), score);
    // Text 1.4 times as large covers about 1.4² as many pixels.
    const int presentDark = darkTitlePixels(grid);
    QVERIFY2(presentDark > 1.5 * normalDark, qPrintable(QString("%1 vs %2").arg(presentDark).arg(normalDark)));

    MainWindow window;
    window.showDefault();
    CompareWindow* compare = showCompareWindow(&window);
    QVERIFY(!compare->grid()->presentationMode());
    window.setPresentationMode(true);
    QVERIFY(compare->grid()->presentationMode());
    window.setPresentationMode(false);
    QVERIFY(!compare->grid()->presentationMode());
  }

  // The window: the panel's model uses the panel's values, the others their
  // defaults; editing the data recomputes every tile on the new data.
  void windowFollowsTheExplorer() {
    MainWindow window;
    window.showDefault();  // moons, kNN with k = 15
    window.setTestShare(0.25, 3);
    CompareWindow* compare = showCompareWindow(&window);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    compare->grid()->setCells(60);
    for (const char* id : {"nn", "logistic"}) compare->modelItem(id)->setCheckState(0, Qt::Unchecked);
    QTRY_VERIFY_WITH_TIMEOUT(compare->grid()->complete() && !compare->refreshPending(), 8000);
    QCOMPARE(compare->grid()->tileCount(), 3);  // knn, lda, qda
    const FitFramePtr knn = compare->grid()->tileFrame(0);
    QCOMPARE(knn->model->modelId, std::string("knn"));
    QCOMPARE(knn->model->params.at("k").get<int>(), 15);
    QVERIFY(compare->grid()->titleText(0).contains("k = 15"));
    QCOMPARE(compare->grid()->tileFrame(1)->model->modelId, std::string("lda"));
    QCOMPARE(knn->trainData.get(), window.document()->trainSet().get());
    const double expected = independentAccuracy(*window.document()->data(), 0.25, 3, "knn", window.models()->values());
    QCOMPARE(*knn->test.accuracy, expected);

    // New data: the grid recomputes on it.
    GenerateOptions circles;
    circles.kind = "circles";
    circles.n = 150;
    circles.seed = 4;
    window.generate(circles);
    QTRY_VERIFY_WITH_TIMEOUT(!compare->refreshPending() && compare->grid()->complete() &&
                                 compare->grid()->tileFrame(0)->trainData.get() == window.document()->trainSet().get(),
                             8000);
    for (int i = 0; i < 3; ++i) QCOMPARE(compare->grid()->tileFrame(i)->trainData->rows(), window.document()->trainSet()->rows());

    // A second data set adds a row of tiles.
    compare->dataItem("blobs:3")->setCheckState(Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(!compare->refreshPending() && compare->grid()->complete() && compare->grid()->tileCount() == 6, 8000);
    QCOMPARE(compare->grid()->tileFrame(compare->grid()->tileIndex(1, 0))->numClasses, 3);
  }

  void headlessPng() {
    const QString out = m_dir.filePath("grid.png");
    QProcess p;
    p.start(explorer(), {"--generate", "moons", "--test-share", "0.3", "--compare", "knn,lda,qda", "--export", out,
                         "--size", "900x400"});
    QVERIFY2(p.waitForFinished(9000), "supervised-explorer did not finish (is it built?)");
    QCOMPARE(p.exitCode(), 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(900, 400));
    // Three tiles side by side, each with both class tints.
    const auto [orange, blue] = tintShares(image, QRect(0, 60, 900, 320));
    QVERIFY(orange > 0.1 && blue > 0.1);

    // --scale multiplies the pixels of a PNG.
    const QString scaled = m_dir.filePath("grid2x.png");
    p.start(explorer(), {"--generate", "moons", "--compare", "lda", "--export", scaled, "--size", "300x200", "--scale", "2"});
    QVERIFY(p.waitForFinished(9000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QImage(scaled).size(), QSize(600, 400));
  }

  void headlessSvgAndPdf() {
    for (const char* suffix : {"svg", "pdf"}) {
      const QString out = m_dir.filePath(QStringLiteral("grid.%1").arg(suffix));
      QProcess p;
      p.start(explorer(), {"--generate", "blobs", "--classes", "3", "--compare", "lda,qda", "--export", out, "--size", "800x400"});
      QVERIFY(p.waitForFinished(9000));
      QCOMPARE(p.exitCode(), 0);
      QFile file(out);
      QVERIFY(file.open(QIODevice::ReadOnly));
      const QByteArray bytes = file.readAll();
      if (QByteArray(suffix) == "pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("%%EOF"));
      } else {
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(0, 0, 800, 400));
        QVERIFY(bytes.count("<circle") >= 2 * 200);  // every point of both tiles is a vector circle
        QVERIFY(bytes.contains("train accuracy"));    // the score is text
      }
    }
  }

  void headlessUnknownModel() {
    QProcess p;
    // Qt warns on stderr when XDG_RUNTIME_DIR is unset (as in a bare container);
    // a user's session has it, and then our line is the only one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_RUNTIME_DIR", m_dir.path());
    p.setProcessEnvironment(env);
    p.start(explorer(), {"--compare", "knn,forest", "--export", m_dir.filePath("x.png")});
    QVERIFY(p.waitForFinished(9000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    QVERIFY2(err.contains("Unknown model 'forest'") && err.contains("knn") && err.contains("qda"), qPrintable(err));
    QCOMPARE(err.count('\n'), 0);  // one line
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath("x.png")));
  }
};

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
