// Multinomial logistic regression: the objective's gradient against central
// finite differences, fits against scikit-learn, the separable case, the
// step-wise trainer and the error paths.
#include <QtTest>
#include <cmath>
#include <stop_token>

#include "core/models/logistic/logistic.h"
#include "core/models/logistic/logistic_newton.h"
#include "core/models/logistic/logistic_objective.h"
#include "core/models/logistic/logistic_stepper.h"
#include "core/models/registry.h"
#include "tests/core/classification_data.h"

using namespace supex;
using supex::test::classificationData;
using supex::test::maxRelDiff;
using supex::test::rowMajor;
using Vec = std::vector<double>;
Q_DECLARE_METATYPE(Vec)

namespace {

// Three overlapping Gaussian classes, 10 rows each, rounded to 2 decimals:
//   rng = np.random.RandomState(7)
//   X = np.round(np.vstack([rng.randn(10, 2) + [0, 0], rng.randn(10, 2) + [2, 1],
//                           rng.randn(10, 2) + [0.5, 2.5]]), 2)
//   y = np.repeat([0, 1, 2], 10)
const Vec kX = {1.69,  -0.47, 0.03,  0.41,  -0.79, 0,     -0,    -1.75, 1.02,  0.6,   -0.63, -0.17,
                0.51,  -0.26, -0.24, -1.45, 0.55,  0.12,  0.27,  -1.53, 3.65,  1.15,  1.61,  3.03,
                1.95,  -0.45, 1.59,  -1.29, 3.05,  0.58,  1.26,  2.07,  0.35,  1.54,  -0.06, 0.34,
                0.8,   2.46,  3.77,  0.67,  1.34,  2.32,  1.07,  1.75,  -1.21, 0.7,   0.88,  4.75,
                0.77,  1.98,  2.41,  2.74,  0.6,   2.75,  0.37,  2.19,  -0.93, 3,     0.41,  3.69};
// Evaluation points T = np.array([[0, 0], [1, 1], [2.5, -1], [-1, 3]])
const Vec kT = {0, 0, 1, 1, 2.5, -1, -1, 3};

Dataset threeClasses(int rows = 30) {
  std::vector<int> y;
  for (int i = 0; i < rows; ++i) y.push_back(i / 10);
  const Vec x(kX.begin(), kX.begin() + 2 * rows);
  std::vector<std::string> classes{"a", "b", "c"};
  classes.resize(static_cast<std::size_t>((rows + 9) / 10));
  return classificationData(2, x, y, classes);
}

// Two (or three) clusters that a line (two lines) separate perfectly.
Dataset separable(int K) {
  Vec x = {0, 0, 1, 0, 0, 1, 1, 1, 0.5, 0.5, 3, 3, 4, 3, 3, 4, 4, 4, 3.5, 3.5};
  std::vector<int> y = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
  std::vector<std::string> classes{"0", "1"};
  if (K == 3) {
    x.insert(x.end(), {0, 4, 1, 4, 0, 5, 1, 5});
    y.insert(y.end(), {2, 2, 2, 2});
    classes.push_back("2");
  }
  return classificationData(2, x, y, classes);
}

double accuracy(const FittedModel& m, const Dataset& data) {
  Prediction p;
  m.predict(data.X, p);
  return (p.value.array() == data.y.array()).cast<double>().mean();
}

}  // namespace

class TestLogistic : public QObject {
  Q_OBJECT
 private slots:
  // ---- the objective as a pure function ----------------------------------

  void objectiveAtZeroIsNLogK() {
    // All logits 0: every p_k = 1/K, so f = n log K exactly, whatever λ.
    const Dataset data = threeClasses();
    const LogisticCoefficients zero{Eigen::MatrixXd::Zero(3, 2), Eigen::VectorXd::Zero(3)};
    const LogisticObjective f = logisticObjective(data.X, data.y, 2.0, zero);
    QVERIFY(std::abs(f.value - 30 * std::log(3.0)) <= 1e-14 * f.value);
    QCOMPARE(f.logLikelihood, -f.value);
    // ∂f/∂b_k = Σᵢ (1/3 − [yᵢ = k]) = 10 − 10 = 0 for balanced classes.
    QVERIFY(f.gradient.intercepts.cwiseAbs().maxCoeff() < 1e-13);
  }

  void gradientMatchesCentralDifferences_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("scale");  // size of the random coefficients
    QTest::newRow("K=3, lambda=0") << 30 << 0.0 << 1.0;
    QTest::newRow("K=3, lambda=1.5") << 30 << 1.5 << 1.0;
    QTest::newRow("K=3, large logits") << 30 << 0.7 << 8.0;
    QTest::newRow("K=2, lambda=0.3") << 20 << 0.3 << 1.0;
  }
  void gradientMatchesCentralDifferences() {
    QFETCH(int, rows);
    QFETCH(double, lambda);
    QFETCH(double, scale);
    const Dataset data = threeClasses(rows);
    const Eigen::Index K = data.numClasses();
    std::srand(12345);
    LogisticCoefficients c{scale * Eigen::MatrixXd::Random(K, 2), scale * Eigen::VectorXd::Random(K)};
    const LogisticObjective f = logisticObjective(data.X, data.y, lambda, c);

    // ĝ_j = (f(θ + h e_j) − f(θ − h e_j)) / 2h, h = 1e-6.
    const double h = 1e-6;
    auto central = [&](double& entry) {
      const double saved = entry;
      entry = saved + h;
      const double up = logisticObjectiveValue(data.X, data.y, lambda, c);
      entry = saved - h;
      const double down = logisticObjectiveValue(data.X, data.y, lambda, c);
      entry = saved;
      return (up - down) / (2 * h);
    };
    Eigen::MatrixXd gW(K, 2);
    Eigen::VectorXd gb(K);
    for (Eigen::Index k = 0; k < K; ++k) {
      for (Eigen::Index j = 0; j < 2; ++j) gW(k, j) = central(c.weights(k, j));
      gb(k) = central(c.intercepts(k));
    }
    const double norm = std::sqrt(f.gradient.weights.squaredNorm() + f.gradient.intercepts.squaredNorm());
    const double err = std::sqrt((gW - f.gradient.weights).squaredNorm() + (gb - f.gradient.intercepts).squaredNorm());
    QVERIFY2(err <= 1e-6 * norm, qPrintable(QString("relative error %1").arg(err / norm)));
  }

  // ---- fits against scikit-learn -----------------------------------------

  void matchesScikitLearn_data() {
    // Reference: scikit-learn 1.2.1, /usr/bin/python3, with X, y, T as above
    // (whole script: tests/core/reference/logistic_reference.py):
    //   from sklearn.linear_model import LogisticRegression
    //   m = LogisticRegression(multi_class="multinomial", C=1/lam, tol=1e-14,
    //                          max_iter=100000, solver="newton-cg").fit(X, y)
    //   W = m.coef_; b = m.intercept_ - m.intercept_.mean(); P = m.predict_proba(T)
    // (lambda = 0: penalty="none"). sklearn's objective C·Σloss + ½‖W‖² is ours
    // times C, with λ = 1/C. Our gradient of the reference (numpy) is ≤ 5e-9
    // in every case, so its coefficients are accurate far beyond the tolerance.
    // standardize: StandardScaler().fit(X), fit on s.transform(X) with C = 1/λ,
    //   W = m.coef_ / s.scale_; b = m.intercept_ - W @ s.mean_, then centred.
    // binary (classes a, b = the first 20 rows): sklearn reports only
    //   w_1 = coef_[0], b_1 = intercept_[0]; the symmetric fit has w_0 = −w_1, b_0 = −b_1.
    // poly: PolynomialFeatures(2, include_bias=False) columns x1 x2 x1^2 "x1 x2" x2^2.
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<Vec>("W");
    QTest::addColumn<Vec>("b");
    QTest::addColumn<Vec>("P");
    QTest::newRow("K=3, lambda=1") << 30 << 1.0 << false << QString("none")
        << Vec{-0.32930788997983573, -0.977751420140363, 0.7074920800700175, -0.0420538003614388,
               -0.3781841900901819, 1.0198052205018024}
        << Vec{1.0596920565123518, -0.1537170725988923, -0.9059749839134595}
        << Vec{0.695775673280972, 0.20677229647348594, 0.09745203024554207, 0.2427488051420478, 0.5185910659459719,
               0.23866012891198038, 0.3884970457392217, 0.6049699223907569, 0.00653303187002135,
               0.016221266095475313, 0.02830976685018925, 0.9554689670543355};
    QTest::newRow("K=3, lambda=0") << 30 << 0.0 << false << QString("none")
        << Vec{-0.2752525442313442, -1.3739082578247117, 0.9325558871523494, -0.11053381148794685,
               -0.6573033429210045, 1.484442069312659}
        << Vec{1.34605386797661, 0.00045669553681591005, -1.3465105635134262}
        << Vec{0.7529603085141162, 0.196058942847449, 0.050980748638434804, 0.20460176520437978, 0.630587034516396,
               0.1648112002792243, 0.39854287442010405, 0.6008615498174791, 0.0005955757624169229,
               0.001886640629134171, 0.006498137113011332, 0.9916152222578545};
    QTest::newRow("K=3, standardize, lambda=0.5") << 30 << 0.5 << true << QString("none")
        << Vec{-0.3485662006142238, -0.9199815425396616, 0.731484539332428, -0.04292062178682854,
               -0.38291833871820485, 0.96290216432649}
        << Vec{1.0397720152875212, -0.21632075713235058, -0.8234512581551706}
        << Vec{0.6944752337752369, 0.19776188947896958, 0.10776287674579356, 0.24992369617416546,
               0.5037975718572848, 0.2462787319685497, 0.3591193744293437, 0.6330997604740202,
               0.007780865096636185, 0.020860558577070348, 0.028019465821206502, 0.9511199756017231};
    QTest::newRow("K=2 (two weight vectors), lambda=1") << 20 << 1.0 << false << QString("none")
        << Vec{-0.6000895961324383, -0.4898620507478938, 0.6000895961324383, 0.4898620507478938}
        << Vec{0.6664796992438075, -0.6664796992438075}
        << Vec{0.7913297326661711, 0.20867026733382882, 0.30007433793580346, 0.6999256620641966,
               0.3345305600238249, 0.665469439976175, 0.39986354241232214, 0.6001364575876779};
    QTest::newRow("K=3, poly degree 2, lambda=1") << 30 << 1.0 << false << QString("poly")
        << Vec{0.17036247079768022, -0.9839941575842652, -0.45165457455428953, 0.41888479913183074,
               -0.5667366575272029, 0.45467339315591265, 0.21817495864081154, 0.21127561943906237,
               -0.27328834737496116, 0.22533113829941548, -0.625035863953593, 0.7658191989434531,
               0.24037895511522825, -0.14559645175686875, 0.34140551922779117}
        << Vec{1.8875113523472278, -0.6071618856574128, -1.2803494666898148}
        << Vec{0.8891916409562107, 0.07337912857951946, 0.03742923046426986, 0.4783803743696553,
               0.3742925916663043, 0.14732703396404034, 0.024150935093355398, 0.9572575004959359,
               0.01859156441070875, 1.3732945382842146e-06, 0.06064519036463935, 0.9393534363408225};
  }
  void matchesScikitLearn() {
    QFETCH(int, rows);
    QFETCH(double, lambda);
    QFETCH(bool, standardize);
    QFETCH(QString, basis);
    QFETCH(Vec, W);
    QFETCH(Vec, b);
    QFETCH(Vec, P);
    const Dataset data = threeClasses(rows);
    const Eigen::Index K = data.numClasses();
    LogisticParams params;
    params.lambda = lambda;
    params.standardize = standardize;
    params.basis = {basis.toStdString(), 2, 1.0};
    auto fit = fitLogistic(data, params);
    QVERIFY(fit.ok());
    const LogisticModel& m = **fit;
    QVERIFY2(m.diagnostics.empty(), m.diagnostics.empty() ? "" : m.diagnostics[0].message.c_str());
    QVERIFY(m.iterations() <= 30);  // Newton converges quadratically

    const Eigen::MatrixXd Wref = rowMajor(K, static_cast<Eigen::Index>(W.size()) / K, W);
    const Eigen::VectorXd bref = Eigen::Map<const Eigen::VectorXd>(b.data(), K);
    const double wErr = maxRelDiff(m.coefficients().weights, Wref);
    QVERIFY2(wErr <= 1e-6, qPrintable(QString("weights: relative error %1").arg(wErr)));
    QVERIFY(maxRelDiff(m.coefficients().intercepts, bref) <= 1e-6);
    QVERIFY(std::abs(m.coefficients().intercepts.sum()) <= 1e-12);

    Prediction pred;
    m.predict(rowMajor(4, 2, kT), pred);
    const double err = (pred.proba - rowMajor(4, K, P)).cwiseAbs().maxCoeff();
    QVERIFY2(err <= 1e-6, qPrintable(QString("max |p - p_sklearn| = %1").arg(err)));
  }

  void logitsMatchScikitLearnDecisionFunction() {
    // Logits are identifiable only up to a constant per row, so compare after
    // centring each row:  D = m.decision_function(T); D -= D.mean(1, keepdims=True)
    // (m the K=3, lambda=1 fit above).
    const Vec expected{1.0596920565123518, -0.1537170725988923, -0.9059749839134595, -0.24736725360784703,
                       0.5117212071096862, -0.26435395350183916, 1.2141737517031257, 1.6570669279375905,
                       -2.8712406796407164, -1.5442543139289022, -0.9873705537532269, 2.531624867682129};
    auto fit = fitLogistic(threeClasses(), LogisticParams{});
    QVERIFY(fit.ok());
    Eigen::MatrixXd z = (*fit)->logits(rowMajor(4, 2, kT));
    z.colwise() -= z.rowwise().mean();
    QVERIFY(maxRelDiff(z, rowMajor(4, 3, expected)) <= 1e-6);
  }

  void duplicatedColumnWithoutPenaltyIsRankDeficient() {
    // x3 = x1: with λ = 0 only w_1 + w_3 is determined, but the probabilities
    // are those of the two-feature fit (the "K=3, lambda=0" row above).
    Dataset data = threeClasses();
    data.X.conservativeResize(Eigen::NoChange, 3);
    data.X.col(2) = data.X.col(0);
    data.featureNames.push_back("x3");
    LogisticParams params;
    params.lambda = 0;
    auto fit = fitLogistic(data, params);
    QVERIFY(fit.ok());
    QCOMPARE(int((*fit)->diagnostics.size()), 1);
    QCOMPARE(QString::fromStdString((*fit)->diagnostics[0].code), QString("rank_deficient"));
    const Vec P{0.7529603085141162, 0.196058942847449, 0.050980748638434804, 0.20460176520437978, 0.630587034516396,
                0.1648112002792243, 0.39854287442010405, 0.6008615498174791, 0.0005955757624169229,
                0.001886640629134171, 0.006498137113011332, 0.9916152222578545};
    Eigen::MatrixXd T(4, 3);
    T << rowMajor(4, 2, kT), rowMajor(4, 2, kT).col(0);
    Prediction pred;
    (*fit)->predict(T, pred);
    QVERIFY((pred.proba - rowMajor(4, 3, P)).cwiseAbs().maxCoeff() <= 1e-6);
  }

  void weightsSumToZeroOverClasses() {
    // With λ > 0 the optimum has Σ_k w_k = 0 (sum the gradient equations over k).
    LogisticParams params;
    params.lambda = 0.2;
    auto fit = fitLogistic(threeClasses(), params);
    QVERIFY(fit.ok());
    QVERIFY((*fit)->coefficients().weights.colwise().sum().cwiseAbs().maxCoeff() <= 1e-10);
  }

  // ---- separable data, convergence diagnostics ----------------------------

  void separableWithoutPenaltyStopsWithDiagnostic_data() {
    QTest::addColumn<int>("K");
    QTest::addColumn<int>("maxIter");
    QTest::newRow("K=2, max_iter=1000") << 2 << 1000;
    QTest::newRow("K=3, max_iter=1000") << 3 << 1000;
    QTest::newRow("K=2, max_iter=5") << 2 << 5;
  }
  void separableWithoutPenaltyStopsWithDiagnostic() {
    QFETCH(int, K);
    QFETCH(int, maxIter);
    const Dataset data = separable(K);
    LogisticParams params;
    params.lambda = 0;
    params.maxIter = maxIter;
    auto fit = fitLogistic(data, params);
    QVERIFY(fit.ok());
    const LogisticModel& m = **fit;
    QCOMPARE(int(m.diagnostics.size()), 1);
    QCOMPARE(QString::fromStdString(m.diagnostics[0].code), QString("separable"));
    QVERIFY(m.iterations() <= maxIter);
    QVERIFY(m.coefficients().weights.allFinite() && m.coefficients().intercepts.allFinite());
    QCOMPARE(accuracy(m, data), 1.0);
    // Every iterate stays in the sum-zero subspace, also when the Hessian has vanished.
    const Eigen::MatrixXd& W = m.coefficients().weights;
    QVERIFY(W.colwise().sum().cwiseAbs().maxCoeff() <= 1e-12 * (1 + W.cwiseAbs().maxCoeff()));
    if (maxIter == 5) QCOMPARE(m.iterations(), 5);  // the loss cannot round to 0 in 5 steps
  }

  void separableWithPenaltyConverges() {
    LogisticParams params;
    params.lambda = 1;
    auto fit = fitLogistic(separable(3), params);
    QVERIFY(fit.ok());
    QVERIFY((*fit)->diagnostics.empty());
    QVERIFY((*fit)->iterations() <= 30);
  }

  void maxIterReachedIsReported() {
    LogisticParams params;
    params.maxIter = 1;
    auto fit = fitLogistic(threeClasses(), params);
    QVERIFY(fit.ok());
    QCOMPARE(int((*fit)->diagnostics.size()), 1);
    QCOMPARE(QString::fromStdString((*fit)->diagnostics[0].code), QString("not_converged"));
    QCOMPARE((*fit)->iterations(), 1);
  }

  void gradientStopRuleIsMet() {
    // The fit ends when the gradient's max-norm ≤ tol·n: check it from outside.
    LogisticParams params;
    params.tol = 1e-9;
    auto fit = fitLogistic(threeClasses(), params);
    QVERIFY(fit.ok());
    const Dataset data = threeClasses();
    const LogisticObjective f = logisticObjective(data.X, data.y, 1.0, (*fit)->coefficients());
    const double g = std::max(f.gradient.weights.cwiseAbs().maxCoeff(), f.gradient.intercepts.cwiseAbs().maxCoeff());
    QVERIFY(g <= 1e-9 * 30);
  }

  void warmStartFromTheSolutionNeedsNoStep() {
    const Dataset data = threeClasses();
    auto cold = fitLogistic(data, LogisticParams{});
    QVERIFY(cold.ok());
    LogisticParams params;
    auto warm = fitLogistic(data, params, {}, &(*cold)->coefficients());
    QVERIFY(warm.ok());
    QVERIFY((*warm)->iterations() <= 1);
    QVERIFY(maxRelDiff((*warm)->coefficients().weights, (*cold)->coefficients().weights) <= 1e-9);
    // A warm start of the wrong shape is refused.
    LogisticCoefficients bad{Eigen::MatrixXd::Zero(2, 2), Eigen::VectorXd::Zero(2)};
    auto refused = fitLogistic(data, params, {}, &bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Usage);
  }

  void stopRequestCancels() {
    std::stop_source source;
    source.request_stop();
    auto fit = fitLogistic(threeClasses(), LogisticParams{}, source.get_token());
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Cancelled);
  }

  // ---- errors ---------------------------------------------------------------

  void oneClassIsAUsageError() {
    const Dataset data = classificationData(1, {1, 2, 3}, {0, 0, 0}, {"only"});
    auto fit = fitLogistic(data, LogisticParams{});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Usage);
    QVERIFY(QString::fromStdString(fit.error().message).contains("at least two classes"));
  }

  void classWithoutRowsIsNamed() {
    Dataset data = threeClasses(20);
    data.classes = {"a", "b", "c"};  // "c" listed but absent
    auto fit = fitLogistic(data, LogisticParams{});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Numerical);
    QVERIFY(QString::fromStdString(fit.error().message).contains("'c'"));
  }

  void parameterDomains_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("lambda 0") << QString("lambda") << QString("0") << true;
    QTest::newRow("lambda -1") << QString("lambda") << QString("-1") << false;
    QTest::newRow("tol 0") << QString("tol") << QString("0") << false;
    QTest::newRow("tol 1e-3") << QString("tol") << QString("1e-3") << true;
    QTest::newRow("max_iter 0") << QString("max_iter") << QString("0") << false;
    QTest::newRow("max_iter 1") << QString("max_iter") << QString("1") << true;
    QTest::newRow("standardize maybe") << QString("standardize") << QString("maybe") << false;
  }
  void parameterDomains() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const ModelInfo* info = findModel("logistic");
    QVERIFY(info);
    auto fit = info->fit(threeClasses(), {{key.toStdString(), value.toStdString()}}, {});
    QCOMPARE(fit.ok(), ok);
    if (!ok) QCOMPARE(fit.error().code, ErrorCode::Usage);
  }

  void registryFitWritesContractJson() {
    const ModelInfo* info = findModel("logistic");
    QVERIFY(info);
    auto fit = info->fit(threeClasses(), {{"lambda", "1"}}, {});
    QVERIFY(fit.ok());
    nlohmann::json j;
    (*fit)->writeJson(j);
    QCOMPARE(int(j["intercepts"].size()), 3);
    QCOMPARE(int(j["weights"].size()), 3);
    QCOMPARE(int(j["weights"][0].size()), 2);
    QVERIFY(std::abs(j["weights"][0][0].get<double>() - -0.32930788997983573) <= 1e-6);
    const nlohmann::json& params = (*fit)->params;
    for (const char* key : {"lambda", "tol", "max_iter", "standardize"}) QVERIFY2(params.contains(key), key);
    QCOMPARE(params["max_iter"].get<int>(), 1000);
    QCOMPARE(params["tol"].get<double>(), 1e-10);
    QVERIFY((*fit)->hasProbabilities());
  }

  // ---- the step-wise trainer ------------------------------------------------

  void stepperDescendsAndApproachesTheFit() {
    const Dataset data = threeClasses();
    LogisticParams params;
    params.standardize = true;
    auto stepper = LogisticStepper::create(data, params);
    QVERIFY(stepper.ok());
    LogisticStepper s = std::move(stepper).value();
    QCOMPARE(s.logLikelihood(), -30 * std::log(3.0));  // zero start: p = 1/3 everywhere
    double previous = s.objective();
    for (int i = 0; i < 200; ++i) {
      const double ll = s.step(0.5);
      QCOMPARE(ll, s.logLikelihood());
      QVERIFY(s.objective() < previous);  // small steps on a smooth convex objective
      previous = s.objective();
    }
    QCOMPARE(s.steps(), 200);
    for (int i = 0; i < 3000; ++i) s.step(1.0);

    auto fit = fitLogistic(data, params);
    QVERIFY(fit.ok());
    Prediction fromFit, fromStepper;
    (*fit)->predict(rowMajor(4, 2, kT), fromFit);
    s.model()->predict(rowMajor(4, 2, kT), fromStepper);
    QVERIFY((fromFit.proba - fromStepper.proba).cwiseAbs().maxCoeff() <= 1e-6);
    QVERIFY(maxRelDiff(s.coefficients().weights, (*fit)->coefficients().weights) <= 1e-5);
    QVERIFY(std::abs(s.coefficients().intercepts.sum()) <= 1e-12);
  }

  void stepperWarmStartAndCopiesAreIndependent() {
    const Dataset data = threeClasses();
    auto fit = fitLogistic(data, LogisticParams{});
    QVERIFY(fit.ok());
    auto created = LogisticStepper::create(data, LogisticParams{}, &(*fit)->coefficients());
    QVERIFY(created.ok());
    LogisticStepper a = std::move(created).value();
    QVERIFY(a.gradientMaxNorm() <= 1e-10 * 30);  // starts at the minimiser
    LogisticStepper b = a;
    b.step(1.0);
    QCOMPARE(a.steps(), 0);
    QCOMPARE(b.steps(), 1);
    QVERIFY(maxRelDiff(b.coefficients().weights, (*fit)->coefficients().weights) <= 1e-9);
    QCOMPARE(QString::fromStdString(b.model()->modelId), QString("logistic"));
  }

  void stepperRefusesOneClass() {
    const Dataset data = classificationData(1, {1, 2, 3}, {0, 0, 0}, {"only"});
    auto s = LogisticStepper::create(data, LogisticParams{});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Usage);
  }
};

QTEST_APPLESS_MAIN(TestLogistic)
#include "test_logistic.moc"
