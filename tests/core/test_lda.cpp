// Linear discriminant analysis: hand-computed discriminants, scikit-learn's
// probabilities, priors, standardisation and the singular-covariance errors.
#include <QtTest>
#include <cmath>

#include "core/models/lda/lda.h"
#include "core/models/registry.h"
#include "tests/core/classification_data.h"
#include "tests/core/discriminant_reference.h"

using namespace supex;
using namespace supex::test;
using Vec = std::vector<double>;
Q_DECLARE_METATYPE(Vec)

namespace {

// Two classes of three points in the plane, chosen for a hand calculation:
//   A: (0,0) (2,0) (1,3)   μ_A = (1,1), deviations (−1,−1) (1,−1) (0,2)
//   B: (4,1) (6,1) (5,4)   μ_B = (5,2), the same deviations
// Each class scatters Σ dev devᵀ = [[2,0],[0,6]], so the pooled covariance is
//   Σ = 2·[[2,0],[0,6]] / (n − K) = [[4,0],[0,12]] / 4 = diag(1, 3),
// Σ⁻¹μ_A = (1, 1/3), Σ⁻¹μ_B = (5, 2/3), ½μ_AᵀΣ⁻¹μ_A = 2/3, ½μ_BᵀΣ⁻¹μ_B = 79/6:
//   δ_A(x) = log π_A + x₁ + x₂/3 − 2/3,   δ_B(x) = log π_B + 5x₁ + 2x₂/3 − 79/6.
Dataset handData() { return classificationData(2, {0, 0, 2, 0, 1, 3, 4, 1, 6, 1, 5, 4}, {0, 0, 0, 1, 1, 1}, {"A", "B"}); }

Result<FittedModelPtr> fitVia(const Dataset& data, const ParamValues& values) {
  return findModel("lda")->fit(data, values, {});
}

}  // namespace

class TestLda : public QObject {
  Q_OBJECT
 private slots:
  void handComputedDiscriminants() {
    auto fit = fitLda(handData(), LdaParams{});
    QVERIFY(fit.ok());
    const LdaModel& m = **fit;
    QVERIFY(maxRelDiff(m.means(), rowMajor(2, 2, {1, 1, 5, 2})) <= 1e-15);
    QVERIFY(maxRelDiff(m.covariance(), rowMajor(2, 2, {1, 0, 0, 3})) <= 1e-15);
    QVERIFY(maxRelDiff(m.priors(), Eigen::Vector2d(0.5, 0.5)) <= 1e-15);

    // x = (2,0): δ_A = log ½ + 2 − 2/3 = log ½ + 4/3, δ_B = log ½ + 10 − 79/6 = log ½ − 19/6;
    // x = (3,1.5), the midpoint of the means: δ_A = δ_B = log ½ + 17/6.
    const Eigen::MatrixXd x = rowMajor(2, 2, {2, 0, 3, 1.5});
    const Eigen::MatrixXd delta = m.discriminants(x);
    const double h = std::log(0.5);
    QVERIFY(maxRelDiff(delta, rowMajor(2, 2, {h + 4.0 / 3, h - 19.0 / 6, h + 17.0 / 6, h + 17.0 / 6})) <= 1e-14);

    // p_A(2,0) = 1 / (1 + e^{−4.5}) = 0.9890130573694068; p(3,1.5) = (½, ½).
    Prediction p;
    m.predict(x, p);
    QVERIFY(std::abs(p.proba(0, 0) - 0.9890130573694068) <= 1e-14);
    QVERIFY(std::abs(p.proba(1, 0) - 0.5) <= 1e-14);
    QCOMPARE(p.value(0), 0.0);
  }

  void priorsAreNormalised() {
    // priors=1,4 → π = (0.2, 0.8): p_A(2,0) = 1 / (1 + 4e^{−4.5}) = 0.9574545623263683.
    auto fit = fitVia(handData(), {{"priors", "1,4"}});
    QVERIFY(fit.ok());
    Prediction p;
    (*fit)->predict(rowMajor(1, 2, {2, 0}), p);
    QVERIFY(std::abs(p.proba(0, 0) - 0.9574545623263683) <= 1e-14);
    nlohmann::json j;
    (*fit)->writeJson(j);
    QVERIFY(std::abs(j["priors"][0].get<double>() - 0.2) <= 1e-15);
    QVERIFY(std::abs(j["priors"][1].get<double>() - 0.8) <= 1e-15);
    QCOMPARE(int(j["means"].size()), 2);
    QCOMPARE(int(j["covariance"].size()), 2);
    QCOMPARE(int(j["covariance"][0].size()), 2);
  }

  void badPriorsAreUsageErrors_data() {
    QTest::addColumn<QString>("priors");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("too many") << QString("1,2,3") << QString("has 3 values but the data have 2 classes (A, B)");
    QTest::newRow("too few") << QString("1") << QString("has 1 value but the data have 2 classes");
    QTest::newRow("negative") << QString("1,-1") << QString("'priors' parameter of lda");
    QTest::newRow("zero") << QString("0,1") << QString("'priors' parameter of lda");
  }
  void badPriorsAreUsageErrors() {
    QFETCH(QString, priors);
    QFETCH(QString, fragment);
    auto fit = fitVia(handData(), {{"priors", priors.toStdString()}});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Usage);
    QVERIFY2(QString::fromStdString(fit.error().message).contains(fragment), fit.error().message.c_str());
  }

  void matchesScikitLearn_data() {
    // scikit-learn 1.2.1 (/usr/bin/python3), data of discriminant_reference.h
    // (whole script: tests/core/reference/discriminant_reference.py):
    //   from sklearn.discriminant_analysis import LinearDiscriminantAnalysis as LDA
    //   LDA(solver="svd", priors=pri).fit(X, y).predict_proba(T)
    // The 'svd' solver whitens with the pooled within-class covariance divided
    // by n − K — the contract's Σ — while 'lsqr'/'eigen' weight the biased class
    // covariances by the priors, a different Σ. The script also evaluated the
    // contract's formula in numpy: it agrees with these to 3e-16.
    QTest::addColumn<QString>("priors");
    QTest::addColumn<Vec>("P");
    QTest::newRow("class frequencies") << QString()
        << Vec{0.7844474505781367, 0.21459072924849568, 0.0009618201733676129, 0.27064975124205154,
               0.12176866477918037, 0.607581583978768, 0.01772326598118071, 0.9822751263469692,
               1.6076718500448161e-06, 7.076651753487143e-06, 1.9330179865634836e-08, 0.9999929040180666};
    QTest::newRow("priors 1,2,3 = [1/6, 2/6, 3/6]") << QString("1,2,3")
        << Vec{0.6943756409769671, 0.3039215948700116, 0.0017027641530213337, 0.16103942729798248,
               0.11592580269599681, 0.7230347700060207, 0.011151149804131025, 0.9888468271613274,
               2.023034541688894e-06, 3.5383384102172655e-06, 1.5464198669667235e-08, 0.999996446197391};
  }
  void matchesScikitLearn() {
    QFETCH(QString, priors);
    QFETCH(Vec, P);
    ParamValues values;
    if (!priors.isEmpty()) values["priors"] = priors.toStdString();
    for (const char* standardize : {"false", "true"}) {  // LDA is affine-equivariant: same probabilities
      values["standardize"] = standardize;
      auto fit = fitVia(discriminantData(), values);
      QVERIFY(fit.ok());
      Prediction p;
      (*fit)->predict(discriminantTestPoints(), p);
      const double err = (p.proba - rowMajor(4, 3, P)).cwiseAbs().maxCoeff();
      QVERIFY2(err <= 1e-9, qPrintable(QString("standardize=%1: max |p - p_sklearn| = %2").arg(standardize).arg(err)));
    }
  }

  void meansAndPooledCovarianceMatchNumpy() {
    // mu = np.array([X[y == k].mean(0) for k in range(3)])
    // W = sum((X[y==k] - mu[k]).T @ (X[y==k] - mu[k]) for k in range(3)) / (30 - 3)
    const Vec mu{-0.32000000000000006, -0.028749999999999998, 0.23124999999999998, 1.815, 0.9950000000000001,
                 -1.1340000000000001, 0.65, 3.3275, 1.163333333333333};
    const Vec W{1.4065277777777778,   0.5582944444444445,  -0.13946296296296298, 0.5582944444444445, 1.2942800925925924,
                -0.41714861111111107, -0.13946296296296298, -0.41714861111111107, 1.107214598765432};
    for (bool standardize : {false, true}) {  // reported in original units either way
      LdaParams params;
      params.standardize = standardize;
      auto fit = fitLda(discriminantData(), params);
      QVERIFY(fit.ok());
      QVERIFY(maxRelDiff((*fit)->means(), rowMajor(3, 3, mu)) <= 1e-12);
      QVERIFY(maxRelDiff((*fit)->covariance(), rowMajor(3, 3, W)) <= 1e-12);
      QVERIFY(maxRelDiff((*fit)->priors(), Eigen::Vector3d(8.0 / 30, 10.0 / 30, 12.0 / 30)) <= 1e-15);
    }
  }

  void singularPooledCovariance_data() {
    QTest::addColumn<Vec>("X");
    QTest::addColumn<int>("d");
    QTest::addColumn<QString>("fragment");
    // x2 is 7 everywhere.
    QTest::newRow("constant feature") << Vec{0, 7, 2, 7, 1, 7, 4, 7, 6, 7, 5, 7} << 2
                                      << QString("feature 'x2' does not vary within the classes");
    // x2 is the class (0 for A, 1 for B): it varies, but not within a class.
    QTest::newRow("constant within classes") << Vec{0, 0, 2, 0, 1, 0, 4, 1, 6, 1, 5, 1} << 2
                                             << QString("feature 'x2' does not vary within the classes");
    // x3 = x1 + x2.
    QTest::newRow("collinear") << Vec{0, 0, 0, 2, 0, 2, 1, 3, 4, 4, 1, 5, 6, 1, 7, 5, 4, 9} << 3
                               << QString("feature 'x3' is a linear combination of the features before it (x1, x2) "
                                          "within the classes");
  }
  void singularPooledCovariance() {
    QFETCH(Vec, X);
    QFETCH(int, d);
    QFETCH(QString, fragment);
    for (const char* standardize : {"false", "true"}) {
      auto fit = fitVia(classificationData(d, X, {0, 0, 0, 1, 1, 1}, {"A", "B"}), {{"standardize", standardize}});
      QVERIFY(!fit.ok());
      QCOMPARE(fit.error().code, ErrorCode::Numerical);
      QVERIFY2(QString::fromStdString(fit.error().message).contains(fragment), fit.error().message.c_str());
    }
  }

  void tooFewRows() {
    // n = K: the pooled covariance divides by n − K = 0.
    auto fit = fitVia(classificationData(1, {0, 1}, {0, 1}, {"A", "B"}), {});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Numerical);
    QVERIFY2(QString::fromStdString(fit.error().message).contains("n − K = 0"), fit.error().message.c_str());
    // n − K = 1 < d = 2: the within-class variation spans one direction only.
    fit = fitVia(classificationData(2, {0, 0, 1, 2, 5, 5}, {0, 0, 1}, {"A", "B"}), {});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Numerical);
    QVERIFY2(QString::fromStdString(fit.error().message).contains("n − K = 1 is less than the 2 features"),
             fit.error().message.c_str());
  }

  void oneClassIsAUsageError() {
    auto fit = fitVia(classificationData(1, {0, 1, 2}, {0, 0, 0}, {"A"}), {});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Usage);
  }

  void emptyListedClassIsNamed() {
    Dataset data = handData();
    data.classes = {"A", "B", "C"};
    auto fit = fitVia(data, {});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Numerical);
    QVERIFY(QString::fromStdString(fit.error().message).contains("'C'"));
  }
};

QTEST_APPLESS_MAIN(TestLda)
#include "test_lda.moc"
