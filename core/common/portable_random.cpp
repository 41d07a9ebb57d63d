#include "core/common/portable_random.h"

#include <cmath>

#include "core/common/portable_math.h"

namespace supex {

double PortableRandom::uniform() {
  return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

std::uint64_t PortableRandom::below(std::uint64_t n) {
  if (n <= 1) return 0;
  const std::uint64_t threshold = (0 - n) % n;  // 2^64 mod n
  for (;;) {
    const std::uint64_t r = m_engine();
    if (r >= threshold) return r % n;
  }
}

double PortableRandom::normal() {
  if (m_hasSpare) {
    m_hasSpare = false;
    return m_spare;
  }
  double u = 0;
  double v = 0;
  double s = 0;
  do {
    u = 2 * uniform() - 1;
    v = 2 * uniform() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s == 0);
  const double f = std::sqrt(-2 * portableLog(s) / s);
  m_spare = v * f;
  m_hasSpare = true;
  return u * f;
}

}  // namespace supex
