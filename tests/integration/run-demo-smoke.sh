#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The README's run command as a new user meets it: a fresh HOME without ~/.local, no XDG_* variables, no display.
# `run-demo.sh --smoke` goes through the install check, the build (the test build's preset, so nothing is rebuilt),
# `aktenctl init --demo`, the embedded central store, enrolment, the first sync and the app on a virtual display up to
# the login screen (window title and a screenshot of the display); then everything is stopped and nothing of the run
# may be left running or listening. A second run in the same HOME reuses the store and the enrolment. The device key
# goes outside the data directory (AKTEN_KEY_DIR in the fresh HOME here: as root it would be /var/lib/akten/keys).
# Usage: run-demo-smoke.sh PRESET
set -euo pipefail
preset=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
home=$(mktemp -d /tmp/akten-fresh-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }

# One run in its own session, so that whatever it started can be found afterwards by session id.
run() {
  local out=$1
  env -i PATH="$PATH" HOME="$home" AKTEN_KEY_DIR="$home/keys" LANG=C.UTF-8 TERM=dumb CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/akten-ccache}" \
    setsid bash "$root/deploy/scripts/run-demo.sh" --smoke --preset "$preset" >"$out" 2>&1 &
  local sid=$!
  local rc=0
  wait "$sid" || rc=$?
  cat "$out"
  [ "$rc" -eq 0 ] || fail "run-demo.sh --smoke exited $rc"
  local left
  left=$(ps -e -o sid= -o pid= -o args= | awk -v s="$sid" '$1 == s')
  [ -z "$left" ] || fail "processes of the run are still there: $left"
  local port
  for port in $(grep -oE '127\.0\.0\.1:[0-9]+' "$out" | cut -d: -f2 | sort -u); do
    [ -z "$(ss -ltnH "sport = :$port")" ] || fail "port $port is still listening after the run"
  done
  local display
  display=$(sed -n 's/^run-demo: smoke: display :\([0-9]*\),.*/\1/p' "$out")
  [ -n "$display" ] || fail "the run did not say which display it used"
  [ ! -e "/tmp/.X$display-lock" ] || fail "the virtual display :$display was left running"
  check "nothing of the run is left running (session $sid) or listening ($(grep -oE '127\.0\.0\.1:[0-9]+' "$out" | sort -u | tr '\n' ' '))"
}

[ ! -e "$home/.local" ] || fail "the fresh HOME is not fresh"
run "$home/first.txt"
data="$home/.local/share/akten-demo"
grep -q "^created store in $data " "$home/first.txt" || fail "the first run did not create the demo store"
grep -q '^enrolled ' "$home/first.txt" || fail "the first run did not enrol the tablet"
grep -qE '^synced: [0-9]+ uploaded, 0 rejected, [0-9]+ downloaded' "$home/first.txt" || fail "the first sync"
grep -q '^run-demo: smoke: login screen up: window [0-9]* "Akten – Logga in"' "$home/first.txt" \
  || fail "the login screen did not come up"
[ "$(stat -c %a "$data")" = 700 ] || fail "the data directory is not owner-only"
[ "$(stat -c %a "$home/.local/share")" = 755 ] || fail "the parents are not made with the usual mode"
shot="$data-login.png"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "no PNG screenshot at $shot"
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 12 ] || fail "the screenshot looks blank ($colours colours)"
[ ! -e "$data/device.key" ] || fail "the device key lies in the data directory"
grep -q "^device key: device key file $home/keys/akten-demo-[0-9a-f]*.key .*outside the data directory" \
  "$home/first.txt" || fail "init did not say where the device key is and why"
device=$(cat "$data/device.id")
check "first run: store created with its parents, tablet enrolled, first sync, login screen ($colours colours in $shot)"

run "$home/second.txt"
if grep -q '^created store' "$home/second.txt"; then fail "the second run created the store again"; fi
if grep -q '^enrolled ' "$home/second.txt"; then fail "the second run enrolled again"; fi
[ "$(cat "$data/device.id")" = "$device" ] || fail "the second run has another device"
grep -qE '^synced: ' "$home/second.txt" || fail "the second run did not sync"
grep -q '^run-demo: smoke: login screen up' "$home/second.txt" || fail "the second run did not reach the login screen"
check "second run in the same HOME reuses the store and the enrolment (device $device)"
