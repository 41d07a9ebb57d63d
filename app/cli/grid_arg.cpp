#include "app/cli/grid_arg.h"

#include <charconv>
#include <cmath>
#include <sstream>
#include <vector>

#include "app/cli/cli_failure.h"

namespace supex::cli {
namespace {

struct Axis {
  double from, to;
  int count;
};

bool parseNumber(const std::string& s, double& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

Axis parseAxis(const std::string& text, const std::string& whole) {
  std::vector<std::string> parts;
  std::stringstream ss(text);
  std::string part;
  while (std::getline(ss, part, ':')) parts.push_back(part);
  double from = 0, to = 0, count = 0;
  if (parts.size() != 3 || !parseNumber(parts[0], from) || !parseNumber(parts[1], to) ||
      !parseNumber(parts[2], count) || count != std::floor(count) || count < 1 || count > 10000)
    throw usageFailure("--grid takes X0:X1:NX[,Y0:Y1:NY] with 1 <= NX, NY <= 10000. Got '" + whole + "'.");
  return {from, to, static_cast<int>(count)};
}

}  // namespace

GridSpec parseGridArg(const std::string& text, int features) {
  const auto comma = text.find(',');
  const Axis x = parseAxis(text.substr(0, comma), text);
  if (features == 1) {
    if (comma != std::string::npos)
      throw usageFailure("--grid for a one-feature model takes X0:X1:NX alone. Got '" + text + "'.");
    return GridSpec{x.from, x.to, x.count, 0.0, 0.0, 1};
  }
  if (features != 2)
    throw usageFailure("--grid needs a model with one or two features; this one has " + std::to_string(features) +
                       ".");
  if (comma == std::string::npos)
    throw usageFailure("--grid for a two-feature model takes X0:X1:NX,Y0:Y1:NY. Got '" + text + "'.");
  const Axis y = parseAxis(text.substr(comma + 1), text);
  return GridSpec{x.from, x.to, x.count, y.from, y.to, y.count};
}

}  // namespace supex::cli
