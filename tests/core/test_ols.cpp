// OLS against NIST StRD certified values, the registry entry, the JSON keys
// of the contract, and every way a design can be unusable (exit code 4).
#include <QtTest>

#include <cmath>
#include <limits>

#include "core/models/ols/ols.h"
#include "core/models/registry.h"
#include "ols_test_support.h"

using namespace supex;
using olstest::loadFixture;

namespace {

// NIST StRD, Norris: https://www.itl.nist.gov/div898/strd/lls/data/Norris.shtml
// (certified values, 15 significant digits; lower level of difficulty).
const double kNorrisB[] = {-0.262323073774029, 1.00211681802045};
const double kNorrisSe[] = {0.232818234301152, 0.429796848199937E-03};
const double kNorrisResidualSd = 0.884796396144373;
const double kNorrisR2 = 0.999993745883712;
const double kNorrisRss = 26.6173985294224;
const double kNorrisF = 5436385.54079785;

// NIST StRD, Longley: https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml
// (certified values; higher level of difficulty, condition number about 5e9).
const double kLongleyB[] = {-3482258.63459582, 15.0618722713733,   -0.358191792925910E-01, -2.02022980381683,
                            -1.03322686717359, -0.511041056535807E-01, 1829.15146461355};
const double kLongleySe[] = {890420.383607373,  84.9149257747669,  0.334910077722432E-01, 0.488399681651699,
                             0.214274163161675, 0.226073200069370, 455.478499142212};
const double kLongleyResidualSd = 304.854073561965;
const double kLongleyR2 = 0.995479004577296;
const double kLongleyRss = 836424.055505915;
const double kLongleyF = 330.285339234588;

// The brief asks for 9 significant digits; the tolerance is that, and the
// achieved agreement is printed.
constexpr double kNistTol = 1e-9;

OlsParams plain(bool standardize = false) {
  OlsParams p;
  p.standardize = standardize;
  return p;
}

std::shared_ptr<OlsModel> fitOrFail(const Dataset& d, const OlsParams& p) {
  auto r = fitOls(d, p);
  if (!r) qWarning("%s", r.error().message.c_str());
  return r ? r.value() : nullptr;
}

Dataset twoFeatures(const std::vector<double>& x1, const std::vector<double>& x2, const std::vector<double>& y) {
  const Eigen::Index n = static_cast<Eigen::Index>(y.size());
  Eigen::MatrixXd X(n, 2);
  Eigen::VectorXd yy(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    X(i, 0) = x1[static_cast<std::size_t>(i)];
    X(i, 1) = x2[static_cast<std::size_t>(i)];
    yy(i) = y[static_cast<std::size_t>(i)];
  }
  return olstest::makeDataset(X, yy, {"x1", "x2"});
}

}  // namespace

class TestOls : public QObject {
  Q_OBJECT
 private slots:
  void norrisCertified_data() {
    QTest::addColumn<bool>("standardize");
    QTest::newRow("raw") << false;
    QTest::newRow("standardize") << true;
  }
  void norrisCertified() {
    QFETCH(bool, standardize);
    const auto m = fitOrFail(loadFixture("norris.csv"), plain(standardize));
    QVERIFY(m);
    const OlsInference& inf = m->inference();
    double worst = 0;
    auto check = [&](const char* what, double actual, double expected) {
      worst = std::max(worst, olstest::relError(actual, expected));
      QVERIFY2(olstest::relError(actual, expected) <= kNistTol, olstest::describe(what, actual, expected).constData());
    };
    check("b0", m->intercept(), kNorrisB[0]);
    check("b1", m->weights()(0), kNorrisB[1]);
    check("se0", inf.se(0), kNorrisSe[0]);
    check("se1", inf.se(1), kNorrisSe[1]);
    check("residual sd", std::sqrt(inf.sigma2), kNorrisResidualSd);
    check("R2", inf.r2, kNorrisR2);
    check("RSS", inf.rss, kNorrisRss);
    check("F", inf.f_stat, kNorrisF);
    QCOMPARE(inf.df_resid, 34.0);
    QCOMPARE(inf.nobs, 36);
    qInfo("Norris: worst relative error against the certified values %.2e", worst);
  }

  void longleyCertified_data() {
    QTest::addColumn<bool>("standardize");
    QTest::newRow("raw") << false;
    QTest::newRow("standardize") << true;
  }
  void longleyCertified() {
    QFETCH(bool, standardize);
    const auto m = fitOrFail(loadFixture("longley.csv"), plain(standardize));
    QVERIFY(m);
    const OlsInference& inf = m->inference();
    double worst = 0;
    auto check = [&](const char* what, double actual, double expected) {
      worst = std::max(worst, olstest::relError(actual, expected));
      QVERIFY2(olstest::relError(actual, expected) <= kNistTol, olstest::describe(what, actual, expected).constData());
    };
    check("b0", m->intercept(), kLongleyB[0]);
    check("se0", inf.se(0), kLongleySe[0]);
    for (int j = 1; j <= 6; ++j) {
      check(qPrintable(QString("b%1").arg(j)), m->weights()(j - 1), kLongleyB[j]);
      check(qPrintable(QString("se%1").arg(j)), inf.se(j), kLongleySe[j]);
    }
    check("residual sd", std::sqrt(inf.sigma2), kLongleyResidualSd);
    check("R2", inf.r2, kLongleyR2);
    check("RSS", inf.rss, kLongleyRss);
    check("F", inf.f_stat, kLongleyF);
    QCOMPARE(inf.df_resid, 9.0);
    QCOMPARE(inf.rank, 7);
    qInfo("Longley: worst relative error against the certified values %.2e", worst);
  }

  // Units must not matter: GNP in units of 1e8 (x2 → x2·1e-8, a column of
  // values around 3e-3) leaves the fit and the rank decision unchanged, and
  // w2 and its SE scale by 1e8 exactly.
  void longleyInOtherUnits() {
    Dataset d = loadFixture("longley.csv");
    d.X.col(1) *= 1e-8;
    d.X.col(5).array() += 1e6;  // year + 1e6: a huge offset that the centring absorbs
    const auto m = fitOrFail(d, {});
    QVERIFY(m);
    OLS_COMPARE_REL(m->weights()(1), kLongleyB[2] * 1e8, kNistTol);
    OLS_COMPARE_REL(m->inference().se(2), kLongleySe[2] * 1e8, kNistTol);
    OLS_COMPARE_REL(m->weights()(5), kLongleyB[6], kNistTol);
    OLS_COMPARE_REL(m->inference().se(6), kLongleySe[6], kNistTol);
    OLS_COMPARE_REL(std::sqrt(m->inference().sigma2), kLongleyResidualSd, kNistTol);
    // b moves by −w6·1e6 (about −1.8e9); its certified 15 digits still give 9.
    OLS_COMPARE_REL(m->intercept(), kLongleyB[0] - kLongleyB[6] * 1e6, kNistTol);
  }

  void registryEntry() {
    const ModelInfo* info = findModel("ols");
    QVERIFY(info);
    QCOMPARE(info->tasks, std::vector<Task>{Task::Regression});
    std::vector<std::string> keys, defaults;
    for (const auto& s : info->params) {
      keys.push_back(s.key);
      defaults.push_back(s.defaultText);
    }
    QCOMPARE(keys, (std::vector<std::string>{"basis", "degree", "omega", "level", "standardize"}));
    QCOMPARE(defaults, (std::vector<std::string>{"none", "1", "1", "0.95", "false"}));
  }

  void levelOutsideItsDomain_data() {
    QTest::addColumn<QString>("level");
    QTest::newRow("zero") << QString("0");
    QTest::newRow("one") << QString("1");
    QTest::newRow("negative") << QString("-0.5");
    QTest::newRow("text") << QString("high");
  }
  void levelOutsideItsDomain() {
    QFETCH(QString, level);
    const ModelInfo* info = findModel("ols");
    auto r = info->fit(loadFixture("norris.csv"), {{"level", level.toStdString()}}, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QVERIFY2(r.error().message.find("'level' parameter of ols") != std::string::npos, r.error().message.c_str());
  }

  void fitThroughRegistryWritesContractJson() {
    const ModelInfo* info = findModel("ols");
    auto r = info->fit(loadFixture("longley.csv"), {{"level", "0.9"}}, {});
    QVERIFY(r);
    const auto* m = dynamic_cast<const OlsModel*>(r.value().get());
    QVERIFY(m);
    nlohmann::json j;
    m->writeJson(j);
    QCOMPARE(j["coefficients"].size(), std::size_t(7));
    const nlohmann::json& inf = j["inference"];
    for (const char* key : {"sigma2", "df_resid", "r2", "adj_r2", "f_stat", "f_pvalue", "level"})
      QVERIFY2(inf.contains(key) && inf[key].is_number(), key);
    for (const char* key : {"se", "t", "p", "ci_low", "ci_high"}) {
      QVERIFY2(inf.contains(key) && inf[key].is_array(), key);
      QCOMPARE(inf[key].size(), std::size_t(7));
    }
    QCOMPARE(inf["level"].get<double>(), 0.9);
    QCOMPARE(inf["df_resid"].get<double>(), 9.0);
    OLS_COMPARE_REL(j["coefficients"][6].get<double>(), kLongleyB[6], kNistTol);
    OLS_COMPARE_REL(inf["se"][0].get<double>(), kLongleySe[0], kNistTol);
    QCOMPARE(m->params["level"].get<double>(), 0.9);
    QCOMPARE(m->features, (std::vector<std::string>{"x1", "x2", "x3", "x4", "x5", "x6"}));
  }

  // Each unusable design: code 4 and a message that names the problem.
  void unusableDesign_data() {
    QTest::addColumn<QString>("basis");
    QTest::addColumn<int>("degree");
    QTest::addColumn<QVector<double>>("x1");
    QTest::addColumn<QVector<double>>("x2");
    QTest::addColumn<QString>("expected");

    const QVector<double> a{1, 2, 3, 4, 5, 6};
    QTest::newRow("duplicate column")
        << QString("none") << 1 << a << a
        << QString("The design is rank deficient: column 'x2' is a linear combination of the others (rank 2 of 3). "
                   "Remove a feature.");
    QTest::newRow("affine combination with the intercept")
        << QString("none") << 1 << a << QVector<double>{1, 3, 5, 7, 9, 11}  // x2 = 2·x1 − 1
        << QString("The design is rank deficient: column 'x2' is a linear combination of the others (rank 2 of 3). "
                   "Remove a feature.");
    QTest::newRow("constant column")
        << QString("none") << 1 << a << QVector<double>{7, 7, 7, 7, 7, 7}
        << QString("The design is rank deficient: column 'x2' is constant, so it duplicates the intercept. Remove it.");
    QTest::newRow("zero column")
        << QString("none") << 1 << QVector<double>{0, 0, 0, 0, 0, 0} << a
        << QString("The design is rank deficient: column 'x1' is constant, so it duplicates the intercept. Remove it.");
    // On 0/1 data x² = x: the poly basis itself creates the dependency.
    QTest::newRow("poly on binary data")
        << QString("poly") << 2 << QVector<double>{0, 1, 0, 1, 1, 0, 1, 0} << QVector<double>{1, 2, 4, 3, 5, 6, 8, 7}
        << QString("The design is rank deficient: column 'x1^2' is a linear combination of the others (rank 5 of 6). "
                   "Remove a feature or lower the degree.");
    QTest::newRow("more coefficients than rows")
        << QString("poly") << 2 << QVector<double>{1, 2, 3} << QVector<double>{2, 1, 5}
        << QString("n = 3 rows cannot determine 6 coefficients (the intercept and 5 design columns); OLS needs at "
                   "least 7 rows for inference. Remove a feature or lower the degree.");
    QTest::newRow("as many coefficients as rows")
        << QString("none") << 1 << QVector<double>{1, 2, 4} << QVector<double>{3, 1, 2}
        << QString("n = 3 rows exactly determine 3 coefficients (the intercept and 2 design columns), leaving no "
                   "residual degrees of freedom: the residual variance, standard errors and intervals are "
                   "undefined. OLS needs at least 4 rows for inference.");
    // (6e20)^15 ≈ 4.7e311 > DBL_MAX: x1^15 is the first column that overflows.
    QTest::newRow("basis overflow")
        << QString("poly") << 20 << QVector<double>{1e20, 2e20, 3e20, 4e20, 5e20, 6e20} << a
        << QString("The design column 'x1^15' has non-finite values (the basis expansion overflowed). Remove a "
                   "feature or lower the degree. Or rescale the feature.");
  }
  void unusableDesign() {
    QFETCH(QString, basis);
    QFETCH(int, degree);
    QFETCH(QVector<double>, x1);
    QFETCH(QVector<double>, x2);
    QFETCH(QString, expected);
    std::vector<double> y;
    for (int i = 0; i < x1.size(); ++i) y.push_back(1.0 + 0.5 * i + (i % 2 ? 0.3 : -0.2));
    const Dataset d = twoFeatures(std::vector<double>(x1.begin(), x1.end()), std::vector<double>(x2.begin(), x2.end()), y);
    OlsParams p;
    p.basis.basis = basis.toStdString();
    p.basis.degree = degree;
    for (bool standardize : {false, true}) {
      p.standardize = standardize;
      auto r = fitOls(d, p);
      QVERIFY(!r);
      QCOMPARE(r.error().code, ErrorCode::Numerical);
      QCOMPARE(QString::fromStdString(r.error().message), expected);
    }
  }

  // Several dependent columns are all named, in column order.
  void severalDependentColumns() {
    Eigen::MatrixXd X(7, 4);
    X.col(0) << 1, 2, 3, 4, 5, 6, 8;
    X.col(1) << 2, 1, 4, 3, 7, 5, 6;
    X.col(2) = X.col(0) + X.col(1);
    X.col(3) = 3.0 * X.col(1);
    Eigen::VectorXd y(7);
    y << 1, 3, 2, 5, 4, 7, 6;
    auto r = fitOls(olstest::makeDataset(X, y, {"a", "b", "c", "d"}), {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Numerical);
    QCOMPARE(QString::fromStdString(r.error().message),
             QString("The design is rank deficient: columns 'c' and 'd' are linear combinations of the others "
                     "(rank 3 of 5). Remove a feature."));
  }

  // No features: the intercept alone. ȳ, SE = s/√n and the t interval by
  // hand; F has no slopes to test and is NaN (null in JSON).
  void interceptOnly() {
    Eigen::VectorXd y(5);
    y << 1, 2, 3, 4, 6;
    const Dataset d = olstest::makeDataset(Eigen::MatrixXd(5, 0), y, {});
    const auto m = fitOrFail(d, {});
    QVERIFY(m);
    const OlsInference& inf = m->inference();
    // ȳ = 3.2, s² = 14.8/4 = 3.7, SE = √(3.7/5); t(0.975; 4) = 2.7764451051977987
    // (scipy.stats.t.isf(0.025, 4)).
    OLS_COMPARE_REL(m->intercept(), 3.2, 1e-15);
    OLS_COMPARE_REL(inf.sigma2, 3.7, 1e-14);
    OLS_COMPARE_REL(inf.se(0), std::sqrt(0.74), 1e-14);
    OLS_COMPARE_REL(inf.ci_low(0), 3.2 - 2.7764451051977987 * std::sqrt(0.74), 1e-13);
    OLS_COMPARE_REL(inf.ci_high(0), 3.2 + 2.7764451051977987 * std::sqrt(0.74), 1e-13);
    QCOMPARE(inf.r2, 0.0);
    QVERIFY(std::isnan(inf.f_stat));
    QVERIFY(std::isnan(inf.f_pvalue));
    nlohmann::json j;
    m->writeJson(j);
    QVERIFY(j["inference"]["f_stat"].is_null());
    QVERIFY(j["inference"]["f_pvalue"].is_null());
    QCOMPARE(j["coefficients"].size(), std::size_t(1));
  }

  // y constant: the fit is exact, R² and F are undefined, and the user is told.
  void constantTarget() {
    Eigen::MatrixXd X(5, 1);
    X << 1, 2, 3, 4, 5;
    const auto m = fitOrFail(olstest::makeDataset(X, Eigen::VectorXd::Constant(5, 2.5), {"x"}), {});
    QVERIFY(m);
    QCOMPARE(m->intercept(), 2.5);
    QVERIFY(std::abs(m->weights()(0)) < 1e-15);
    QVERIFY(std::isnan(m->inference().r2));
    QVERIFY(std::isnan(m->inference().f_stat));
    QCOMPARE(m->diagnostics.size(), std::size_t(1));
    QCOMPARE(m->diagnostics[0].code, std::string("perfect_fit"));
    nlohmann::json j;
    m->writeJson(j);
    QVERIFY(j["inference"]["r2"].is_null());
  }

  // y = 1 + 2x exactly: a perfect fit is reported, never a crash or a throw.
  void perfectFit() {
    Eigen::MatrixXd X(6, 1);
    X << 0, 1, 2, 3, 4, 5;
    Eigen::VectorXd y = (1.0 + 2.0 * X.col(0).array()).matrix();
    const auto m = fitOrFail(olstest::makeDataset(X, y, {"x"}), {});
    QVERIFY(m);
    OLS_COMPARE_REL(m->intercept(), 1.0, 1e-14);
    OLS_COMPARE_REL(m->weights()(0), 2.0, 1e-14);
    QVERIFY(m->inference().sigma2 < 1e-28);
    QVERIFY(m->inference().p(1) < 1e-20 || std::isnan(m->inference().p(1)));
    bool told = false;
    for (const auto& diag : m->diagnostics) told = told || diag.code == "perfect_fit";
    QVERIFY(told);
    nlohmann::json j;
    m->writeJson(j);  // infinities are written as strings, never as invalid JSON
    QVERIFY(!j.dump().empty());
  }

  // A design that is nearly, not exactly, collinear fits with a warning.
  void illConditionedIsADiagnostic() {
    Eigen::MatrixXd X(8, 2);
    X.col(0) << 1, 2, 3, 4, 5, 6, 7, 8;
    X.col(1) = X.col(0);
    X(3, 1) += 1e-8;  // the only difference from x1
    Eigen::VectorXd y(8);
    y << 2, 4, 5, 4, 6, 8, 9, 8;
    const auto m = fitOrFail(olstest::makeDataset(X, y, {"x1", "x2"}), {});
    QVERIFY(m);
    bool told = false;
    for (const auto& diag : m->diagnostics) told = told || diag.code == "ill_conditioned";
    QVERIFY(told);
  }

  void cancelled() {
    std::stop_source source;
    source.request_stop();
    auto r = fitOls(loadFixture("norris.csv"), {}, source.get_token());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
  }
};

QTEST_APPLESS_MAIN(TestOls)
#include "test_ols.moc"
