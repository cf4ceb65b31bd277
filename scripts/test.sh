#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what is missing, builds (Release),
# runs every ctest test (private PostgreSQL, real TLS, real pcscd with emulated cards, Qt offscreen),
# builds the Debian packages, then builds the parsers' fuzz targets with clang and runs each briefly.
# Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

install_packages
build -DKIROKU_BUILD_TESTS=ON -DKIROKU_BUILD_KIOSK=ON

say "running the test suite"
status=0
(cd "$KIROKU_BUILD" && ctest --output-on-failure -j2 --timeout 600) || status=1

say "building and running the fuzz targets (clang, libFuzzer)"
fuzz_build="$KIROKU_BUILD-fuzz"
cmake -S "$KIROKU_ROOT" -B "$fuzz_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DKIROKU_FUZZ_ONLY=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$fuzz_build" -j2
(cd "$fuzz_build" && ctest --output-on-failure -j2) || status=1

if [[ $status -ne 0 ]]; then
    say "FAILED"
    exit 1
fi
say "all tests passed"
