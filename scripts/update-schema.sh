#!/usr/bin/env bash
# Regenerates schema/schema.sql from the migrations (run after adding a migration; commit the result).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KIROKU_BUILD_DIR:-$root/build}
cmake --build "$build" --target kiroku_db_tests -j2
cd "$build"
KIROKU_WRITE_SCHEMA=1 ctest -R 'schema/schema.sql is exactly' --output-on-failure
echo "schema/schema.sql updated"
