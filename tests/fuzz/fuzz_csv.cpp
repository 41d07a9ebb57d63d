// libFuzzer target: any bytes through the CSV reader and the data set loader,
// with the properties of csv_properties.h as the oracle. Build and run:
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
//         -DSUPEX_FUZZ=ON -DSUPEX_BUILD_GUI=OFF -DSUPEX_BUILD_BENCHMARKS=OFF
//   cmake --build build-fuzz -t fuzz_csv
//   build-fuzz/tests/fuzz_csv -max_total_time=60 -dict=tests/fuzz/csv.dict \
//         <scratch corpus dir> tests/fuzz/corpus_csv
// A crash reproducer found this way belongs in tests/fuzz/corpus_csv, which
// test_csv_fuzz_corpus replays in every build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "tests/fuzz/csv_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string failure = supex::fuzz::checkCsvProperties(text);
  if (!failure.empty()) {
    std::fprintf(stderr, "property violated: %s\n", failure.c_str());
    std::abort();
  }
  return 0;
}
