// Every registered model on the workload: fit on 1,000 two-moons
// points, then predict a 200×200 grid (one live frame: fit + grid) and a
// 400×400 grid. compare_models.py runs this next to scikit-learn and prints
// the ratios; the README quotes its table.
#include <benchmark/benchmark.h>

#include <map>
#include <string>

#include "tests/benchmarks/bench_main.h"
#include "core/models/registry.h"
#include "core/predict/grid_predictor.h"
#include "moons.h"

namespace {

using namespace supex;

// The settings the comparison uses (scikit-learn's side mirrors them).
const std::map<std::string, ParamValues>& cases() {
  static const std::map<std::string, ParamValues> c{
      {"ols", {}},
      {"ridge", {}},
      {"lasso", {{"basis", "poly"}, {"degree", "5"}}},
      {"knn_p2", {{"k", "15"}, {"p", "2"}}},
      {"knn_p1.5", {{"k", "15"}, {"p", "1.5"}}},
      {"logistic", {}},
      {"lda", {}},
      {"qda", {}},
      {"nn", {{"epochs", "100"}}},
  };
  return c;
}

std::string modelId(const std::string& name) { return name.substr(0, name.find('_')); }

Dataset dataFor(const ModelInfo& info, const ParamValues& params) {
  Dataset d = bench::moons(1000, 0.2, 42);
  // The regressors fit the 0/1 label as a number: the same arithmetic work.
  if (*info.taskFor(params) == Task::Regression) {
    d.task = Task::Regression;
    d.classes.clear();
  }
  return d;
}

GridSpec grid(int side) { return GridSpec{-1.5, 2.5, side, -1.0, 1.5, side}; }

void fitOnly(benchmark::State& state, const std::string& name) {
  const ModelInfo& info = *findModel(modelId(name));
  const ParamValues& params = cases().at(name);
  const Dataset data = dataFor(info, params);
  for (auto _ : state) benchmark::DoNotOptimize(info.fit(data, params, {}));
}

void frame(benchmark::State& state, const std::string& name, int side, bool includeFit) {
  const ModelInfo& info = *findModel(modelId(name));
  const ParamValues& params = cases().at(name);
  const Dataset data = dataFor(info, params);
  auto fitted = info.fit(data, params, {});
  if (!fitted) {
    state.SkipWithError(fitted.error().message.c_str());
    return;
  }
  for (auto _ : state) {
    if (includeFit) fitted = info.fit(data, params, {});
    benchmark::DoNotOptimize(predictGrid(**fitted, grid(side), {}));
  }
}

const bool registered = [] {
  for (const auto& [name, params] : cases()) {
    benchmark::RegisterBenchmark(("fit/" + name).c_str(), fitOnly, name)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark(("frame200/" + name).c_str(), frame, name, 200, true)
        ->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark(("grid400/" + name).c_str(), frame, name, 400, false)
        ->Unit(benchmark::kMillisecond)->UseRealTime();
  }
  return true;
}();

}  // namespace

SUPEX_BENCHMARK_MAIN()
