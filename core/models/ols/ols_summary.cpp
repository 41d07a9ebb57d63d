#include "core/models/ols/ols_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace supex {
namespace {

std::string format(const char* spec, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, spec, v);
  return buf;
}

// statsmodels' iolib.summary.forg: fixed notation in [1e-4, 1e4), else %g.
std::string forg(double v, int precision) {
  const bool fixed = std::isfinite(v) && ((std::abs(v) < 1e4 && std::abs(v) >= 1e-4) || v == 0);
  if (precision == 4) return format(fixed ? "%10.4f" : "%10.4g", v);
  return format(fixed ? "%9.3f" : "%9.3g", v);
}

std::string padLeft(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string padRight(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b);
}

// "label          value", `width` wide (statsmodels' two-column header).
std::string cell(const std::string& label, const std::string& value, std::size_t width) {
  const std::size_t used = label.size() + value.size();
  return label + std::string(used < width ? width - used : 1, ' ') + value;
}

std::string basisText(const BasisParams& b) {
  if (b.basis == "poly") return "poly, degree " + std::to_string(b.degree);
  if (b.basis == "fourier") return "fourier, H = " + std::to_string(b.degree) + ", w = " + format("%g", b.omega);
  return "none";
}

}  // namespace

std::string olsSummary(const OlsModel& model) {
  const OlsInference& inf = model.inference();
  std::vector<std::string> names{"const"};
  names.insert(names.end(), model.features.begin(), model.features.end());
  std::size_t nameWidth = 10;
  for (const auto& n : names) nameWidth = std::max(nameWidth, n.size() + 1);
  const std::size_t columnWidth = 11, intervalWidth = 12;  // statsmodels' widths
  const std::size_t width = std::max<std::size_t>(78, nameWidth + 4 * columnWidth + 2 * intervalWidth);
  const std::string heavy(width, '='), light(width, '-');

  std::string out;
  out += padLeft("OLS Regression Results", (width + 22) / 2) + "\n" + heavy + "\n";
  const std::size_t left = width / 2 - 2, right = width - left - 3;
  auto row = [&](const std::string& l, const std::string& lv, const std::string& r, const std::string& rv) {
    out += cell(l, lv, left);
    if (!r.empty()) out += "   " + cell(r, rv, right);
    out += "\n";
  };
  row("Dep. Variable:", model.targetName(), "R-squared:", trim(format("%#8.3f", inf.r2)));
  row("Model:", "OLS", "Adj. R-squared:", trim(format("%#8.3f", inf.adj_r2)));
  row("Method:", "Least Squares", "F-statistic:", trim(format("%#8.4g", inf.f_stat)));
  row("No. Observations:", std::to_string(inf.nobs), "Prob (F-statistic):", trim(format("%#6.3g", inf.f_pvalue)));
  row("Df Residuals:", format("%.0f", inf.df_resid), "Sigma^2 (scale):", trim(format("%#8.4g", inf.sigma2)));
  row("Df Model:", format("%.0f", inf.df_model), "Residual std. err.:",
      trim(format("%#8.4g", std::sqrt(inf.sigma2))));
  row("Basis:", basisText(model.basis().params()), "", "");
  out += heavy + "\n";

  const double lo = (1.0 - inf.level) / 2.0;
  std::string header = std::string(nameWidth, ' ');
  for (const char* h : {"coef", "std err", "t", "P>|t|"}) header += padLeft(h, columnWidth);
  // Built by append: GCC 12 warns falsely (-Wrestrict) on "[" + std::string.
  std::string lower("[");
  lower += format("%.4g", lo);
  header += padLeft(lower, intervalWidth) + padLeft(format("%.4g", 1.0 - lo) + "]", intervalWidth);
  out += header + "\n" + light + "\n";
  for (std::size_t j = 0; j < names.size(); ++j) {
    const auto i = static_cast<Eigen::Index>(j);
    const double coef = j == 0 ? model.intercept() : model.weights()(i - 1);
    std::string line = padRight(names[j], nameWidth);
    line += padLeft(trim(forg(coef, 4)), columnWidth);
    line += padLeft(trim(forg(inf.se(i), 3)), columnWidth);
    line += padLeft(trim(forg(inf.t(i), 3)), columnWidth);
    line += padLeft(trim(format("%#6.3f", inf.p(i))), columnWidth);
    line += padLeft(trim(forg(inf.ci_low(i), 3)), intervalWidth);
    line += padLeft(trim(forg(inf.ci_high(i), 3)), intervalWidth);
    out += line + "\n";
  }
  out += heavy + "\n";

  out += "\nNotes:\n[1] Standard Errors assume that the covariance matrix of the errors is correctly specified.\n";
  int note = 2;
  for (const auto& d : model.diagnostics) {
    out += '[';
    out += std::to_string(note++);
    out += "] ";
    out += d.message;
    out += '\n';
  }
  return out;
}

}  // namespace supex
