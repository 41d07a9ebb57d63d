// Grid prediction: cell centres and layout, validation, the kNN tile path
// against direct predictions at every centre, threads, cancellation, and the
// coarse-to-fine helper.
#include <QtTest>

#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <thread>

#include "core/models/knn/knn.h"
#include "core/models/registry.h"
#include "core/predict/grid_predictor.h"

using namespace supex;

namespace {

// "x1", "x2", ... (appending, because GCC 12 warns falsely on "x" + std::string).
std::string featureName(Eigen::Index j) {
  std::string name = "x";
  name += std::to_string(j + 1);
  return name;
}

const double kInf = std::numeric_limits<double>::infinity();

// value = x + 1000·y, probabilities (x, y): every cell says where it is.
class WhereModel : public FittedModel {
 public:
  explicit WhereModel(int features) {
    for (int j = 0; j < features; ++j) inputNames.push_back(featureName(j));
    m_hasProbabilities = true;
  }
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override {
    out.value = X.col(0);
    if (X.cols() > 1) out.value += 1000.0 * X.col(1);
    out.proba = X;
  }
  void writeJson(nlohmann::json&) const override {}
};

// Forwards predict() only, hiding any GridBlockPredictor: the generic path.
class Plain : public FittedModel {
 public:
  explicit Plain(FittedModelPtr inner) : m_inner(std::move(inner)) {
    inputNames = m_inner->inputNames;
    m_hasProbabilities = m_inner->hasProbabilities();
  }
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override { m_inner->predict(X, out); }
  void writeJson(nlohmann::json&) const override {}

 private:
  FittedModelPtr m_inner;
};

std::string text(double p) { return std::isinf(p) ? "inf" : formatReal(p); }

// Random points, or points on the integer lattice −3..3 (many exact ties).
Dataset data(int n, int d, bool lattice, bool classification, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-3.0, 3.0);
  std::uniform_int_distribution<int> l(-3, 3), label(0, 2);
  Dataset ds;
  ds.task = classification ? Task::Classification : Task::Regression;
  if (classification) ds.classes = {"0", "1", "2"};
  ds.X.resize(n, d);
  ds.y.resize(n);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < d; ++j) ds.X(i, j) = lattice ? l(rng) : u(rng);
    ds.y(i) = classification ? label(rng) : u(rng);
  }
  for (int j = 0; j < d; ++j) ds.featureNames.push_back(featureName(j));
  return ds;
}

FittedModelPtr fitKnn(const Dataset& d, const ParamValues& values) {
  auto r = findModel("knn")->fit(d, values, {});
  if (!r) qFatal("fit failed: %s", r.error().message.c_str());
  return *r;
}

// Every cell of `grid` predicted directly, in one vectorised call.
Prediction direct(const FittedModel& model, const GridSpec& grid) {
  const int d = static_cast<int>(model.inputNames.size());
  Eigen::MatrixXd X(grid.cells(), d);
  for (int iy = 0; iy < grid.ny; ++iy)
    for (int ix = 0; ix < grid.nx; ++ix) {
      X(Eigen::Index(iy) * grid.nx + ix, 0) = grid.x(ix);
      if (d == 2) X(Eigen::Index(iy) * grid.nx + ix, 1) = grid.y(iy);
    }
  Prediction p;
  model.predict(X, p);
  return p;
}

// Exact equality, reporting the first differing cell.
void requireSame(const GridResult& g, const Prediction& p) {
  QCOMPARE(g.value.size(), p.value.size());
  QCOMPARE(g.proba.rows(), p.proba.rows());
  QCOMPARE(g.proba.cols(), p.proba.cols());
  for (Eigen::Index c = 0; c < g.value.size(); ++c) {
    if (g.value(c) != p.value(c)) QFAIL(qPrintable(QString("cell %1: grid %2, direct %3").arg(c).arg(g.value(c)).arg(p.value(c))));
    for (Eigen::Index j = 0; j < p.proba.cols(); ++j)
      if (g.proba(c, j) != p.proba(c, j)) QFAIL(qPrintable(QString("cell %1 probability %2 differs").arg(c).arg(j)));
  }
}

}  // namespace

class TestGridPredictor : public QObject {
  Q_OBJECT
 private slots:
  // ---- Cell centres: QCustomPlot's convention, exact ends -----------------------
  void cellCentres() {
    const GridSpec g{0.1, 0.3, 3, -1.0, 1.0, 5};
    QCOMPARE(g.x(0), 0.1);  // exactly
    QCOMPARE(g.x(2), 0.3);  // exactly, although 0.1 + (0.3 − 0.1) ≠ 0.3 in doubles
    QVERIFY(std::abs(g.x(1) - 0.2) <= 1e-16);
    QCOMPARE(g.y(0), -1.0);
    QCOMPARE(g.y(1), -0.5);
    QCOMPARE(g.y(2), 0.0);
    QCOMPARE(g.y(4), 1.0);
    QCOMPARE(g.cells(), Eigen::Index(15));
    const GridSpec single{2.5, 7.0, 1, 0, 0, 1};
    QCOMPARE(single.x(0), 2.5);
    const GridSpec wide{-1.5, 2.5, 400, -1.0, 1.5, 400};
    QCOMPARE(wide.x(399), 2.5);
    QCOMPARE(wide.y(399), 1.5);
    for (int i = 1; i < 400; ++i) QVERIFY(wide.x(i) > wide.x(i - 1));
    QVERIFY(std::abs(wide.x(100) - (-1.5 + 4.0 * 100 / 399)) <= 1e-15);
  }

  // ---- Layout: x fastest; generic path, probabilities placed with their cells ---
  void layoutIsXFastest_data() {
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
    QTest::newRow("hardware") << 0;
  }
  void layoutIsXFastest() {
    QFETCH(int, threads);
    const WhereModel model(2);
    const GridSpec g{0, 3, 4, 10, 20, 3};  // x = 0, 1, 2, 3; y = 10, 15, 20
    auto r = predictGrid(model, g, {}, threads);
    QVERIFY(r.ok());
    QCOMPARE(r->nx, 4);
    QCOMPARE(r->ny, 3);
    QCOMPARE(r->value.size(), Eigen::Index(12));
    for (int iy = 0; iy < 3; ++iy)
      for (int ix = 0; ix < 4; ++ix) {
        const Eigen::Index c = iy * 4 + ix;
        QCOMPARE(r->value(c), ix + 1000.0 * (10 + 5 * iy));
        QCOMPARE(r->proba(c, 0), double(ix));
        QCOMPARE(r->proba(c, 1), 10.0 + 5 * iy);
      }
    // A grid much larger than one chunk, on all threads.
    const GridSpec big{-1, 1, 301, -2, 2, 257};
    auto rb = predictGrid(model, big, {}, threads);
    QVERIFY(rb.ok());
    requireSame(*rb, direct(model, big));
  }
  void oneFeatureGrid() {
    const WhereModel model(1);
    auto r = predictGrid(model, {-2, 2, 9, 0, 0, 1}, {});
    QVERIFY(r.ok());
    QCOMPARE(r->ny, 1);
    for (int ix = 0; ix < 9; ++ix) QCOMPARE(r->value(ix), -2.0 + 0.5 * ix);
  }

  // ---- Grids that do not fit the model are usage errors -------------------------
  void invalidGrids_data() {
    QTest::addColumn<int>("features");
    QTest::addColumn<double>("y0");
    QTest::addColumn<int>("nx");
    QTest::addColumn<int>("ny");
    QTest::newRow("one feature, two axes") << 1 << 0.0 << 10 << 5;
    QTest::newRow("no cells") << 2 << 0.0 << 0 << 5;
    QTest::newRow("negative count") << 2 << 0.0 << 10 << -1;
    QTest::newRow("not finite") << 2 << std::numeric_limits<double>::quiet_NaN() << 10 << 5;
    QTest::newRow("infinite end") << 2 << -kInf << 10 << 5;
    QTest::newRow("three features") << 3 << 0.0 << 10 << 5;
    QTest::newRow("no features") << 0 << 0.0 << 10 << 1;
  }
  void invalidGrids() {
    QFETCH(int, features);
    QFETCH(double, y0);
    QFETCH(int, nx);
    QFETCH(int, ny);
    const WhereModel model(features);
    auto r = predictGrid(model, {0, 1, nx, y0, 1, ny}, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
  }

  // ---- kNN: every cell equals a direct prediction at its centre -----------------
  void knnGridEqualsDirectPrediction_data() {
    QTest::addColumn<double>("p");
    QTest::addColumn<bool>("classification");
    QTest::addColumn<bool>("lattice");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<int>("k");
    for (double p : {0.5, 1.0, 1.5, 2.0, 3.0, kInf})
      for (bool classification : {true, false})
        for (bool lattice : {false, true})
          QTest::newRow(qPrintable(QString("p=%1 %2 %3").arg(QString::fromStdString(text(p)))
                                       .arg(classification ? "classification" : "regression")
                                       .arg(lattice ? "lattice" : "continuous")))
              << p << classification << lattice << (p == 1.5) << (classification ? 4 : 7);
  }
  void knnGridEqualsDirectPrediction() {
    QFETCH(double, p);
    QFETCH(bool, classification);
    QFETCH(bool, lattice);
    QFETCH(bool, standardize);
    QFETCH(int, k);
    const ParamValues params{{"k", std::to_string(k)},
                             {"p", text(p)},
                             {"task", classification ? "classification" : "regression"},
                             {"standardize", standardize ? "true" : "false"}};
    // Two features. On lattice data the grid step is 1/8, so many cells sit
    // exactly on lattice points and midpoints: ties at the k-th place and in
    // the vote everywhere. The grid overhangs the data; 83 × 61 leaves
    // partial tiles at both far edges.
    const auto model2 = fitKnn(data(lattice ? 120 : 250, 2, lattice, classification, 41), params);
    const GridSpec g2{-4.5, 5.75, 83, -3.5, 4.0, 61};
    auto r2 = predictGrid(*model2, g2, {});
    QVERIFY(r2.ok());
    requireSame(*r2, direct(*model2, g2));
    // The generic chunked path gives the same.
    auto generic = predictGrid(Plain(model2), g2, {});
    QVERIFY(generic.ok());
    requireSame(*generic, direct(*model2, g2));
    // One feature.
    const auto model1 = fitKnn(data(lattice ? 40 : 90, 1, lattice, classification, 43), params);
    const GridSpec g1{-4, 4, lattice ? 65 : 1001, 0, 0, 1};
    auto r1 = predictGrid(*model1, g1, {});
    QVERIFY(r1.ok());
    requireSame(*r1, direct(*model1, g1));
  }
  void knnGridLargeKAndTinyGrids() {
    // k = n (every tile's candidates are all rows), a 1 × 1 grid, a single
    // column, a single row, reversed ends and overflowing distances.
    const Dataset d = data(30, 2, false, true, 5);
    for (int k : {1, 30}) {
      const auto model = fitKnn(d, {{"k", std::to_string(k)}});
      for (const GridSpec& g : {GridSpec{0.3, 0.3, 1, -0.2, -0.2, 1}, GridSpec{-3, 3, 1, -3, 3, 50},
                                GridSpec{-3, 3, 50, 1, 1, 1}, GridSpec{3, -3, 40, 3, -3, 33},
                                // squared distances overflow to inf: every row ties
                                GridSpec{1e300, 1.5e300, 20, -1e300, 1e300, 19}}) {
        auto r = predictGrid(*model, g, {});
        QVERIFY(r.ok());
        requireSame(*r, direct(*model, g));
      }
    }
  }
  void knnThreadsAgree() {
    const auto model = fitKnn(data(500, 2, false, true, 9), {{"k", "15"}, {"p", "1.5"}});
    const GridSpec g{-3.5, 3.5, 200, -3.5, 3.5, 150};
    auto one = predictGrid(*model, g, {}, 1);
    auto two = predictGrid(*model, g, {}, 2);
    QVERIFY(one.ok() && two.ok());
    QCOMPARE(one->value, two->value);
    QCOMPARE(one->proba, two->proba);
  }

  // ---- Cancellation ---------------------------------------------------------------
  void cancelReturnsPromptly_data() {
    QTest::addColumn<bool>("generic");
    QTest::newRow("kNN tiles") << false;
    QTest::newRow("generic chunks") << true;
  }
  void cancelReturnsPromptly() {
    QFETCH(bool, generic);
    using Clock = std::chrono::steady_clock;
    // Regression (no probability matrix) keeps the 2000 × 2000 result at 32 MB;
    // the full grid takes far longer than the 5 ms before the stop.
    const auto model = fitKnn(data(300, 2, false, false, 3), {{"k", "15"}, {"task", "regression"}});
    const Plain plain(model);
    const FittedModel& target = generic ? static_cast<const FittedModel&>(plain) : *model;
    std::stop_source source;
    Clock::time_point stoppedAt;
    std::jthread stopper([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      stoppedAt = Clock::now();
      source.request_stop();
    });
    auto r = predictGrid(target, {-3, 3, 2000, -3, 3, 2000}, source.get_token());
    const auto returnedAt = Clock::now();
    stopper.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    const double ms = std::chrono::duration<double, std::milli>(returnedAt - stoppedAt).count();
    qInfo("returned %.2f ms after the stop request", ms);
    QVERIFY2(ms < 50.0, qPrintable(QString("took %1 ms").arg(ms)));
  }
  void stoppedBeforeStartIsCancelled() {
    const WhereModel model(2);
    std::stop_source source;
    source.request_stop();
    auto r = predictGrid(model, {0, 1, 100, 0, 1, 100}, source.get_token());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
  }

  // ---- Coarse to fine -------------------------------------------------------------
  void coarseToFine() {
    const WhereModel model(2);
    const GridSpec fine{-1.5, 2.5, 400, -1.0, 1.5, 300};
    const GridSpec coarse = coarseGrid(fine);
    QCOMPARE(coarse.nx, 50);
    QCOMPARE(coarse.ny, 50);
    QCOMPARE(coarse.x0, fine.x0);
    QCOMPARE(coarse.x1, fine.x1);
    QCOMPARE(coarse.y0, fine.y0);
    QCOMPARE(coarse.y1, fine.y1);
    int passes = 0;
    auto r = predictGridProgressive(model, fine, {}, [&](const GridSpec& spec, const GridResult& first) {
      ++passes;
      QCOMPARE(spec.nx, 50);
      QCOMPARE(first.nx, 50);
      QCOMPARE(first.value(0), fine.x0 + 1000.0 * fine.y0);
      QCOMPARE(first.value(first.value.size() - 1), fine.x1 + 1000.0 * fine.y1);
    });
    QVERIFY(r.ok());
    QCOMPARE(passes, 1);
    QCOMPARE(r->nx, 400);
    requireSame(*r, direct(model, fine));
    // A grid no larger than the coarse pass is predicted once.
    passes = 0;
    auto small = predictGridProgressive(model, {0, 1, 40, 0, 1, 50}, {}, [&](const GridSpec&, const GridResult&) {
      ++passes;
    });
    QVERIFY(small.ok());
    QCOMPARE(passes, 0);
    // One-feature grids stay one row.
    QCOMPARE(coarseGrid({0, 1, 1000, 0, 0, 1}).ny, 1);
  }
};

QTEST_APPLESS_MAIN(TestGridPredictor)
#include "test_grid_predictor.moc"
