#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# End to end through the real programs: akten-central (embedded store, or PostgreSQL when AKTEN_TEST_POSTGRES is set
# by tests/support/with-postgres.sh) on loopback with mutual TLS, and tablets driven by aktenctl: master data import,
# enrolment with a one-time code and the CA fingerprint, a full upload, an idempotent second sync, master data and
# records flowing down to a tablet of one unit (nothing of the other) and to a third that converges with the first,
# and the refusals: reused code, wrong fingerprint, no client certificate, another site's certificate, plain HTTP,
# revocation (the tablet erases its data key); and faults: the server killed mid-upload, the client killed after the
# server committed, a loopback proxy that delays and cuts a download mid-answer; everything arrives exactly once. Usage: sync-e2e.sh AKTENCTL AKTEN_CENTRAL
set -euo pipefail
aktenctl=$1
central=$2
support="$(cd "$(dirname "${BASH_SOURCE[0]}")/../support" && pwd)"
# shellcheck source=../support/scripttest.sh
source "$support/scripttest.sh"
test_workdir e2e

# --postgres CONNINFO never carries a password (command lines are visible to all local users) and a database on another
# machine needs sslmode=verify-full: usage errors before anything is created or connected.
refused_usage() { # refused_usage EXPECTED_TEXT COMMAND...
  local expected=$1 status=0
  shift
  "$@" >/dev/null 2>err.txt || status=$?
  [[ $status == 2 ]] || fail "$* exited $status, not 2"
  grep -q -- "$expected" err.txt || fail "$*: $(cat err.txt)"
  [[ ! -e refused-central ]] || fail "$*: created the central directory"
  check "refused: $(cat err.txt)"
}
refused_usage "must not contain a password" "$central" init --central-dir refused-central \
  --postgres "host=/run/postgresql dbname=akten password=secret"
refused_usage "must not contain a password" "$aktenctl" revoke-device --central-dir refused-central \
  --postgres "postgresql://akten:secret@localhost/akten" --device 019b76da-a800-7046-a966-7336af9dfdb2
refused_usage "sslmode=verify-full" "$central" serve --central-dir refused-central \
  --postgres "host=db.example dbname=akten sslmode=require"
printf 'secret\n' >pgpass; chmod 644 pgpass
refused_usage "accessible by others" "$central" init --central-dir refused-central --postgres "dbname=akten" \
  --postgres-password-file pgpass
refused_usage "needs --postgres" "$central" init --central-dir refused-central --postgres-password-file pgpass
chmod 600 pgpass

pg=()
if [[ -n "${AKTEN_TEST_POSTGRES:-}" ]]; then
  # The password from a file (the test server trusts its socket, so any password does).
  pg=(--postgres "$AKTEN_TEST_POSTGRES" --postgres-password-file "$work/pgpass"); echo "backend: PostgreSQL"
else
  echo "backend: embedded"
fi

# start_central DIR [NAME]: serves DIR on free loopback ports (output in NAME.out and NAME.err, NAME defaults to DIR);
# sets SYNC_URL, ENROL_URL and CENTRAL_PID.
start_central() {
  local name=${2:-$1}
  "$central" serve --central-dir "$1" "${pg[@]}" --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 >"$name.out" \
    2>"$name.err" &
  pids+=($!)
  CENTRAL_PID=$!
  for _ in $(seq 100); do
    grep -q '^listening enrolment' "$name.out" 2>/dev/null && break
    sleep 0.1
  done
  SYNC_URL=$(awk '/^listening sync/{print $3}' "$name.out")
  ENROL_URL=$(awk '/^listening enrolment/{print $3}' "$name.out")
  [[ -n "$SYNC_URL" && -n "$ENROL_URL" ]] || { cat "$name.err" >&2; fail "akten-central did not start"; }
}

"$aktenctl" init --demo --data-dir tablet-a >init.a
# The device key lies outside the data directory: a copy of the directory alone (another machine, or here another
# place) opens nothing; init says where the key is and why.
grep -q "^device key: device key file $AKTEN_KEY_DIR/tablet-a-[0-9a-f]*\.key .*so a copy of the data directory alone" \
  init.a || fail "init did not say where the device key is: $(cat init.a)"
[[ ! -e tablet-a/device.key ]] || fail "the device key lies in the data directory"
cp -a tablet-a copy-a
for keys in "$AKTEN_KEY_DIR" "$work/another-machine"; do
  if AKTEN_KEY_DIR=$keys "$aktenctl" stats --data-dir copy-a >/dev/null 2>err.txt; then
    fail "a copy of the data directory opened (key directory $keys)"
  fi
  grep -q "device key.* not found" err.txt || fail "the copy failed for another reason: $(cat err.txt)"
done
check "a copy of the data directory alone does not open: $(cat err.txt)"
"$central" init --central-dir central "${pg[@]}" >central.init
"$aktenctl" export-master --data-dir tablet-a >master.json
"$aktenctl" import-master --central-dir central "${pg[@]}" master.json >/dev/null
units() { python3 -c "import json,sys; print(*[r['key'] for r in json.load(sys.stdin)['records'] if r['kind']=='unit'])"; }
read -r unit_a unit_b < <(units <master.json)
residents_in() {
  python3 -c "import json,sys; print(sum(1 for r in json.load(sys.stdin)['records'] if r['kind']=='resident' and r['row']['unit_id']=='$1'))"
}
start_central central
# A file a tablet could not apply (residents of a unit that is not in it) is refused whole and changes nothing.
python3 -c "import json,sys; m=json.load(sys.stdin); m['records']=[r for r in m['records'] if r['kind']!='unit' or r['key']!='$unit_b']; print(json.dumps(m))" <master.json >broken.json
set +e; "$aktenctl" import-master --central-dir central "${pg[@]}" broken.json 2>err.txt; status=$?; set -e
[[ $status == 1 ]] || fail "a broken master import: exit $status"
check "a master import a tablet could not apply is refused: $(tail -n1 err.txt)"

"$aktenctl" enrol-device --central-dir central "${pg[@]}" --unit "$unit_a" --unit "$unit_b" >code.a
code=$(awk '/^code/{print $2}' code.a)
fingerprint=$(awk '/^ca-sha256/{print $2}' code.a)
[[ "$fingerprint" == "$(awk '{print $2}' central.init)" ]] || fail "enrol-device and init disagree on the CA"
"$aktenctl" enrol --data-dir tablet-a --enrol-url "$ENROL_URL" --code "$code" --ca-sha256 "$fingerprint" >/dev/null
check "tablet A enrolled"

# Faults during A's first upload (11 batches). The server's request log says when batches have been committed.
uploads() { grep -c '/v1/upload 200' central.err 2>/dev/null || true; }
wait_uploads() { # wait_uploads N: until N uploads are answered (at most 30 s)
  for _ in $(seq 3000); do [[ $(uploads) -ge $1 ]] && return 0; sleep 0.01; done
  fail "no upload reached the server"
}
# 1. The server is killed in the middle of the upload (stopped first, so the sync cannot finish before the kill).
"$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" >/dev/null 2>err.txt &
sync_pid=$!
wait_uploads 1
kill -STOP "${pids[-1]}"; kill -KILL "${pids[-1]}"
if wait "$sync_pid"; then fail "the sync succeeded against a killed server"; fi
check "server killed mid-upload: the sync failed ($(tail -n1 err.txt))"
start_central central
# With PostgreSQL the server processes hold no state: a second one on the same database (as behind a load balancer)
# finishes A's upload that the first began and serves C's first download.
SECOND_URL=$SYNC_URL
if [[ ${#pg[@]} -gt 0 ]]; then
  first_sync=$SYNC_URL; first_enrol=$ENROL_URL; first_pid=$CENTRAL_PID
  start_central central central2
  SECOND_URL=$SYNC_URL; SYNC_URL=$first_sync; ENROL_URL=$first_enrol; CENTRAL_PID=$first_pid
  [[ $SECOND_URL != "$SYNC_URL" ]] || fail "the second server process shares the first one's port"
fi
# 2. The client is killed after the server committed batches, before it recorded every answer.
"$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" >/dev/null 2>&1 &
sync_pid=$!
wait_uploads 2
kill -STOP "$sync_pid"; kill -KILL "$sync_pid"
status=0; wait "$sync_pid" 2>/dev/null || status=$?
[[ $status == 137 ]] || fail "the client was not killed mid-sync (exit $status: it had finished before the kill)"
check "client killed after the server committed $(uploads) batches"
# 3. The next sync completes; resent batches are duplicates, nothing is lost or stored twice (C's convergence below
#    compares every record kind with A).
first=$("$aktenctl" sync --data-dir tablet-a --central "$SECOND_URL" --json)
[[ $(json "['rejected']" <<<"$first") == 0 && $(json "['pending']" <<<"$first") == 0 ]] || fail "after the faults: $first"
check "after both kills the next sync completed with nothing pending or refused: $first"
if [[ $SECOND_URL != "$SYNC_URL" ]]; then
  [[ $(grep -c '/v1/upload 200' central2.err) -gt 0 ]] || fail "the second server process took no upload"
  check "a second server process on the same database finished A's upload ($(grep -c '/v1/upload 200' central2.err) batches)"
fi
[[ $("$aktenctl" rejected --central-dir central "${pg[@]}" --device "$(cat tablet-a/device.id)" --json) == "[]" ]] ||
  fail "the central store lists refused records for A"
if "$aktenctl" rejected --central-dir central "${pg[@]}" --device nonsense 2>/dev/null; then fail "rejected took a bad id"; fi
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
# Master data flows down: B (Björkgården only) gets its unit's residents, staff and decisions, then the records.
"$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" >/dev/null 2>err.txt || fail "tablet B: $(cat err.txt)"
stats_b=$("$aktenctl" stats --data-dir tablet-b --json)
[[ $(json "['residents']" <<<"$stats_b") == $(residents_in "$unit_a" <master.json) ]] || fail "B's residents: $stats_b"
[[ $(json "['journal_entries']" <<<"$stats_b") -gt 0 ]] || fail "B: $stats_b"
check "tablet B got its unit's master data and records, and nothing of the other unit: $stats_b"

# A third tablet for both units converges with A: the same master data and the same records.
"$aktenctl" init --data-dir tablet-c >/dev/null
"$aktenctl" enrol-device --central-dir central "${pg[@]}" --unit "$unit_a" --unit "$unit_b" >code.c
"$aktenctl" enrol --data-dir tablet-c --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code.c)" \
  --ca-sha256 "$fingerprint" >/dev/null
# C's first download goes through a proxy that delays every chunk from the server and cuts the first connection in
# the middle of an answer: that sync fails, the next resumes from the stored cursor.
sync_port=${SECOND_URL##*:}
python3 "$support/faultproxy.py" proxy.port "$sync_port" --delay-ms 2 --cut-after-bytes 400000 --cut-connections 1 &
pids+=($!)
for _ in $(seq 100); do [[ -s proxy.port ]] && break; sleep 0.1; done
proxy_url="https://127.0.0.1:$(cat proxy.port)"
if "$aktenctl" sync --data-dir tablet-c --central "$proxy_url" >/dev/null 2>err.txt; then
  fail "a sync cut in the middle of an answer succeeded"
fi
check "proxy cut C's first download: $(tail -n1 err.txt)"
"$aktenctl" sync --data-dir tablet-c --central "$proxy_url" >/dev/null 2>err.txt || fail "tablet C: $(cat err.txt)"
stats_a=$("$aktenctl" stats --data-dir tablet-a --json)
stats_c=$("$aktenctl" stats --data-dir tablet-c --json)
for field in units staff residents decisions documents journal_entries corrections \
    signature_retractions consent_events release_records release_events day_notes day_note_reviews quality_samples \
    quality_reviews; do
  [[ $(json "['$field']" <<<"$stats_a") == $(json "['$field']" <<<"$stats_c") ]] ||
    fail "C differs from A in $field: A $stats_a C $stats_c"
done
# The demo's plan conflict, double signature and cover sheet conflict each have one record from a simulated second
# tablet that never syncs: only A has them.
for field in plans signatures record_documents; do
  [[ $(json "['$field']" <<<"$stats_c") == $(( $(json "['$field']" <<<"$stats_a") - 1 )) ]] ||
    fail "C's $field: A $stats_a C $stats_c"
done
again=$("$aktenctl" sync --data-dir tablet-c --central "$SYNC_URL" --json)
[[ $(json "['downloaded']" <<<"$again") == 0 ]] || fail "C downloaded again: $again"
check "tablet C converged with A (master data and every record kind); a second sync downloads nothing"

# No client certificate, and plain HTTP: no answer from the sync listener. A dead server refuses too (curl exit 7), so
# each check asks for a refusal after the connection was accepted (35: handshake failed, 52/56: closed without an
# answer), the reason in the server's log, and the server still serving.
handshake_refusals() { grep -c "TLS handshake failed: $1" central.err || true; }
refused_by_live_server() { # refused_by_live_server WHAT LOG_REASON CURL_ARGS...
  local what=$1 reason=$2 before status=0
  shift 2
  before=$(handshake_refusals "$reason")
  curl -s --max-time 10 "$@" >/dev/null 2>&1 || status=$?
  [[ $status == 35 || $status == 52 || $status == 56 ]] || fail "$what: curl exit $status, not a refused handshake"
  for _ in $(seq 50); do [[ $(handshake_refusals "$reason") -gt $before ]] && break; sleep 0.1; done
  [[ $(handshake_refusals "$reason") -gt $before ]] || fail "$what: the server did not log '$reason'"
  kill -0 "$CENTRAL_PID" 2>/dev/null || fail "$what: akten-central is not running"
  check "$what: refused in the TLS handshake (curl exit $status, server: $reason)"
}
refused_by_live_server "no client certificate" "The peer did not present any certificate" --cacert central/ca.crt \
  -X POST "$SYNC_URL/v1/download" -d '{}'
refused_by_live_server "plain HTTP" "Error during SSL handshake: .*http request" -X POST "${SYNC_URL/https/http}/v1/download" \
  -d '{}'
synced=$("$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" --json) || fail "the server stopped serving A"
check "and the same server still serves tablet A: $synced"

# A tablet enrolled at another site presents a certificate from another CA.
"$central" init --central-dir other >other.init
"$aktenctl" import-master --central-dir other - <master.json >/dev/null
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

# Revocation: the next contact fails and the tablet erases its data key and its device key, so an earlier copy of
# datakey.wrapped put back opens nothing.
device_b=$(cat tablet-b/device.id)
cp -p tablet-b/datakey.wrapped datakey-b.copy
"$aktenctl" stats --data-dir tablet-b >/dev/null || fail "tablet B does not open before revocation"
"$aktenctl" revoke-device --central-dir central "${pg[@]}" --device "$device_b" >/dev/null
if "$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" 2>err.txt; then
  fail "a revoked device synced"
fi
[[ ! -e tablet-b/datakey.wrapped ]] || fail "the revoked tablet kept its data key"
if "$aktenctl" stats --data-dir tablet-b >/dev/null 2>&1; then fail "the revoked tablet's store still opens"; fi
check "revoked: $(cat err.txt); the store no longer opens"
[[ -z "$(ls "$AKTEN_KEY_DIR" | grep '^tablet-b-')" ]] || fail "the revoked tablet kept its device key"
cp -p datakey-b.copy tablet-b/datakey.wrapped
if "$aktenctl" stats --data-dir tablet-b >/dev/null 2>err.txt; then fail "a restored datakey.wrapped opened the store"; fi
grep -q "device key.* not found" err.txt || fail "the restored data key failed for another reason: $(cat err.txt)"
check "the revoked tablet's device key is gone: its old datakey.wrapped put back does not open ($(cat err.txt))"

# Body key rotation (README "akten-central"): PostgreSQL only; a server started after it seals with the new key and
# still opens every older row.
if [[ ${#pg[@]} -gt 0 ]]; then
  "$central" rotate-body-key --central-dir central "${pg[@]}" >rotate.out
  [[ "$(cat rotate.out)" == "body key 2" && -f central/body-keys/2.wrapped ]] || fail "rotate-body-key: $(cat rotate.out)"
  start_central central central-rotated
  "$aktenctl" sync --data-dir tablet-c --central "$SYNC_URL" >/dev/null 2>err.txt || fail "sync after rotation: $(cat err.txt)"
  check "body key rotated: $(cat rotate.out); a restarted server still serves the log"
else
  set +e; "$central" rotate-body-key --central-dir central 2>err.txt; status=$?; set -e
  [[ $status == 2 ]] || fail "rotate-body-key without --postgres: exit $status"
  check "rotate-body-key without --postgres: $(cat err.txt)"
fi
echo "sync-e2e: all checks passed"
