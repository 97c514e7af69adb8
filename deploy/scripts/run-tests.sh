#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The README's test command: installs what is missing, builds (incrementally) and runs every test label except
# `bench` (unit, qml, integration), then qmllint. Options: --asan also runs unit+integration under ASan/UBSan;
# --bench runs the benchmarks (release build) instead of the tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$AKTEN_ROOT"

mode=test
for arg in "$@"; do
  case "$arg" in
    --asan) mode=asan ;;
    --bench) mode=bench ;;
    *) echo "run-tests: unknown option $arg (use --asan or --bench)" >&2; exit 2 ;;
  esac
done

bash deploy/scripts/install-deps.sh
cd "$AKTEN_ROOT"

if [ "$mode" = bench ]; then
  akten_build release
  exec ctest --preset bench
fi

akten_build dev
akten_build dev all_qmllint
ctest --preset dev --parallel 2
if [ "$mode" = asan ]; then
  akten_build asan-ubsan
  ctest --preset asan-ubsan --parallel 2 -L 'unit|integration'
fi
