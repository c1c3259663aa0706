#!/usr/bin/env bash
# README command 1: set up, build, and start Gapwise on a ready demo audit.
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/setup-deps.sh
gapwise_install_deps

if [ ! -f build/build.ninja ]; then
  meson setup build
fi
ninja -C build

demo="build/demo.gapwise"
rm -f "$demo"
build/src/cli/gapwise-cli demo "$demo"
build/src/cli/gapwise-cli summary "$demo"
