#include "app/cli/fit_report.h"

#include <cstdio>
#include <sstream>

#include "core/models/ols/ols.h"
#include "core/models/ols/ols_summary.h"

namespace supex::cli {
namespace {

std::string valueText(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v.get<double>());
    return buf;
  }
  return v.dump();
}

void printMetrics(std::ostringstream& out, const char* title, const nlohmann::json& m) {
  out << title;
  for (const auto& [key, value] : m.items()) out << "  " << key << " = " << valueText(value);
  out << '\n';
}

}  // namespace

std::string humanSummary(const nlohmann::json& r, const FittedModel& model) {
  std::ostringstream out;
  // OLS gets the table a statsmodels user reads; other models a generic block.
  if (const auto* ols = dynamic_cast<const OlsModel*>(&model)) {
    out << olsSummary(*ols);
  } else {
    out << "Model: " << r["model"].get<std::string>() << " (" << r["task"].get<std::string>() << "), "
        << r["n_train"] << " training rows\n";
    out << "Parameters:";
    for (const auto& [key, value] : r["params"].items()) out << "  " << key << "=" << valueText(value);
    out << '\n';
    if (r.contains("coefficients")) {
      const auto& c = r["coefficients"];
      char line[128];
      std::snprintf(line, sizeof line, "  %-20s %14s\n", "", "coef");
      out << line;
      for (std::size_t j = 0; j < c.size(); ++j) {
        const std::string name = j == 0 ? "intercept" : r["features"][j - 1].get<std::string>();
        std::snprintf(line, sizeof line, "  %-20s %14.6g\n", name.c_str(), c[j].get<double>());
        out << line;
      }
    }
  }
  printMetrics(out, "Train:", r["train_metrics"]);
  if (r.contains("test_metrics")) printMetrics(out, "Test: ", r["test_metrics"]);
  if (r.contains("grid")) out << "Grid: " << r["grid"].dump() << '\n';
  for (const auto& d : r["diagnostics"]) out << "Note: " << d["message"].get<std::string>() << '\n';
  if (r.contains("predictions")) {
    out << "Predictions:";
    for (const auto& p : r["predictions"]) out << ' ' << valueText(p);
    out << '\n';
  }
  return out.str();
}

}  // namespace supex::cli
