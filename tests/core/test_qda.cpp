// Quadratic discriminant analysis: hand-computed discriminants, scikit-learn's
// probabilities and covariances, regularisation, priors, standardisation and
// the errors for small classes and singular class covariances.
#include <QtTest>
#include <cmath>

#include "core/models/qda/qda.h"
#include "core/models/registry.h"
#include "tests/core/classification_data.h"
#include "tests/core/discriminant_reference.h"

using namespace supex;
using namespace supex::test;
using Vec = std::vector<double>;
Q_DECLARE_METATYPE(Vec)

namespace {

// Two classes of three points, for a hand calculation:
//   A: (0,0) (2,0) (1,3)  μ_A = (1,1), deviations (−1,−1) (1,−1) (0,2),
//      scatter [[2,0],[0,6]], Σ_A = scatter/(3−1) = diag(1, 3), |Σ_A| = 3
//   B: (4,1) (8,1) (6,4)  μ_B = (6,2), deviations (−2,−1) (2,−1) (0,2),
//      scatter [[8,0],[0,6]], Σ_B = diag(4, 3), |Σ_B| = 12
// At x = (3, 1.5), π = (½, ½):
//   A: x − μ_A = (2, 0.5),   (x−μ)ᵀΣ⁻¹(x−μ) = 4/1 + 0.25/3 = 49/12
//   B: x − μ_B = (−3, −0.5), (x−μ)ᵀΣ⁻¹(x−μ) = 9/4 + 0.25/3 = 7/3
//   δ_A = log ½ − ½ log 3 − 49/24 = −3.2841199915606665
//   δ_B = log ½ − ½ log 12 − 7/6  = −3.1022671721206123,  p_B = 0.5453383271076291
// With reg r = ½: Σ_A = ½diag(1,3) + ½I = diag(1, 2), Σ_B = ½diag(4,3) + ½I = diag(2.5, 2):
//   A: 4/1 + 0.25/2 = 4.125,  δ_A = log ½ − ½ log 2 − 4.125/2 = −3.102220770839918
//   B: 9/2.5 + 0.25/2 = 3.725, δ_B = log ½ − ½ log 5 − 3.725/2 = −3.3603661367769955,
//   p_B = 0.4358196728582046
Dataset handData() {
  return classificationData(2, {0, 0, 2, 0, 1, 3, 4, 1, 8, 1, 6, 4}, {0, 0, 0, 1, 1, 1}, {"A", "B"});
}

Result<FittedModelPtr> fitVia(const Dataset& data, const ParamValues& values) {
  return findModel("qda")->fit(data, values, {});
}

}  // namespace

class TestQda : public QObject {
  Q_OBJECT
 private slots:
  void handComputedDiscriminants_data() {
    QTest::addColumn<double>("reg");
    QTest::addColumn<Vec>("covA");
    QTest::addColumn<Vec>("covB");
    QTest::addColumn<double>("deltaA");
    QTest::addColumn<double>("deltaB");
    QTest::addColumn<double>("pB");
    QTest::newRow("reg=0") << 0.0 << Vec{1, 0, 0, 3} << Vec{4, 0, 0, 3} << -3.2841199915606665 << -3.1022671721206123
                           << 0.5453383271076291;
    QTest::newRow("reg=0.5") << 0.5 << Vec{1, 0, 0, 2} << Vec{2.5, 0, 0, 2} << -3.102220770839918
                             << -3.3603661367769955 << 0.4358196728582046;
  }
  void handComputedDiscriminants() {
    QFETCH(double, reg);
    QFETCH(Vec, covA);
    QFETCH(Vec, covB);
    QFETCH(double, deltaA);
    QFETCH(double, deltaB);
    QFETCH(double, pB);
    QdaParams params;
    params.reg = reg;
    auto fit = fitQda(handData(), params);
    QVERIFY(fit.ok());
    const QdaModel& m = **fit;
    QVERIFY(maxRelDiff(m.means(), rowMajor(2, 2, {1, 1, 6, 2})) <= 1e-15);
    QCOMPARE(int(m.covariances().size()), 2);
    QVERIFY(maxRelDiff(m.covariances()[0], rowMajor(2, 2, covA)) <= 1e-15);
    QVERIFY(maxRelDiff(m.covariances()[1], rowMajor(2, 2, covB)) <= 1e-15);
    const Eigen::MatrixXd x = rowMajor(1, 2, {3, 1.5});
    const Eigen::MatrixXd delta = m.discriminants(x);
    QVERIFY(maxRelDiff(delta, rowMajor(1, 2, {deltaA, deltaB})) <= 1e-14);
    Prediction p;
    m.predict(x, p);
    QVERIFY(std::abs(p.proba(0, 1) - pB) <= 1e-14);
    QCOMPARE(p.value(0), pB > 0.5 ? 1.0 : 0.0);
  }

  void matchesScikitLearn_data() {
    // scikit-learn 1.2.1 (/usr/bin/python3), data of discriminant_reference.h
    // (whole script: tests/core/reference/discriminant_reference.py):
    //   from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis as QDA
    //   m = QDA(reg_param=r, priors=pri, store_covariance=True).fit(X, y)
    //   m.predict_proba(T), m.covariance_
    // sklearn regularises the eigenvalues of the class covariance from an SVD
    // of the centred rows, S2 = (1 − r)·s²/(n_k − 1) + r; with n_k ≥ d (here 8,
    // 10, 12 ≥ 3) that is exactly (1 − r)Σ_k + rI. The script also evaluated the
    // contract's formula in numpy (np.cov(ddof=1), slogdet, solve): it agrees
    // with these to 3e-16. sklearn does not normalise priors, so they are given
    // normalised there; here as "2,1,1".
    // standardize: s = StandardScaler().fit(X); QDA(reg_param=0.3).fit(s.transform(X), y),
    //   probabilities at s.transform(T), covariances back to raw units as S Σ S, S = diag(s.scale_).
    QTest::addColumn<double>("reg");
    QTest::addColumn<QString>("priors");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<Vec>("P");
    QTest::addColumn<Vec>("covariances");
    QTest::newRow("reg=0") << 0.0 << QString() << false
        << Vec{0.9045470068362543, 0.09509755181287066, 0.00035544135087510367, 0.00038457805990736146,
               0.010979341848820037, 0.9886360800912726, 0.11555164336899965, 0.8843619908237194,
               8.636580728088657e-05, 1.4503478145627652e-20, 5.0409236830954215e-19, 1.0}
        << Vec{1.8082571428571437,  0.19181428571428571,  0.048457142857142844, 0.19181428571428571,
               0.2654982142857145,  -0.1657160714285717,  0.04845714285714284,  -0.1657160714285717,
               0.9252410714285725,  1.7709166666666663,   1.652194444444444,    -0.3638777777777775,
               1.6521944444444443,  2.125894444444444,    -0.6797999999999998,  -0.36387777777777763,
               -0.6797999999999998, 1.44447111111111,     0.8527454545454556,   -0.10350000000000023,
               -0.075436363636364,  -0.1035000000000002,  1.2685477272727272,   -0.3622545454545454,
               -0.075436363636364,  -0.3622545454545454,  0.9470787878787887};
    QTest::newRow("reg=0.3, priors 2,1,1") << 0.3 << QString("2,1,1") << false
        << Vec{0.930708322829313, 0.06896275787933386, 0.0003289192913531646, 0.06431318020652695,
               0.0812777849555617, 0.8544090348379113, 0.0948296465824391, 0.9050852478665858,
               8.510555097509665e-05, 4.8538015880342894e-09, 1.3632693280175222e-10, 0.9999999950098715}
        << Vec{1.5657800000000004,   0.13427,              0.033919999999999985, 0.13427,
               0.48584875000000016,  -0.11600125000000015, 0.033919999999999985, -0.11600125000000015,
               0.9476687500000006,   1.5396416666666664,   1.1565361111111108,   -0.2547144444444442,
               1.1565361111111105,   1.7881261111111106,   -0.47585999999999984, -0.2547144444444442,
               -0.47585999999999984, 1.3111297777777768,   0.8969218181818187,   -0.07245000000000015,
               -0.052805454545454766, -0.07245000000000015, 1.187983409090909,   -0.2535781818181818,
               -0.052805454545454766, -0.2535781818181817, 0.962955151515152};
    QTest::newRow("reg=0.3, standardize") << 0.3 << QString() << true
        << Vec{0.7598393649259826, 0.225677337893545, 0.01448329718047249, 0.12161369425478152,
               0.14679661733299434, 0.7315896884122242, 0.05109993045519972, 0.9468718569536647,
               0.002028212591135514, 0.0002421014902182121, 5.199084921456065e-06, 0.9997526994248602}
        << Vec{1.851492966666666,    0.13426999999999978,  0.033920000000000027, 0.1342699999999997,
               1.1413362499999995,   -0.11600124999999992, 0.03392000000000002,  -0.11600124999999996,
               1.2352314499999995,   1.8253546333333346,   1.156536111111112,    -0.2547144444444448,
               1.156536111111112,    2.4436136111111115,   -0.47586000000000034, -0.25471444444444474,
               -0.4758600000000002,  1.5986924777777785,   1.1826347848484846,   -0.07244999999999974,
               -0.052805454545454496, -0.07244999999999974, 1.8434709090909092,  -0.2535781818181824,
               -0.052805454545454523, -0.25357818181818226, 1.250517851515152};
  }
  void matchesScikitLearn() {
    QFETCH(double, reg);
    QFETCH(QString, priors);
    QFETCH(bool, standardize);
    QFETCH(Vec, P);
    QFETCH(Vec, covariances);
    QdaParams params;
    params.reg = reg;
    params.standardize = standardize;
    if (!priors.isEmpty())
      for (const QString& v : priors.split(',')) params.priors.push_back(v.toDouble());
    auto fit = fitQda(discriminantData(), params);
    QVERIFY(fit.ok());
    Prediction p;
    (*fit)->predict(discriminantTestPoints(), p);
    const double err = (p.proba - rowMajor(4, 3, P)).cwiseAbs().maxCoeff();
    QVERIFY2(err <= 1e-9, qPrintable(QString("max |p - p_sklearn| = %1").arg(err)));
    for (int k = 0; k < 3; ++k) {
      const Vec cov(covariances.begin() + 9 * k, covariances.begin() + 9 * (k + 1));
      QVERIFY(maxRelDiff((*fit)->covariances()[static_cast<std::size_t>(k)], rowMajor(3, 3, cov)) <= 1e-12);
    }
  }

  void writesContractJson() {
    auto fit = fitVia(handData(), {{"reg", "0.5"}, {"priors", "3,1"}});
    QVERIFY(fit.ok());
    nlohmann::json j;
    (*fit)->writeJson(j);
    QVERIFY(std::abs(j["priors"][0].get<double>() - 0.75) <= 1e-15);
    QCOMPARE(int(j["means"].size()), 2);
    QCOMPARE(int(j["covariances"].size()), 2);
    QCOMPARE(j["covariances"][1][0][0].get<double>(), 2.5);
    QCOMPARE((*fit)->params["reg"].get<double>(), 0.5);
  }

  void classWithOnePointIsNamed() {
    const Dataset data = classificationData(2, {0, 0, 2, 0, 1, 3, 4, 1, 8, 1, 6, 4, 3, 3}, {0, 0, 0, 1, 1, 1, 2},
                                            {"setosa", "versicolor", "virginica"});
    for (const char* reg : {"0", "0.5"}) {  // no regularisation can estimate a covariance from one point
      auto fit = fitVia(data, {{"reg", reg}});
      QVERIFY(!fit.ok());
      QCOMPARE(fit.error().code, ErrorCode::Numerical);
      QVERIFY2(QString::fromStdString(fit.error().message).contains("'virginica' has 1 training row"),
               fit.error().message.c_str());
    }
  }

  void singularClassCovariance_data() {
    QTest::addColumn<Vec>("X");
    QTest::addColumn<std::vector<int>>("y");
    QTest::addColumn<QString>("fragment");
    // versicolor has 2 points in the plane: Σ has rank 1.
    QTest::newRow("too few rows") << Vec{0, 0, 2, 0, 1, 3, 4, 1, 8, 2} << std::vector<int>{0, 0, 0, 1, 1}
                                  << QString("class 'versicolor' in qda is singular: its 2 rows");
    // x2 is 1 for every versicolor row.
    QTest::newRow("constant within the class") << Vec{0, 0, 2, 0, 1, 3, 4, 1, 8, 1, 6, 1}
                                               << std::vector<int>{0, 0, 0, 1, 1, 1}
                                               << QString("class 'versicolor' in qda is singular: feature 'x2' "
                                                          "does not vary within that class");
    // x2 = 2·x1 for setosa.
    QTest::newRow("collinear within the class") << Vec{0, 0, 1, 2, 3, 6, 4, 1, 8, 1, 6, 4}
                                                << std::vector<int>{0, 0, 0, 1, 1, 1}
                                                << QString("class 'setosa' in qda is singular: feature 'x2' is a "
                                                           "linear combination of the features before it (x1) "
                                                           "within that class");
  }
  void singularClassCovariance() {
    QFETCH(Vec, X);
    QFETCH(std::vector<int>, y);
    QFETCH(QString, fragment);
    const Dataset data = classificationData(2, X, y, {"setosa", "versicolor"});
    auto fit = fitVia(data, {});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Numerical);
    const QString message = QString::fromStdString(fit.error().message);
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.contains("reg (regularisation) above 0"), qPrintable(message));
    // Any r > 0 makes (1 − r)Σ_k + rI positive definite.
    auto regularised = fitVia(data, {{"reg", "0.01"}});
    QVERIFY(regularised.ok());
    Prediction p;
    (*regularised)->predict(data.X, p);
    QVERIFY(p.proba.allFinite());
  }

  void badParametersAreUsageErrors_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("reg above 1") << QString("reg") << QString("1.5");
    QTest::newRow("reg negative") << QString("reg") << QString("-0.1");
    QTest::newRow("priors wrong length") << QString("priors") << QString("1,2,3");
    QTest::newRow("priors not positive") << QString("priors") << QString("1,0");
  }
  void badParametersAreUsageErrors() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    auto fit = fitVia(handData(), {{key.toStdString(), value.toStdString()}});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Usage);
  }

  void oneClassIsAUsageError() {
    auto fit = fitVia(classificationData(1, {0, 1, 2}, {0, 0, 0}, {"A"}), {});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::Usage);
  }
};

QTEST_APPLESS_MAIN(TestQda)
#include "test_qda.moc"
