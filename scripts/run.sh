#!/usr/bin/env bash
# Installs what is missing, builds Release into build/, and opens the explorer
# on a bundled data set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
supex_install_deps
supex_build build -DCMAKE_BUILD_TYPE=Release

if [ -x build/bin/supervised-explorer ]; then
  exec build/bin/supervised-explorer "$@"
fi
# Until the window exists: a short demonstration of the command line.
echo "== supex generate linear --n 30 --seed 7 =="
build/bin/supex generate linear --n 30 --seed 7 -o build/demo-linear.csv
echo "== supex fit --model ols --train build/demo-linear.csv =="
build/bin/supex fit --model ols --train build/demo-linear.csv
