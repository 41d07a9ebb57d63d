#!/usr/bin/env bash
# Installs what is missing, builds Release into build/ and runs every test
# through ctest; then builds the Qt-free core and the CLI with AddressSanitizer
# and UndefinedBehaviorSanitizer into build-asan/ and runs their tests again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
supex_install_deps

supex_build build -DCMAKE_BUILD_TYPE=Release
ctest --test-dir build --output-on-failure -j"$(nproc)"

# -O1 with line tables only: sanitizer builds of Eigen code at -O2 -g take
# several times longer to compile, and CI time matters more than inlining.
supex_build build-asan -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DSUPEX_SANITIZE=ON \
  -DSUPEX_BUILD_GUI=OFF -DSUPEX_BUILD_BENCHMARKS=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -L 'core|cli'
