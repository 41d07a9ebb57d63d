// Lasso fit time on degree-5 polynomial features of 1,000 points with two
// inputs (20 design columns): the project's target is ≥ 10× faster than
// scikit-learn's Lasso on the same problem; bench_lasso_sklearn.py times
// that side with the same data (same generator) and the same λ and tol.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "tests/benchmarks/bench_main.h"
#include "core/models/lasso/lasso.h"
#include "core/models/ridge/ridge.h"

namespace {

// 64-bit LCG (Knuth's MMIX constants): integer arithmetic, so Python
// reproduces the data bit for bit.
struct Lcg {
  std::uint64_t s;
  double next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(s >> 11) * 0x1.0p-53;  // [0, 1)
  }
};

supex::Dataset benchData() {
  const int n = 1000;
  supex::Dataset d;
  d.X.resize(n, 2);
  d.y.resize(n);
  Lcg rng{42};
  for (int i = 0; i < n; ++i) {
    const double x1 = 2 * rng.next() - 1, x2 = 2 * rng.next() - 1, e = rng.next() - 0.5;
    d.X(i, 0) = x1;
    d.X(i, 1) = x2;
    d.y(i) = std::sin(2 * x1) + x1 * x2 - 0.5 * x2 * x2 * x2 + 0.2 * e;
  }
  d.featureNames = {"x1", "x2"};
  return d;
}

void lassoPoly5(benchmark::State& state) {
  const supex::Dataset d = benchData();
  const supex::LassoParams p{.lambda = static_cast<double>(state.range(0)) / 1000.0,
                             .basis = {"poly", 5, 1.0}};
  long long sweeps = 0;
  for (auto _ : state) {
    auto m = supex::fitLasso(d, p);
    if (!m.ok() || !m.value()->converged()) state.SkipWithError("lasso did not converge");
    else sweeps = m.value()->iterations();
    benchmark::DoNotOptimize(m);
  }
  state.counters["sweeps"] = static_cast<double>(sweeps);
}
// λ = 0.1, 1, 10 (argument in thousandths).
BENCHMARK(lassoPoly5)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

void ridgePoly5(benchmark::State& state) {
  const supex::Dataset d = benchData();
  const supex::RidgeParams p{.lambda = 1.0, .basis = {"poly", 5, 1.0}};
  for (auto _ : state) benchmark::DoNotOptimize(supex::fitRidge(d, p));
}
BENCHMARK(ridgePoly5)->Unit(benchmark::kMicrosecond);

}  // namespace

SUPEX_BENCHMARK_MAIN()
