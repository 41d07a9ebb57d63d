// kNN fit and decision-map timings on 1,000 two-moons points (noise 0.2,
// seed 1), grid x ∈ [−1.5, 2.5], y ∈ [−1, 1.5], k = 15, p = 2 and 1.5.
// Compare with sklearn_knn.py (same points, same grid). Run:
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUPEX_BUILD_GUI=OFF -DSUPEX_BUILD_BENCHMARKS=ON
//   cmake --build build-bench -t bench_knn && build-bench/bench_knn
// "Generic" rows hide the kNN tile path, so they time predictGrid's chunked
// predict() route (one k-d tree search per cell) for comparison. The CPU
// column is the whole process (all threads): on a busy machine compare CPU
// times (sklearn_knn.py prints its process CPU time too), on an idle one the
// real time of the threads:2 rows is the figure that matters.
#include <benchmark/benchmark.h>

#include <stop_token>

#include "tests/benchmarks/bench_main.h"
#include "core/models/knn/knn.h"
#include "core/predict/grid_predictor.h"
#include "tests/benchmarks/moons.h"

using namespace supex;

namespace {

const Dataset& data() {
  static const Dataset d = bench::moons(1000, 0.2, 1);
  return d;
}

FittedModelPtr fitted(double p) {
  auto r = knnModelInfo().fit(data(), {{"k", "15"}, {"p", p == 2 ? "2" : "1.5"}}, {});
  return r.value();
}

// Forwards predict() only: predictGrid then takes its generic chunked path.
class PlainModel : public FittedModel {
 public:
  explicit PlainModel(FittedModelPtr inner) : m_inner(std::move(inner)) { inputNames = m_inner->inputNames; }
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override { m_inner->predict(X, out); }
  void writeJson(nlohmann::json&) const override {}

 private:
  FittedModelPtr m_inner;
};

GridSpec grid(int side) { return {-1.5, 2.5, side, -1.0, 1.5, side}; }

void BM_Fit(benchmark::State& state) {
  const double p = state.range(0) == 20 ? 2.0 : 1.5;
  for (auto _ : state) benchmark::DoNotOptimize(fitted(p));
}
BENCHMARK(BM_Fit)->Arg(20)->Arg(15)->ArgName("p*10")->Unit(benchmark::kMicrosecond);

void BM_Grid(benchmark::State& state) {
  const int side = static_cast<int>(state.range(0));
  const double p = state.range(1) == 20 ? 2.0 : 1.5;
  const int threads = static_cast<int>(state.range(2));
  const FittedModelPtr model = fitted(p);
  for (auto _ : state) {
    auto r = predictGrid(*model, grid(side), {}, threads);
    benchmark::DoNotOptimize(r.value().value.data());
  }
  state.counters["cells/s"] = benchmark::Counter(static_cast<double>(side) * side * state.iterations(),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Grid)
    ->ArgsProduct({{200, 400}, {20, 15}, {1, 2}})
    ->ArgNames({"side", "p*10", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_GridGeneric(benchmark::State& state) {
  const int side = static_cast<int>(state.range(0));
  const double p = state.range(1) == 20 ? 2.0 : 1.5;
  const PlainModel model(fitted(p));
  for (auto _ : state) {
    auto r = predictGrid(model, grid(side), {}, 2);
    benchmark::DoNotOptimize(r.value().value.data());
  }
}
BENCHMARK(BM_GridGeneric)
    ->ArgsProduct({{400}, {20, 15}})
    ->ArgNames({"side", "p*10"})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace

SUPEX_BENCHMARK_MAIN()
