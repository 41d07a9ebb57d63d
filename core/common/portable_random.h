#pragma once
// Random numbers that are identical on every machine and standard library.
// std::mt19937_64 is specified bit for bit by the C++ standard, but
// std::uniform_real_distribution and std::shuffle are not (libstdc++, libc++
// and MSVC draw differently), so a seeded result would change with the
// compiler. These helpers turn the engine's raw 64-bit words into numbers by
// fixed formulas, so the same seed gives the same weights and the same
// shuffles everywhere.
#include <cstdint>
#include <random>
#include <vector>

namespace supex {

// The engine for a user-visible integer seed (negative seeds wrap modulo 2^64).
std::mt19937_64 seededEngine(long long seed);

// Uniform on [0, 1): the top 53 bits of one draw, times 2^-53.
double uniform01(std::mt19937_64& rng);

// Uniform on [lo, hi).
double uniformReal(std::mt19937_64& rng, double lo, double hi);

// Uniform integer in [0, n), n ≥ 1, without modulo bias (rejection sampling).
std::uint64_t uniformIndex(std::mt19937_64& rng, std::uint64_t n);

// Fisher–Yates (Durstenfeld) shuffle: for i = n−1 down to 1, swap v[i] with
// v[j], j uniform in [0, i]. Every permutation is equally likely.
template <class T>
void fisherYatesShuffle(std::vector<T>& v, std::mt19937_64& rng) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const auto j = static_cast<std::size_t>(uniformIndex(rng, i));
    std::swap(v[i - 1], v[j]);
  }
}

}  // namespace supex
