#pragma once
// main() of every benchmark executable: the allocator setting the programs
// use (core/common/reuse_memory.h), so the timings are the programs' own.
#include <benchmark/benchmark.h>

#include "core/common/reuse_memory.h"

#define SUPEX_BENCHMARK_MAIN()                          \
  int main(int argc, char** argv) {                     \
    supex::reuseFreedMemory();                          \
    benchmark::Initialize(&argc, argv);                 \
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1; \
    benchmark::RunSpecifiedBenchmarks();                \
    benchmark::Shutdown();                              \
    return 0;                                           \
  }
