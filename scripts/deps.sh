#!/usr/bin/env bash
# Installs the Debian 12 packages the build and the tests need, skipping what
# is already there so a second run costs a second. Sourced by run.sh and test.sh.
set -euo pipefail

SUPEX_PACKAGES=(
  cmake ninja-build g++ make pkg-config
  qt6-base-dev qt6-svg-dev libqcustomplot-dev libgl-dev
  libeigen3-dev libboost-math-dev nlohmann-json3-dev libcli11-dev libnanoflann-dev
  libbenchmark-dev
  fonts-dejavu-core
)

supex_install_deps() {
  local missing=()
  for pkg in "${SUPEX_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds one tree. Extra arguments go to cmake.
supex_build() {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja "$@"
  fi
  cmake --build "$dir" -j"$(nproc)"
}
