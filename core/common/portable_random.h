#pragma once
// Random numbers that are the same on every machine for the same seed.
// std::mt19937_64's output sequence is fixed by the C++ standard, but
// std::uniform_real_distribution, std::normal_distribution and std::shuffle
// are not (libstdc++, libc++ and MSVC differ), so the distributions and the
// shuffle are written out here:
//   uniform()  = (64-bit draw >> 11) · 2⁻⁵³, in [0, 1) with 53 random bits;
//   below(n)   = rejection of the draws under 2⁶⁴ mod n, then draw mod n
//                (exactly uniform, as OpenBSD's arc4random_uniform);
//   normal()   = Marsaglia's polar method (G. Marsaglia and T. A. Bray, SIAM
//                Review 6(3), 1964): u, v uniform in (−1, 1) until
//                0 < s = u² + v² < 1, then u·√(−2 ln s / s) and, on the next
//                call, v·√(−2 ln s / s); ln is portableLog;
//   shuffle(v) = Fisher–Yates from the back: for i = size−1 … 1 swap v[i]
//                with v[below(i + 1)].
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace supex {

class PortableRandom {
 public:
  explicit PortableRandom(std::uint64_t seed) : m_engine(seed) {}

  std::uint64_t next() { return m_engine(); }
  double uniform();
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  double normal();
  double normal(double mean, double sd) { return mean + sd * normal(); }
  // Uniform integer in [0, n); n ≥ 1.
  std::uint64_t below(std::uint64_t n);

  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) {
      const auto j = static_cast<std::size_t>(below(i));
      using std::swap;
      swap(v[i - 1], v[j]);
    }
  }

 private:
  std::mt19937_64 m_engine;
  double m_spare = 0;
  bool m_hasSpare = false;
};

}  // namespace supex
