#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# A bounded run of every libFuzzer target, for the default test run of a build that is not the `fuzz` preset (the
# targets need clang's -fsanitize=fuzzer, Debian's clang package): builds the `fuzz` preset's targets in build/fuzz
# (clang, ASan + UBSan; the first time takes minutes, later runs are incremental) and runs each for SECONDS, new
# inputs kept in build/fuzz's corpus. A crash, a sanitizer report or the upload oracle's abort fails the test and
# leaves the input as build/fuzz/crash-* for replay (`build/fuzz/bin/uploadfuzz build/fuzz/crash-…`).
# Usage: run-fuzz.sh SOURCE_DIR [SECONDS]
set -euo pipefail
root=$1
seconds=${2:-20}
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is missing (Debian package clang)" >&2; exit 1; }
cd "$root"
source deploy/scripts/common.sh
mkdir -p build
if ! akten_build fuzz messagefuzz uploadfuzz >build/fuzz-build.log 2>&1; then
  tail -40 build/fuzz-build.log >&2
  echo "run-fuzz: building the fuzz preset failed (build/fuzz-build.log)" >&2
  exit 1
fi
export QT_LOGGING_RULES='*.debug=false;*.info=false'
run() { # run TARGET SEEDS
  local corpus=build/fuzz/tests/fuzz/$2
  mkdir -p "$corpus"
  echo "run-fuzz: $1 for ${seconds}s"
  "build/fuzz/bin/$1" -max_total_time="$seconds" -rss_limit_mb=2048 -dict=tests/fuzz/json.dict \
    -artifact_prefix=build/fuzz/ "$corpus" "tests/fuzz/$2" 2>"build/fuzz/$1.log" \
    || { tail -60 "build/fuzz/$1.log" >&2; echo "run-fuzz: $1 failed" >&2; exit 1; }
  grep -E '^(Done|#[0-9]+ +DONE)' "build/fuzz/$1.log" | tail -1
}
run messagefuzz corpus
run uploadfuzz upload-corpus
