#!/usr/bin/env bash
# README command 2: set up, build, and run the whole test suite, then the
# core and cli suites again in a build with AddressSanitizer and
# UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/setup-deps.sh
gapwise_install_deps

if [ ! -f build/build.ninja ]; then
  meson setup build
fi
ninja -C build
meson test -C build --print-errorlogs

if [ ! -f build-sanitize/build.ninja ]; then
  meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
fi
ninja -C build-sanitize
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  meson test -C build-sanitize --suite core --suite cli --print-errorlogs
