// Training speed of the binary network: epochs per second on 200 points.
// The headline case is the contract's teaching set-up for live animation:
// 2 hidden layers of 8 tanh units, full batch (target ≥ 2,000 epochs/s).
// Compare with scikit-learn: tests/benchmarks/sklearn_nn.py.
//   build-bench/bin/bench_nn --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

#include "tests/benchmarks/bench_main.h"
#include "core/models/nn/nn_trainer.h"

using namespace supex;

namespace {

constexpr int kEpochsPerIteration = 500;

// XOR: four clusters around (±1, ±1), 200 points, the same as sklearn_nn.py.
Dataset xorData(int n) {
  std::mt19937_64 rng(2024);
  auto u = [&rng] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  Dataset d;
  d.task = Task::Classification;
  d.classes = {"0", "1"};
  d.featureNames = {"x1", "x2"};
  d.X.resize(n, 2);
  d.y.resize(n);
  for (int i = 0; i < n; ++i) {
    const double cx = i % 2 ? 1.0 : -1.0;
    const double cy = (i / 2) % 2 ? 1.0 : -1.0;
    d.X(i, 0) = cx + 0.9 * (u() - 0.5);
    d.X(i, 1) = cy + 0.9 * (u() - 0.5);
    d.y(i) = cx * cy < 0 ? 1.0 : 0.0;
  }
  return d;
}

// One iteration = a fresh trainer and kEpochsPerIteration epochs, so the
// weights stay in the regime of a real fit however long the benchmark runs.
void trainEpochs(benchmark::State& state, const NnParams& base) {
  const Dataset d = xorData(200);
  NnParams params = base;
  params.epochs = kEpochsPerIteration;
  for (auto _ : state) {
    auto trainer = NnTrainer::create(d, params);
    if (!trainer || !trainer.value().run({})) {
      state.SkipWithError("training failed");
      return;
    }
    benchmark::DoNotOptimize(trainer.value().lossHistory().back());
  }
  state.counters["epochs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()) * kEpochsPerIteration, benchmark::Counter::kIsRate);
}

NnParams setup(const char* activation, int batch, const char* optimizer = "adam") {
  NnParams p;
  p.hidden = {8, 8};
  p.activation = activation;
  p.batch = batch;
  p.optimizer = optimizer;
  return p;
}

void BM_Nn_8x8_tanh_fullBatch(benchmark::State& s) { trainEpochs(s, setup("tanh", 0)); }
void BM_Nn_8x8_tanh_fullBatch_sgd(benchmark::State& s) { trainEpochs(s, setup("tanh", 0, "sgd")); }
void BM_Nn_8x8_relu_fullBatch(benchmark::State& s) { trainEpochs(s, setup("relu", 0)); }
void BM_Nn_8x8_sigmoid_fullBatch(benchmark::State& s) { trainEpochs(s, setup("sigmoid", 0)); }
void BM_Nn_8x8_tanh_batch32(benchmark::State& s) { trainEpochs(s, setup("tanh", 32)); }

}  // namespace

BENCHMARK(BM_Nn_8x8_tanh_fullBatch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Nn_8x8_tanh_fullBatch_sgd)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Nn_8x8_relu_fullBatch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Nn_8x8_sigmoid_fullBatch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Nn_8x8_tanh_batch32)->Unit(benchmark::kMillisecond);

SUPEX_BENCHMARK_MAIN()
