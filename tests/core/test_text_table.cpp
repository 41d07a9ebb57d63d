// Tables for slides (core/common/text_table.h): CSV, Markdown and LaTeX of
// an OLS coefficient table. The expected structure is counted by hand from
// the formats' rules (RFC 4180; GitHub pipe tables; a LaTeX tabular with one
// & per column boundary and \\ per row); the numbers come from the model and
// must survive the round trip through the CSV reader exactly as written.
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <regex>
#include <string>
#include <vector>

#include "core/common/text_table.h"
#include "core/data/csv_reader.h"
#include "core/models/ols/ols.h"

using namespace supex;

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
  return n;
}

// Occurrences of `ch` not escaped by a backslash.
std::size_t countUnescaped(const std::string& s, char ch) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == ch && (i == 0 || s[i - 1] != '\\')) ++n;
  return n;
}

std::string g(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// y = 1 + 2x + noise by hand, fitted by OLS: the table the info panel shows.
std::shared_ptr<OlsModel> model() {
  Dataset d;
  d.X.resize(6, 1);
  d.X << 0, 1, 2, 3, 4, 5;
  d.y.resize(6);
  d.y << 1.1, 2.9, 5.2, 6.8, 9.1, 11.0;
  d.featureNames = {"x_1"};  // an underscore: LaTeX must escape it
  d.targetName = "y";
  auto r = fitOls(d, {});
  if (!r) qFatal("%s", r.error().message.c_str());
  return *r;
}

TextTable inferenceTable(const OlsModel& m) {
  const OlsInference& inf = m.inference();
  TextTable t;
  t.columns = {"coef", "SE", "t", "p", "CI low", "CI high"};
  t.rowNames = {"intercept", "x_1"};
  const double coef[] = {m.intercept(), m.weights()(0)};
  for (int j = 0; j < 2; ++j)
    t.cells.push_back({g(coef[j]), g(inf.se(j)), g(inf.t(j)), g(inf.p(j)), g(inf.ci_low(j)), g(inf.ci_high(j))});
  return t;
}

}  // namespace

class TestTextTable : public QObject {
  Q_OBJECT

 private slots:
  void csvReadsBackWithTheProjectsReader() {
    const auto m = model();
    const TextTable t = inferenceTable(*m);
    const std::string csv = tableToCsv(t);
    auto records = readCsv(csv, "table.csv");
    QVERIFY2(records, records ? "" : records.error().message.c_str());
    QCOMPARE(records->size(), std::size_t(3));  // header + 2 rows
    QCOMPARE((*records)[0].fields, (std::vector<std::string>{"", "coef", "SE", "t", "p", "CI low", "CI high"}));
    QCOMPARE((*records)[2].fields[0], std::string("x_1"));
    // The numbers are the model's: slope, its SE and the interval.
    const OlsInference& inf = m->inference();
    QCOMPARE(std::stod((*records)[2].fields[1]), std::stod(g(m->weights()(0))));
    QVERIFY(std::abs(std::stod((*records)[2].fields[1]) - m->weights()(0)) <= 1e-9 * std::abs(m->weights()(0)));
    QVERIFY(std::abs(std::stod((*records)[2].fields[2]) - inf.se(1)) <= 1e-9 * inf.se(1));
    QVERIFY(std::abs(std::stod((*records)[1].fields[5]) - inf.ci_low(0)) <= 1e-9 * std::abs(inf.ci_low(0)));
  }

  void csvQuotesWhatWouldBreakIt() {
    TextTable t;
    t.columns = {"a,b", "say \"hi\""};
    t.rowNames = {"#1"};
    t.cells = {{"x", "y"}};
    auto records = readCsv(tableToCsv(t), "q.csv");
    QVERIFY(records);
    QCOMPARE(records->size(), std::size_t(2));
    QCOMPARE((*records)[0].fields[1], std::string("a,b"));
    QCOMPARE((*records)[0].fields[2], std::string("say \"hi\""));
    QCOMPARE((*records)[1].fields[0], std::string("#1"));
  }

  void markdownHasTheRightRowsAndColumns() {
    const auto m = model();
    const std::string md = tableToMarkdown(inferenceTable(*m));
    const auto ls = lines(md);
    QCOMPARE(ls.size(), std::size_t(4));  // header, rule, 2 rows
    for (const auto& l : ls) {
      QCOMPARE(countUnescaped(l, '|'), std::size_t(8));  // 7 cells need 8 pipes
      QVERIFY(l.front() == '|' && l.back() == '|');
    }
    QVERIFY(std::regex_match(ls[1], std::regex(R"(\| :--- \|( ---: \|){6})")));
    QVERIFY(ls[3].rfind("| x_1 | " + g(m->weights()(0)) + " | ", 0) == 0);
    TextTable pipe;
    pipe.columns = {"a|b"};
    pipe.rowNames = {"r"};
    pipe.cells = {{"1"}};
    QCOMPARE(countUnescaped(lines(tableToMarkdown(pipe))[0], '|'), std::size_t(3));
  }

  void latexIsBalancedWithOneRowPerCoefficient() {
    const auto m = model();
    const std::string tex = tableToLatex(inferenceTable(*m));
    QCOMPARE(count(tex, "\\begin{tabular}"), std::size_t(1));
    QCOMPARE(count(tex, "\\end{tabular}"), std::size_t(1));
    QVERIFY(tex.find("\\begin{tabular}{lrrrrrr}") == 0);  // 1 + 6 columns
    QCOMPARE(countUnescaped(tex, '{'), countUnescaped(tex, '}'));
    // Braces nest properly: the depth never goes below zero.
    int depth = 0;
    for (std::size_t i = 0; i < tex.size(); ++i) {
      if (i > 0 && tex[i - 1] == '\\') continue;
      if (tex[i] == '{') ++depth;
      if (tex[i] == '}') QVERIFY(--depth >= 0);
    }
    QCOMPARE(depth, 0);
    // Header + 2 rows, each with 6 separators and a row end.
    std::size_t rows = 0;
    for (const auto& l : lines(tex)) {
      if (l.size() < 3 || l.compare(l.size() - 3, 3, " \\\\") != 0) continue;
      ++rows;
      QCOMPARE(countUnescaped(l, '&'), std::size_t(6));
    }
    QCOMPARE(rows, std::size_t(3));
    QVERIFY(tex.find("x\\_1 & " + g(m->weights()(0)) + " & ") != std::string::npos);
    QCOMPARE(count(tex, "\\hline"), std::size_t(3));
  }

  void latexEscapesSpecialsAndOurSigns() {
    QCOMPARE(latexEscape("R² 50% a&b #1 {x} <1e-4 —"), std::string("R$^2$ 50\\% a\\&b \\#1 \\{x\\} $<$1e-4 --"));
    QCOMPARE(latexEscape("a\\b ~ ^"), std::string("a\\textbackslash{}b \\~{} \\^{}"));
    QCOMPARE(latexEscape("σ̂² σ̂"), std::string("$\\hat\\sigma^2$ $\\hat\\sigma$"));
  }
};

QTEST_APPLESS_MAIN(TestTextTable)
#include "test_text_table.moc"
