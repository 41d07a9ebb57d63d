// The text summary against statsmodels' OLSResults.summary() on NIST Longley:
// the coefficient table must be the same, character for character, and the
// header lines the two share must read the same.
//
// Reference: /usr/bin/python3 (statsmodels 0.13.5) running
//   import statsmodels.api as sm
//   d = sm.datasets.longley.load_pandas()
//   r = sm.OLS(d.endog, sm.add_constant(d.exog)).fit()
//   for alpha in (0.05, 0.10):
//       print(r.summary(alpha=alpha).as_text())
// whose output is pasted below (the table and the lines we share).
#include <QtTest>

#include <sstream>
#include <string>
#include <vector>

#include "core/models/ols/ols_summary.h"
#include "ols_test_support.h"

using namespace supex;

namespace {

const std::vector<std::string> kTable95{
    "                 coef    std err          t      P>|t|      [0.025      0.975]",
    "------------------------------------------------------------------------------",
    "const      -3.482e+06    8.9e+05     -3.911      0.004    -5.5e+06   -1.47e+06",
    "GNPDEFL       15.0619     84.915      0.177      0.863    -177.029     207.153",
    "GNP           -0.0358      0.033     -1.070      0.313      -0.112       0.040",
    "UNEMP         -2.0202      0.488     -4.136      0.003      -3.125      -0.915",
    "ARMED         -1.0332      0.214     -4.822      0.001      -1.518      -0.549",
    "POP           -0.0511      0.226     -0.226      0.826      -0.563       0.460",
    "YEAR        1829.1515    455.478      4.016      0.003     798.788    2859.515",
};
const std::vector<std::string> kTable90{
    "                 coef    std err          t      P>|t|       [0.05       0.95]",
    "------------------------------------------------------------------------------",
    "const      -3.482e+06    8.9e+05     -3.911      0.004   -5.11e+06   -1.85e+06",
    "GNPDEFL       15.0619     84.915      0.177      0.863    -140.597     170.721",
    "GNP           -0.0358      0.033     -1.070      0.313      -0.097       0.026",
    "UNEMP         -2.0202      0.488     -4.136      0.003      -2.916      -1.125",
    "ARMED         -1.0332      0.214     -4.822      0.001      -1.426      -0.640",
    "POP           -0.0511      0.226     -0.226      0.826      -0.466       0.363",
    "YEAR        1829.1515    455.478      4.016      0.003     994.208    2664.095",
};
// Header lines (statsmodels pairs some left-hand entries with statistics we
// do not compute, so those lines are compared by halves).
const std::string kDep = "Dep. Variable:                 TOTEMP   R-squared:                       0.995";
const std::string kModel = "Model:                            OLS   Adj. R-squared:                  0.992";
const std::string kMethod = "Method:                 Least Squares   F-statistic:                     330.3";
const std::string kProbF = "Date:                Fri, 04 Dec 2026   Prob (F-statistic):           4.98e-10";
const std::string kNobs = "No. Observations:                  16   AIC:                             233.2";
const std::string kDfResid = "Df Residuals:                       9   BIC:                             238.6";
const std::string kDfModel = "Df Model:                           6                                         ";

Dataset longley() {
  Dataset d = olstest::loadFixture("longley.csv");
  d.featureNames = {"GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"};
  d.targetName = "TOTEMP";
  return d;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

const std::string* lineStarting(const std::vector<std::string>& all, const std::string& prefix) {
  for (const auto& l : all)
    if (l.rfind(prefix, 0) == 0) return &l;
  return nullptr;
}

}  // namespace

class TestOlsSummary : public QObject {
  Q_OBJECT
 private slots:
  void coefficientTableMatchesStatsmodels_data() {
    QTest::addColumn<double>("level");
    QTest::newRow("0.95") << 0.95;
    QTest::newRow("0.90") << 0.90;
  }
  void coefficientTableMatchesStatsmodels() {
    QFETCH(double, level);
    OlsParams p;
    p.level = level;
    auto r = fitOls(longley(), p);
    QVERIFY(r);
    const std::vector<std::string> all = lines(olsSummary(*r.value()));
    const std::vector<std::string>& expected = level == 0.95 ? kTable95 : kTable90;
    const std::string* start = lineStarting(all, "                 coef");
    QVERIFY(start);
    const auto first = static_cast<std::size_t>(start - all.data());
    QVERIFY(first + expected.size() <= all.size());
    for (std::size_t i = 0; i < expected.size(); ++i) QCOMPARE(all[first + i], expected[i]);
  }

  void headerMatchesStatsmodels() {
    auto r = fitOls(longley(), {});
    QVERIFY(r);
    const std::vector<std::string> all = lines(olsSummary(*r.value()));
    for (const std::string* want : {&kDep, &kModel, &kMethod}) {
      const std::string* got = lineStarting(all, want->substr(0, 6));
      QVERIFY(got);
      QCOMPARE(*got, *want);
    }
    // Left halves (the first 37 characters) of the lines whose right halves differ.
    for (const std::string* want : {&kNobs, &kDfResid, &kDfModel}) {
      const std::string* got = lineStarting(all, want->substr(0, 6));
      QVERIFY(got);
      QCOMPARE(got->substr(0, 37), want->substr(0, 37));
    }
    // Prob(F) sits in the right half (from column 40) as in statsmodels.
    const std::string* probF = lineStarting(all, "No. Observations");
    QCOMPARE(probF->substr(40), kProbF.substr(40));
    // What statsmodels does not print: σ̂² = 836424.055505915/9 and σ̂.
    const std::string* scale = lineStarting(all, "Df Residuals");
    QVERIFY2(scale->find("Sigma^2 (scale):") != std::string::npos && scale->find("9.294e+04") != std::string::npos,
             scale->c_str());
    const std::string* sigma = lineStarting(all, "Df Model");
    QVERIFY2(sigma->find("304.9") != std::string::npos, sigma->c_str());
  }

  // Diagnostics of the fit become numbered notes after statsmodels' own.
  void diagnosticsAreNotes() {
    Eigen::MatrixXd X(8, 2);
    X.col(0) << 1, 2, 3, 4, 5, 6, 7, 8;
    X.col(1) = X.col(0);
    X(3, 1) += 1e-8;
    Eigen::VectorXd y(8);
    y << 2, 4, 5, 4, 6, 8, 9, 8;
    auto r = fitOls(olstest::makeDataset(X, y, {"x1", "x2"}), {});
    QVERIFY(r);
    const std::string text = olsSummary(*r.value());
    QVERIFY(text.find("[1] Standard Errors assume") != std::string::npos);
    QVERIFY2(text.find("[2] The design is badly conditioned") != std::string::npos, text.c_str());
  }

  // Long design-column names widen the name column; every table line keeps one width.
  void longNamesWidenTheTable() {
    OlsParams p;
    p.basis = {"poly", 3, 1.0};
    Dataset d = olstest::loadFixture("longley.csv");
    Eigen::MatrixXd X = d.X.leftCols(2);
    d.X = X;
    d.featureNames = {"deflator", "gross_national_product"};
    auto r = fitOls(d, p);
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    const std::vector<std::string> all = lines(olsSummary(*r.value()));
    const std::string* row = lineStarting(all, "deflator gross_national_product^2");
    QVERIFY(row);
    const std::string* rule = lineStarting(all, "-----");
    QCOMPARE(row->size(), rule->size());
    QVERIFY(rule->size() > 78);
  }
};

QTEST_APPLESS_MAIN(TestOlsSummary)
#include "test_ols_summary.moc"
