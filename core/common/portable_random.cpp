#include "core/common/portable_random.h"

#include <limits>

namespace supex {

std::mt19937_64 seededEngine(long long seed) {
  return std::mt19937_64(static_cast<std::uint64_t>(seed));
}

double uniform01(std::mt19937_64& rng) {
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

double uniformReal(std::mt19937_64& rng, double lo, double hi) {
  return lo + (hi - lo) * uniform01(rng);
}

std::uint64_t uniformIndex(std::mt19937_64& rng, std::uint64_t n) {
  // Accept only draws below the largest multiple of n, so every residue is
  // equally often hit; at most half of the draws are rejected.
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t r = rng();
  while (r >= limit) r = rng();
  return r % n;
}

}  // namespace supex
