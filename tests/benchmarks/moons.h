#pragma once
// Two moons for the benchmarks, from a formula simple enough to repeat
// bit for bit in sklearn_knn.py (the project's generators live elsewhere):
// splitmix64 uniforms, Box–Muller normals, rows 0..n/2−1 on the upper moon
// (cos t, sin t), the rest on the lower moon (1 − cos t, 0.5 − sin t),
// t = π·u, plus noise·N(0, 1) on each coordinate.
#include <cmath>
#include <cstdint>
#include <numbers>

#include "core/data/dataset.h"

namespace supex::bench {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  double normal() {
    const double u1 = 1.0 - uniform();  // (0, 1]
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
  }

 private:
  std::uint64_t m_state;
};

inline Dataset moons(int n, double noise, std::uint64_t seed) {
  SplitMix64 rng(seed);
  Dataset d;
  d.task = Task::Classification;
  d.featureNames = {"x1", "x2"};
  d.targetName = "label";
  d.classes = {"0", "1"};
  d.X.resize(n, 2);
  d.y.resize(n);
  for (int i = 0; i < n; ++i) {
    const bool upper = i < n / 2;
    const double t = std::numbers::pi * rng.uniform();
    double x = upper ? std::cos(t) : 1.0 - std::cos(t);
    double y = upper ? std::sin(t) : 0.5 - std::sin(t);
    x += noise * rng.normal();
    y += noise * rng.normal();
    d.X(i, 0) = x;
    d.X(i, 1) = y;
    d.y(i) = upper ? 0 : 1;
  }
  return d;
}

}  // namespace supex::bench
