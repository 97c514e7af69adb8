#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# End to end through the real programs: akten-central (embedded store, or PostgreSQL when AKTEN_TEST_POSTGRES is set
# by tests/support/with-postgres.sh) on loopback with mutual TLS, and tablets driven by aktenctl: master data import,
# enrolment with a one-time code and the CA fingerprint, a full upload, an idempotent second sync, a second tablet,
# and the refusals: reused code, wrong fingerprint, no client certificate, another site's certificate, plain HTTP,
# revocation (the tablet erases its data key). Usage: sync-e2e.sh AKTENCTL AKTEN_CENTRAL
set -euo pipefail
aktenctl=$1
central=$2
work=$(mktemp -d /tmp/akten-e2e.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }

pg=()
if [[ -n "${AKTEN_TEST_POSTGRES:-}" ]]; then pg=(--postgres "$AKTEN_TEST_POSTGRES"); echo "backend: PostgreSQL"; else echo "backend: embedded"; fi

# start_central DIR: serves DIR on free loopback ports; sets SYNC_URL and ENROL_URL.
start_central() {
  "$central" serve --central-dir "$1" "${pg[@]}" --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 >"$1.out" 2>"$1.err" &
  pids+=($!)
  for _ in $(seq 100); do
    grep -q '^listening enrolment' "$1.out" 2>/dev/null && break
    sleep 0.1
  done
  SYNC_URL=$(awk '/^listening sync/{print $3}' "$1.out")
  ENROL_URL=$(awk '/^listening enrolment/{print $3}' "$1.out")
  [[ -n "$SYNC_URL" && -n "$ENROL_URL" ]] || { cat "$1.err" >&2; fail "akten-central did not start"; }
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

"$aktenctl" init --demo --data-dir tablet-a >/dev/null
"$central" init --central-dir central "${pg[@]}" >central.init
"$aktenctl" export-master --data-dir tablet-a >master.json
"$aktenctl" import-master --central-dir central "${pg[@]}" master.json >/dev/null
unit_a=$(json "['units'][0]['id']" <master.json)
unit_b=$(json "['units'][1]['id']" <master.json)
start_central central

"$aktenctl" enrol-device --central-dir central "${pg[@]}" --unit "$unit_a" --unit "$unit_b" >code.a
code=$(awk '/^code/{print $2}' code.a)
fingerprint=$(awk '/^ca-sha256/{print $2}' code.a)
[[ "$fingerprint" == "$(awk '{print $2}' central.init)" ]] || fail "enrol-device and init disagree on the CA"
"$aktenctl" enrol --data-dir tablet-a --enrol-url "$ENROL_URL" --code "$code" --ca-sha256 "$fingerprint" >/dev/null
check "tablet A enrolled"

first=$("$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" --json)
[[ $(json "['uploaded']" <<<"$first") -gt 5000 ]] || fail "first sync uploaded too little: $first"
[[ $(json "['rejected']" <<<"$first") == 0 && $(json "['pending']" <<<"$first") == 0 ]] || fail "first sync: $first"
check "tablet A uploaded everything it wrote: $first"
second=$("$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" --json)
[[ $(json "['uploaded']" <<<"$second") == 0 && $(json "['pending']" <<<"$second") == 0 ]] || fail "second sync: $second"
check "a second sync sends nothing again"

if "$aktenctl" enrol --data-dir tablet-a --enrol-url "$ENROL_URL" --code "$code" --ca-sha256 "$fingerprint" 2>err.txt; then
  fail "an enrolled device enrolled again"
fi
check "enrolling an enrolled device again is refused: $(cat err.txt)"

"$aktenctl" init --data-dir tablet-b >/dev/null
"$aktenctl" enrol-device --central-dir central "${pg[@]}" --unit "$unit_a" >code.b
if "$aktenctl" enrol --data-dir tablet-b --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code.b)" \
    --ca-sha256 "${fingerprint/a/b}0" 2>err.txt; then
  fail "enrolled against a CA with the wrong fingerprint"
fi
check "a wrong CA fingerprint is refused before the code is sent: $(cat err.txt)"
"$aktenctl" enrol --data-dir tablet-b --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code.b)" \
  --ca-sha256 "$fingerprint" >/dev/null
# Master data does not flow down yet: B cannot apply A's records, and must stop before them rather than skip them.
for attempt in 1 2; do
  if "$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" 2>err.txt; then
    fail "tablet B applied records for residents it does not know"
  fi
  grep -q "could not be applied and will be asked for again" err.txt || fail "tablet B: $(cat err.txt)"
done
check "tablet B enrolled with the same (unused) code; records it cannot apply yet are asked for again, not skipped"

# No client certificate, and plain HTTP: no answer from the sync listener.
if curl -s --max-time 10 --cacert central/ca.crt -X POST "$SYNC_URL/v1/download" -d '{}' >/dev/null; then
  fail "the sync listener answered a client without certificate"
fi
check "no client certificate: refused in the TLS handshake"
if curl -s --max-time 10 -X POST "${SYNC_URL/https/http}/v1/download" -d '{}' >/dev/null; then
  fail "the sync listener answered plain HTTP"
fi
check "plain HTTP: refused"

# A tablet enrolled at another site presents a certificate from another CA.
"$central" init --central-dir other >other.init
"$aktenctl" import-master --central-dir other master.json >/dev/null
pg_saved=("${pg[@]}"); pg=()
start_central other
pg=("${pg_saved[@]}")
"$aktenctl" enrol-device --central-dir other --unit "$unit_a" >code.o
"$aktenctl" init --data-dir tablet-o >/dev/null
"$aktenctl" enrol --data-dir tablet-o --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code.o)" \
  --ca-sha256 "$(awk '/^ca-sha256/{print $2}' code.o)" >/dev/null
cp central/ca.crt tablet-o/central-ca.crt # even trusting our CA, its own certificate is from the other one
SYNC_URL=$(awk '/^listening sync/{print $3}' central.out)
if "$aktenctl" sync --data-dir tablet-o --central "$SYNC_URL" 2>err.txt; then
  fail "a certificate from another CA was accepted"
fi
check "a certificate from another site's CA is refused: $(cat err.txt)"

# Revocation: the next contact fails and the tablet erases its data key.
device_b=$(cat tablet-b/device.id)
"$aktenctl" revoke-device --central-dir central "${pg[@]}" --device "$device_b" >/dev/null
if "$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" 2>err.txt; then
  fail "a revoked device synced"
fi
[[ ! -e tablet-b/datakey.wrapped ]] || fail "the revoked tablet kept its data key"
if "$aktenctl" stats --data-dir tablet-b >/dev/null 2>&1; then fail "the revoked tablet's store still opens"; fi
check "revoked: $(cat err.txt); the store no longer opens"
echo "sync-e2e: all checks passed"
