#include "core/common/number_text.h"

#include <charconv>
#include <cmath>

namespace supex {

std::string formatReal(double value) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (std::isnan(value)) return "nan";
  char buf[64];
  // Whole numbers read better in full ("100000", not "1e+05"); below 2^53
  // every integer is exact, so the text still reads back to the same double.
  if (value == std::floor(value) && std::abs(value) < 9007199254740992.0 && !(value == 0 && std::signbit(value))) {
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
    return ec == std::errc() ? std::string(buf, ptr) : std::string("nan");
  }
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, ptr) : std::string("nan");
}

}  // namespace supex
