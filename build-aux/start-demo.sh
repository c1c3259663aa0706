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

# A fresh demo each time: a fictional port warehouse and trucking depot,
# half-way through its gap analysis.
demo="$PWD/build/demo.gapwise"
rm -f "$demo"
build/src/cli/gapwise-cli demo "$demo"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here: the demo audit's summary instead of the window."
  build/src/cli/gapwise-cli summary "$demo"
  exit 0
fi

# Run from the build tree: settings schema and resources come from there.
export GSETTINGS_SCHEMA_DIR="$PWD/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec build/src/app/gapwise "$demo"
