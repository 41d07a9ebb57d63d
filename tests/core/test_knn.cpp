// k-nearest neighbours: the k-d tree against brute force, the contract's two
// tie rules on hand-built data, distances and means by hand, probabilities
// against scikit-learn / SciPy, and the parameter errors.
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

#include "core/models/knn/knn.h"
#include "core/models/registry.h"

using namespace supex;

namespace {

// "x1", "x2", ... (appending, because GCC 12 warns falsely on "x" + std::string).
std::string featureName(Eigen::Index j) {
  std::string name = "x";
  name += std::to_string(j + 1);
  return name;
}

const double kInf = std::numeric_limits<double>::infinity();

Dataset classification(const Eigen::MatrixXd& X, const std::vector<int>& labels, int numClasses) {
  Dataset d;
  d.task = Task::Classification;
  d.X = X;
  d.y.resize(static_cast<Eigen::Index>(labels.size()));
  for (std::size_t i = 0; i < labels.size(); ++i) d.y(static_cast<Eigen::Index>(i)) = labels[i];
  for (int c = 0; c < numClasses; ++c) d.classes.push_back(std::string(1, static_cast<char>('a' + c)));
  for (Eigen::Index j = 0; j < X.cols(); ++j) d.featureNames.push_back(featureName(j));
  return d;
}

Dataset regression(const Eigen::MatrixXd& X, const Eigen::VectorXd& y) {
  Dataset d;
  d.task = Task::Regression;
  d.X = X;
  d.y = y;
  for (Eigen::Index j = 0; j < X.cols(); ++j) d.featureNames.push_back(featureName(j));
  return d;
}

Result<FittedModelPtr> fit(const Dataset& d, const ParamValues& values) {
  return findModel("knn")->fit(d, values, {});
}

std::shared_ptr<const KnnModel> fitKnn(const Dataset& d, const ParamValues& values) {
  auto r = fit(d, values);
  if (!r) qFatal("fit failed: %s", r.error().message.c_str());
  return std::dynamic_pointer_cast<const KnnModel>(*r);
}

std::string text(double p) { return std::isinf(p) ? "inf" : formatReal(p); }

// Seeded random points; `ties` puts them on a small integer lattice so that
// many distances are exactly equal.
Eigen::MatrixXd randomPoints(int n, int d, bool ties, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-3.0, 3.0);
  std::uniform_int_distribution<int> lattice(-3, 3);
  Eigen::MatrixXd X(n, d);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < d; ++j) X(i, j) = ties ? lattice(rng) : u(rng);
  return X;
}

}  // namespace

Q_DECLARE_METATYPE(Eigen::MatrixXd)

class TestKnn : public QObject {
  Q_OBJECT
 private slots:
  // ---- The k-d tree returns exactly the brute-force neighbours ----------------
  void treeMatchesBruteForce_data() {
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("dims");
    QTest::addColumn<bool>("ties");
    for (double p : {0.5, 1.0, 1.5, 2.0, 3.0, kInf})
      for (int dims : {1, 2, 3})
        for (bool ties : {false, true})
          QTest::newRow(qPrintable(QString("p=%1 d=%2 %3").arg(QString::fromStdString(text(p))).arg(dims)
                                       .arg(ties ? "lattice" : "continuous")))
              << p << dims << ties;
  }
  void treeMatchesBruteForce() {
    QFETCH(double, p);
    QFETCH(int, dims);
    QFETCH(bool, ties);
    const Eigen::MatrixXd X = randomPoints(300, dims, ties, 17 + static_cast<std::uint64_t>(dims));
    const Eigen::MatrixXd Q = randomPoints(150, dims, ties, 99);
    const KnnIndex index(X, Minkowski(p));
    std::vector<KnnCandidate> tree, brute;
    std::vector<std::uint32_t> within;
    for (int k : {1, 7, 40}) {
      for (Eigen::Index i = 0; i < Q.rows() + X.rows(); ++i) {
        const Eigen::VectorXd q = i < Q.rows() ? Eigen::VectorXd(Q.row(i)) : Eigen::VectorXd(X.row(i - Q.rows()));
        index.nearest(q.data(), k, tree);
        index.nearestBruteForce(q.data(), k, brute);
        QCOMPARE(tree.size(), std::size_t(k));
        for (int j = 0; j < k; ++j) {
          QCOMPARE(tree[std::size_t(j)].row, brute[std::size_t(j)].row);
          QCOMPARE(tree[std::size_t(j)].acc, brute[std::size_t(j)].acc);  // bit for bit
        }
        // The brute-force list really is sorted by (distance, row).
        for (int j = 1; j < k; ++j) QVERIFY(brute[std::size_t(j - 1)] < brute[std::size_t(j)]);
        // within(): exactly the rows at or below the k-th distance.
        index.within(q.data(), brute.back().acc, within);
        std::vector<std::uint32_t> expected;
        for (Eigen::Index r = 0; r < X.rows(); ++r)
          if (index.metric().accumulated(q.data(), index.point(std::uint32_t(r)), dims) <= brute.back().acc)
            expected.push_back(std::uint32_t(r));
        QCOMPARE(within, expected);
      }
    }
  }

  // ---- Tie rule 1: a tie at the k-th place goes to the lower training row -----
  void tieAtKthPlaceGoesToLowerRow_data() {
    QTest::addColumn<double>("p");
    for (double p : {0.5, 1.0, 2.0, kInf}) QTest::newRow(text(p).c_str()) << p;
  }
  void tieAtKthPlaceGoesToLowerRow() {
    QFETCH(double, p);
    // Query at the origin; every point lies on an axis, so its distance is
    // its one non-zero coordinate for every p: row 1 at 1, rows 0, 2, 3 at 2.
    // k = 3 keeps row 1 and, of the three tied at 2, rows 0 and 2.
    Eigen::MatrixXd X(4, 2);
    X << 0, 2,   // row 0, class b
        1, 0,    // row 1, class a
        -2, 0,   // row 2, class b
        2, 0;    // row 3, class a
    const auto model = fitKnn(classification(X, {1, 0, 1, 0}, 2), {{"k", "3"}, {"p", text(p)}});
    const auto nb = model->neighbours(Eigen::Vector2d(0, 0));
    QCOMPARE(nb.size(), std::size_t(3));
    QCOMPARE(nb[0].row, Eigen::Index(1));
    QCOMPARE(nb[1].row, Eigen::Index(0));
    QCOMPARE(nb[2].row, Eigen::Index(2));
    QCOMPARE(nb[0].distance, 1.0);
    QCOMPARE(nb[1].distance, 2.0);
    QCOMPARE(nb[2].distance, 2.0);
    // Votes: a (row 1), b (rows 0 and 2) → b with 2/3. Had row 3 been kept
    // instead, a would have won.
    Prediction out;
    model->predict(Eigen::RowVector2d(0, 0), out);
    QCOMPARE(out.value(0), 1.0);
    QCOMPARE(out.proba(0, 0), 1.0 / 3.0);
    QCOMPARE(out.proba(0, 1), 2.0 / 3.0);
  }

  // ---- Tie rule 2: a vote tie goes to the tied class owning the nearest -------
  void voteTieGoesToNearestNeighboursClass_data() {
    QTest::addColumn<Eigen::MatrixXd>("X");
    QTest::addColumn<std::vector<int>>("labels");
    QTest::addColumn<int>("numClasses");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("expected");
    Eigen::MatrixXd a(4, 2);
    // Distances from the origin: rows 0..3 at 2, 3, 4, 1. Votes 2–2; the
    // nearest (row 3) is class b although class a owns the lower rows.
    a << 2, 0, 0, 3, -4, 0, 0, -1;
    QTest::newRow("two classes") << a << std::vector<int>{0, 0, 1, 1} << 2 << 4 << 1;
    Eigen::MatrixXd b(5, 2);
    // Rows at 1 (c), 2 (b), 3 (a), 4 (a), 5 (b): a and b tie with 2 votes;
    // the nearest neighbour overall is class c, which is not tied, so the
    // nearest member of a tied class (row 1, b) decides.
    b << 1, 0, 0, 2, 3, 0, 0, -4, -5, 0;
    QTest::newRow("nearest is in an untied class") << b << std::vector<int>{2, 1, 0, 0, 1} << 3 << 5 << 1;
    Eigen::MatrixXd c(2, 2);
    // Both at distance 1, one vote each: the (distance, row) order makes
    // row 0 the nearest, so its class b wins over a.
    c << 0, 1, 1, 0;
    QTest::newRow("tied classes, tied distances") << c << std::vector<int>{1, 0} << 2 << 2 << 1;
  }
  void voteTieGoesToNearestNeighboursClass() {
    QFETCH(Eigen::MatrixXd, X);
    QFETCH(std::vector<int>, labels);
    QFETCH(int, numClasses);
    QFETCH(int, k);
    QFETCH(int, expected);
    for (const char* p : {"1", "2", "inf"}) {
      const auto model = fitKnn(classification(X, labels, numClasses), {{"k", std::to_string(k)}, {"p", p}});
      Prediction out;
      model->predict(Eigen::RowVector2d(0, 0), out);
      QCOMPARE(out.value(0), double(expected));
    }
  }

  // ---- k = 1 on the training set reproduces the labels ------------------------
  void kOneReproducesTrainingLabels() {
    const Eigen::MatrixXd X = randomPoints(200, 2, false, 5);
    std::vector<int> labels(200);
    std::mt19937 rng(3);
    for (auto& l : labels) l = int(rng() % 3);
    for (const char* p : {"0.5", "1", "2", "inf"}) {
      const auto model = fitKnn(classification(X, labels, 3), {{"k", "1"}, {"p", p}});
      Prediction out;
      model->predict(X, out);
      for (int i = 0; i < 200; ++i) {
        QCOMPARE(out.value(i), double(labels[std::size_t(i)]));
        QCOMPARE(out.proba(i, labels[std::size_t(i)]), 1.0);
      }
    }
  }

  // ---- Distances in true Minkowski units, by hand ------------------------------
  void distancesByHand_data() {
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("near");  // to (1, 2)
    QTest::addColumn<double>("far");   // to (3, -4)
    // p = 0.5: (|1|^½ + |2|^½)² = (1 + √2)² = 3 + 2√2 and (√3 + √4)² = 7 + 4√3.
    QTest::newRow("p=0.5") << 0.5 << 3 + 2 * std::sqrt(2.0) << 7 + 4 * std::sqrt(3.0);
    QTest::newRow("p=1") << 1.0 << 3.0 << 7.0;
    QTest::newRow("p=2") << 2.0 << std::sqrt(5.0) << 5.0;
    QTest::newRow("p=inf") << kInf << 2.0 << 4.0;
  }
  void distancesByHand() {
    QFETCH(double, p);
    QFETCH(double, near);
    QFETCH(double, far);
    Eigen::MatrixXd X(2, 2);
    X << 3, -4, 1, 2;
    Eigen::VectorXd y(2);
    y << 10, 20;
    const auto model = fitKnn(regression(X, y), {{"k", "2"}, {"p", text(p)}, {"task", "regression"}});
    const auto nb = model->neighbours(Eigen::Vector2d(0, 0));
    QCOMPARE(nb[0].row, Eigen::Index(1));
    QCOMPARE(nb[1].row, Eigen::Index(0));
    QVERIFY(std::abs(nb[0].distance - near) <= 1e-14 * near);
    QVERIFY(std::abs(nb[1].distance - far) <= 1e-14 * far);
    QCOMPARE(nb[0].target, 20.0);
    QCOMPARE(nb[1].target, 10.0);
  }

  // ---- Probabilities against scikit-learn (SciPy for p = 0.5) -----------------
  void probabilitiesMatchScikitLearn_data() {
    QTest::addColumn<QString>("p");
    QTest::addColumn<std::vector<double>>("proba");  // 6 queries × 3 classes, row-major
    // Produced by (scikit-learn 1.2.1, SciPy 1.10; /usr/bin/python3):
    //   import numpy as np
    //   from sklearn.neighbors import KNeighborsClassifier
    //   rng = np.random.default_rng(11)
    //   X = rng.normal(size=(24, 2)).round(6); y = np.repeat([0, 1, 2], 8)
    //   Q = rng.normal(size=(6, 2)).round(6)
    //   for kw in [dict(p=1), dict(p=1.5), dict(p=2), dict(metric="chebyshev")]:
    //       m = KNeighborsClassifier(n_neighbors=5, algorithm="brute", **kw).fit(X, y)
    //       d, i = m.kneighbors(Q, n_neighbors=6); assert (d[:, 4] < d[:, 5]).all()  # no k-th ties
    //       print(kw, m.predict_proba(Q).tolist())
    //   # p = 0.5 (scikit-learn 1.2 refuses p < 1):
    //   from scipy.spatial.distance import cdist
    //   D = cdist(Q, X, "minkowski", p=0.5); idx = np.argsort(D, axis=1, kind="stable")[:, :5]
    //   print([np.bincount(y[i], minlength=3) / 5 for i in idx])
    QTest::newRow("p=0.5") << QString("0.5")
                           << std::vector<double>{0.4, 0.2, 0.4, 0.4, 0.4, 0.2, 0.4, 0.0, 0.6,
                                                  0.4, 0.4, 0.2, 0.4, 0.2, 0.4, 0.2, 0.4, 0.4};
    QTest::newRow("p=1") << QString("1")
                         << std::vector<double>{0.4, 0.2, 0.4, 0.4, 0.4, 0.2, 0.4, 0.0, 0.6,
                                                0.4, 0.4, 0.2, 0.4, 0.2, 0.4, 0.2, 0.4, 0.4};
    QTest::newRow("p=1.5") << QString("1.5")
                           << std::vector<double>{0.4, 0.4, 0.2, 0.2, 0.4, 0.4, 0.4, 0.2, 0.4,
                                                  0.4, 0.2, 0.4, 0.4, 0.2, 0.4, 0.2, 0.4, 0.4};
    QTest::newRow("p=2") << QString("2")
                         << std::vector<double>{0.2, 0.6, 0.2, 0.2, 0.4, 0.4, 0.4, 0.2, 0.4,
                                                0.4, 0.2, 0.4, 0.4, 0.2, 0.4, 0.2, 0.4, 0.4};
    QTest::newRow("p=inf (chebyshev)") << QString("inf")
                                       << std::vector<double>{0.0, 0.6, 0.4, 0.6, 0.2, 0.2, 0.4, 0.4, 0.2,
                                                              0.4, 0.2, 0.4, 0.6, 0.0, 0.4, 0.0, 0.4, 0.6};
  }
  void probabilitiesMatchScikitLearn() {
    QFETCH(QString, p);
    QFETCH(std::vector<double>, proba);
    Eigen::MatrixXd X(24, 2);
    X << 0.034193, 1.359748, 1.224721, -0.510307, -0.29797, -0.527384, 0.569726, -0.056064, 0.746886, -1.847325,
        1.566549, -0.096432, 0.680378, -0.136566, -0.379099, 0.46311, 0.824514, -0.20253, -0.152786, 0.685699,
        -0.870341, -1.514384, 0.394982, -0.670566, -1.920341, -0.814054, -0.467598, -1.193202, -1.492464, 0.036638,
        0.897249, -0.233132, -0.743596, 0.384994, 0.717236, -0.300011, 0.544668, 1.042875, -0.206956, -0.813516,
        0.347651, 0.247546, 1.098813, -1.284581, -0.661613, -0.838167, -1.734015, 0.126435;
    std::vector<int> labels;
    for (int c = 0; c < 3; ++c) labels.insert(labels.end(), 8, c);
    Eigen::MatrixXd Q(6, 2);
    Q << 0.527804, -0.73879, 1.385647, 0.821924, 0.627376, 0.401707, 0.95567, -1.33198, 0.61393, 0.602777,
        -1.767719, 0.34703;
    const auto model = fitKnn(classification(X, labels, 3), {{"k", "5"}, {"p", p.toStdString()}});
    Prediction out;
    model->predict(Q, out);
    QCOMPARE(out.proba.rows(), Eigen::Index(6));
    QCOMPARE(out.proba.cols(), Eigen::Index(3));
    for (int i = 0; i < 6; ++i) {
      int argmax = 0, top = 0;
      for (int c = 0; c < 3; ++c) {
        const double want = proba[std::size_t(3 * i + c)];
        QVERIFY2(std::abs(out.proba(i, c) - want) <= 1e-15, qPrintable(QString("query %1 class %2").arg(i).arg(c)));
        if (want > proba[std::size_t(3 * i + argmax)]) argmax = c;
      }
      for (int c = 0; c < 3; ++c) top += proba[std::size_t(3 * i + c)] == proba[std::size_t(3 * i + argmax)];
      if (top == 1) QCOMPARE(out.value(i), double(argmax));  // a clear majority needs no tie rule
    }
  }

  // ---- Regression: the mean of the k targets, by hand --------------------------
  void regressionMeansByHand_data() {
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("expected");
    // x = 0, 1, 2, 3, 10 with y = 1, 2, 4, 8, 16.
    QTest::newRow("k=2 at 0.4: rows 0, 1") << 0.4 << 2 << (1.0 + 2.0) / 2;
    QTest::newRow("k=3 at 2.6: rows 3, 2, 1") << 2.6 << 3 << (8.0 + 4.0 + 2.0) / 3;
    QTest::newRow("k=1 at 1.5: tie, lower row 1") << 1.5 << 1 << 2.0;
    QTest::newRow("k=1 at 6.5: tie, lower row 3") << 6.5 << 1 << 8.0;
    QTest::newRow("k=2 at 6.5: rows 3, 4") << 6.5 << 2 << (8.0 + 16.0) / 2;
    QTest::newRow("k=5: the mean of all") << 100.0 << 5 << 31.0 / 5;
  }
  void regressionMeansByHand() {
    QFETCH(double, x);
    QFETCH(int, k);
    QFETCH(double, expected);
    Eigen::MatrixXd X(5, 1);
    X << 0, 1, 2, 3, 10;
    Eigen::VectorXd y(5);
    y << 1, 2, 4, 8, 16;
    for (const char* p : {"0.5", "2", "inf"}) {
      const auto model = fitKnn(regression(X, y), {{"k", std::to_string(k)}, {"p", p}, {"task", "regression"}});
      QVERIFY(!model->hasProbabilities());
      Prediction out;
      model->predict(Eigen::MatrixXd::Constant(1, 1, x), out);
      QCOMPARE(out.value(0), expected);
      QCOMPARE(out.proba.size(), Eigen::Index(0));
    }
  }

  // ---- standardize=true measures distances on z-scores -------------------------
  void standardizeMeasuresOnZScores() {
    // Columns: mean 5, population sd 5; mean 0.5, sd 0.5. Query (4, 0) →
    // z = (−0.2, −1). Rows in z: (−1, −1), (1, −1), (−1, 1), (1, 1); distances
    // 0.8, 1.2, √4.64, √5.44. In raw units the second nearest is row 2 (√17 < 6).
    Eigen::MatrixXd X(4, 2);
    X << 0, 0, 10, 0, 0, 1, 10, 1;
    const Dataset d = classification(X, {0, 1, 0, 1}, 2);
    const auto z = fitKnn(d, {{"k", "2"}, {"standardize", "true"}})->neighbours(Eigen::Vector2d(4, 0));
    QCOMPARE(z[0].row, Eigen::Index(0));
    QCOMPARE(z[1].row, Eigen::Index(1));
    QVERIFY(std::abs(z[0].distance - 0.8) <= 1e-15);
    QVERIFY(std::abs(z[1].distance - 1.2) <= 1e-15);
    const auto raw = fitKnn(d, {{"k", "2"}})->neighbours(Eigen::Vector2d(4, 0));
    QCOMPARE(raw[0].row, Eigen::Index(0));
    QCOMPARE(raw[1].row, Eigen::Index(2));
    QCOMPARE(raw[1].distance, std::sqrt(17.0));
  }

  // ---- Parameters: table, defaults, errors -------------------------------------
  void registryEntryAndDefaults() {
    const ModelInfo* info = findModel("knn");
    QVERIFY(info);
    QCOMPARE(info->params.size(), std::size_t(4));
    const std::map<std::string, std::string> defaults{
        {"k", "5"}, {"p", "2"}, {"task", "classification"}, {"standardize", "false"}};
    for (const auto& s : info->params) QCOMPARE(s.defaultText, defaults.at(s.key));
    QCOMPARE(*info->taskFor({}), Task::Classification);
    QCOMPARE(*info->taskFor({{"task", "regression"}}), Task::Regression);
    // JSON writes p = ∞ as the string "inf".
    const auto model = fitKnn(classification(Eigen::MatrixXd::Identity(2, 2), {0, 1}, 2), {{"k", "1"}, {"p", "inf"}});
    QCOMPARE(model->params["p"].get<std::string>(), std::string("inf"));
    QCOMPARE(model->params["k"].get<int>(), 1);
  }
  void parameterErrors_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("k > n") << "k" << "4"
                           << "The 'k' parameter of knn must be ≤ the number of training rows (3). Got 4.";
    QTest::newRow("k = 0") << "k" << "0" << "The 'k' parameter of knn must be an integer >= 1. Got 0.";
    QTest::newRow("p = 0") << "p" << "0" << "The 'p' parameter of knn must be > 0 or inf. Got 0.";
    QTest::newRow("p < 0") << "p" << "-1" << "The 'p' parameter of knn must be > 0 or inf. Got -1.";
    QTest::newRow("task") << "task" << "ranking"
                          << "The 'task' parameter of knn must be one of classification, regression. Got 'ranking'.";
  }
  void parameterErrors() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Eigen::MatrixXd X(3, 1);
    X << 0, 1, 2;
    auto r = fit(classification(X, {0, 1, 0}, 2), {{key.toStdString(), value.toStdString()}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QCOMPARE(QString::fromStdString(r.error().message), message);
  }
  void overflowingDistancesKeepTheTieRule() {
    // Every squared difference overflows to inf, so all rows tie at an
    // infinite distance and the lowest rows are the neighbours.
    const Dataset d = classification(randomPoints(40, 2, false, 8), std::vector<int>(40, 0), 1);
    const auto model = fitKnn(d, {{"k", "3"}});
    const auto nb = model->neighbours(Eigen::Vector2d(1e300, -1e300));
    QCOMPARE(nb.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i) {
      QCOMPARE(nb[std::size_t(i)].row, Eigen::Index(i));
      QVERIFY(std::isinf(nb[std::size_t(i)].distance));
    }
    // A NaN query has no meaningful answer but must not read past the neighbours.
    Prediction out;
    model->predict(Eigen::RowVector2d(std::nan(""), 0), out);
    QCOMPARE(out.proba(0, 0), 1.0);
    QVERIFY(model->neighbours(Eigen::Vector3d(0, 0, 0)).empty());  // wrong length
  }
  void badTrainingDataIsADataError_data() {
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("label");
    QTest::newRow("NaN feature") << std::nan("") << 0.0;
    QTest::newRow("infinite feature") << kInf << 0.0;
    QTest::newRow("class index too large") << 0.0 << 2.0;
    QTest::newRow("fractional class index") << 0.0 << 0.5;
  }
  void badTrainingDataIsADataError() {
    QFETCH(double, x);
    QFETCH(double, label);
    Dataset d = classification(Eigen::MatrixXd::Zero(3, 1), {0, 1, 0}, 2);
    d.X(1, 0) = x;
    d.y(2) = label;
    auto r = fit(d, {{"k", "1"}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Data);
  }
  void kEqualToRowsIsAllowed() {
    Eigen::MatrixXd X(3, 1);
    X << 0, 1, 2;
    auto r = fit(classification(X, {0, 1, 1}, 2), {{"k", "3"}});
    QVERIFY(r.ok());
    Prediction out;
    (*r)->predict(Eigen::MatrixXd::Constant(1, 1, -5.0), out);
    QCOMPARE(out.value(0), 1.0);
    QCOMPARE(out.proba(0, 1), 2.0 / 3.0);
  }
};

QTEST_APPLESS_MAIN(TestKnn)
#include "test_knn.moc"
