#!/usr/bin/env bash
# Installs what is missing, builds Release into build/ and runs every test
# through ctest; then runs the input-reading and index-heavy tests again under
# AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
supex_install_deps

supex_build build -DCMAKE_BUILD_TYPE=Release
ctest --test-dir build --output-on-failure -j"$(nproc)"

# Then again under AddressSanitizer and UndefinedBehaviorSanitizer, for the
# code that reads untrusted input (CSV, sessions, parameters, the command
# line) and the index-heavy numerics (k-d tree, grid tiles, network, lasso).
# Only those tests are built there: a sanitizer build of every test costs
# more CI time than the rest of the run. -O1 with line tables only: sanitizer
# builds of Eigen code at -O2 -g take several times longer to compile.
SANITIZED_TESTS=(core_test_csv_reader core_test_csv_fuzz_corpus core_test_dataset_io core_test_session
                 core_test_param_text core_test_knn core_test_grid_predictor core_test_nn core_test_lasso
                 cli_test_cli_errors cli_test_cli_fit cli_test_cli_keys)
if [ ! -f build-asan/build.ninja ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DSUPEX_SANITIZE=ON \
    -DSUPEX_BUILD_GUI=OFF -DSUPEX_BUILD_BENCHMARKS=OFF
fi
cmake --build build-asan -j"$(nproc)" --target supex "${SANITIZED_TESTS[@]}"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -R "^($(IFS='|'; echo "${SANITIZED_TESTS[*]}"))\$"
