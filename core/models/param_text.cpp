#include "core/models/param_text.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

namespace supex {
namespace {

std::string prefix(const ParamSpec& spec, const std::string& model) {
  return "The '" + spec.key + "' parameter of " + model;
}

// Whole-string parse of a finite or infinite double; no locale, no leading space.
bool readDouble(const std::string& text, double& out) {
  if (text.empty()) return false;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (*first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, out);
  return ec == std::errc() && ptr == last;
}

std::string domainText(const ParamSpec& spec) {
  const bool hasMin = std::isfinite(spec.min);
  const bool hasMax = std::isfinite(spec.max);
  std::string s;
  if (hasMin && hasMax) {
    s = std::string("in ") + (spec.minOpen ? "(" : "[") + formatReal(spec.min) + ", " + formatReal(spec.max) +
        (spec.maxOpen ? ")" : "]");
  } else if (hasMin) {
    s = std::string(spec.minOpen ? "> " : ">= ") + formatReal(spec.min);
  } else if (hasMax) {
    s = std::string(spec.maxOpen ? "< " : "<= ") + formatReal(spec.max);
  } else {
    s = "a number";
  }
  if (spec.allowInf) s += " or inf";
  return s;
}

bool inDomain(const ParamSpec& spec, double v) {
  if (std::isnan(v)) return false;
  if (std::isinf(v)) return spec.allowInf && v > 0;
  if (spec.minOpen ? !(v > spec.min) : !(v >= spec.min)) return false;
  if (spec.maxOpen ? !(v < spec.max) : !(v <= spec.max)) return false;
  return true;
}

}  // namespace

Result<double> parseReal(const ParamSpec& spec, const std::string& model, const std::string& text) {
  double v = 0;
  if (spec.allowInf && (text == "inf" || text == "Inf" || text == "infinity")) {
    v = std::numeric_limits<double>::infinity();
  } else if (!readDouble(text, v) || std::isinf(v) || std::isnan(v)) {
    return usageError(prefix(spec, model) + " must be " + domainText(spec) + ". Got '" + text + "'.");
  }
  if (!inDomain(spec, v)) return usageError(prefix(spec, model) + " must be " + domainText(spec) + ". Got " + text + ".");
  return v;
}

Result<long long> parseInteger(const ParamSpec& spec, const std::string& model, const std::string& text) {
  long long v = 0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (first != last && *first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, v);
  if (text.empty() || ec != std::errc() || ptr != last)
    return usageError(prefix(spec, model) + " must be an integer " + domainText(spec) + ". Got '" + text + "'.");
  if (!inDomain(spec, static_cast<double>(v)))
    return usageError(prefix(spec, model) + " must be an integer " + domainText(spec) + ". Got " + text + ".");
  return v;
}

Result<std::string> parseChoice(const ParamSpec& spec, const std::string& model, const std::string& text) {
  for (const auto& c : spec.choices)
    if (c == text) return text;
  std::string list;
  for (const auto& c : spec.choices) list += (list.empty() ? "" : ", ") + c;
  return usageError(prefix(spec, model) + " must be one of " + list + ". Got '" + text + "'.");
}

Result<bool> parseFlag(const ParamSpec& spec, const std::string& model, const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return usageError(prefix(spec, model) + " must be true or false. Got '" + text + "'.");
}

Result<std::vector<double>> parseList(const ParamSpec& spec, const std::string& model, const std::string& text) {
  const bool integers = spec.kind == ParamKind::IntList;
  const std::string what = std::string("a comma list of ") + (integers ? "integers " : "numbers ") + domainText(spec);
  std::vector<double> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    double v = 0;
    if (!readDouble(item, v) || !inDomain(spec, v) || (integers && v != std::floor(v)))
      return usageError(prefix(spec, model) + " must be " + what + ". Got '" + text + "'.");
    out.push_back(v);
  }
  if (out.empty() || (!text.empty() && text.back() == ','))
    return usageError(prefix(spec, model) + " must be " + what + ". Got '" + text + "'.");
  return out;
}

}  // namespace supex
