# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Sourced by the integration test scripts that run akten-central and tablets: one temporary work directory (the
# current directory from then on, removed on exit with every process listed in `pids`), device keys outside the data
# directories (README "Data directory and keys"), and the helpers fail / check / json.
# Usage: source tests/support/scripttest.sh; test_workdir NAME
pids=()
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
test_cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
test_workdir() {
  work=$(mktemp -d "/tmp/akten-$1.XXXXXX")
  export AKTEN_KEY_DIR="$work/keys"
  trap test_cleanup EXIT
  cd "$work"
}
