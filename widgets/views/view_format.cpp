#include "widgets/views/view_format.h"

#include <QStringList>
#include <cmath>

#include "widgets/okabe_ito.h"

namespace supex {

QString formatNumber(double v, int digits) {
  if (std::isnan(v)) return QStringLiteral("—");
  if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
  if (v == 0) v = 0;  // no "-0"
  QString s = QString::number(v, 'g', digits);
  s.replace('-', QChar(0x2212));
  return s;
}

QString formatProbability(double p) {
  if (p < 1 && p >= 0.99995) return QStringLiteral("> 0.9999");
  return formatNumber(p, 4);
}

QString classSwatch(int k, const std::string& name) {
  return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
      .arg(classColor(k).name(), QString::fromStdString(name).toHtmlEscaped());
}

QString formatVector(const double* v, int n, int digits) {
  QStringList parts;
  for (int i = 0; i < n; ++i) parts << formatNumber(v[i], digits);
  return "(" + parts.join(", ") + ")";
}

double paramNumber(const nlohmann::json& params, const char* key, double fallback) {
  const auto it = params.find(key);
  return it != params.end() && it->is_number() ? it->get<double>() : fallback;
}

bool paramFlag(const nlohmann::json& params, const char* key, bool fallback) {
  const auto it = params.find(key);
  return it != params.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

}  // namespace supex
