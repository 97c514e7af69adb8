#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Scaling out (README "Scaling out"): two `akten-central serve` processes on one PostgreSQL database (started by
# tests/support/with-postgres.sh) and one central directory, behind HAProxy in TCP mode with TLS passthrough on
# loopback, configured like deploy/central/haproxy.cfg.example. Tablets driven by aktenctl enrol and sync through the
# balancer only; the test checks that both processes served requests (their request logs, and HAProxy's per-server
# session counts from its stats socket), that every record of the uploading tablet arrived exactly once (in the
# database, and on two tablets that downloaded it through the balancer), and that with one process killed the syncs
# go on through the other (HAProxy marks it down; uploads and downloads still complete).
# Usage: central-balancer.sh AKTENCTL AKTEN_CENTRAL. Exit 77 (skipped) without haproxy or PostgreSQL.
set -euo pipefail
aktenctl=$1
central=$2
if ! command -v haproxy >/dev/null; then
  echo "SKIP: haproxy is not installed (deploy/scripts/install-deps.sh installs it)" >&2
  exit 77
fi
if [[ -z "${AKTEN_TEST_POSTGRES:-}" ]] || ! command -v psql >/dev/null; then
  echo "SKIP: needs PostgreSQL (run under tests/support/with-postgres.sh) and psql" >&2
  exit 77
fi
# The shipped example must stay a configuration HAProxy accepts (its addresses are placeholders: nothing is started).
example="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/deploy/central/haproxy.cfg.example"
haproxy -c -q -f "$example" || { echo "FAIL: haproxy rejects $example" >&2; exit 1; }
started=$(date +%s.%N)
work=$(mktemp -d /tmp/akten-lb.XXXXXX)
export AKTEN_KEY_DIR="$work/keys"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$work"
fail() {
  echo "FAIL: $*" >&2
  for log in central1.err central2.err haproxy.log; do
    [[ -f $log ]] && { echo "--- $log (last lines)" >&2; tail -n 15 "$log" >&2; }
  done
  exit 1
}
elapsed() { python3 -c "import time; print(f'{time.time() - $started:.1f}')"; }
check() { echo "ok ($(elapsed) s): $*"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(*[d$1])"; }

printf 'unused\n' >pgpass # the test server trusts its socket; the file shows how a password is passed
chmod 600 pgpass
pg=(--postgres "$AKTEN_TEST_POSTGRES" --postgres-password-file "$work/pgpass")

# The site: one central directory (CA, server certificate for 127.0.0.1, wrapped keys, central.key) shared by both
# processes, as every process behind a balancer needs the same material.
"$central" init --central-dir central "${pg[@]}" >central.init
"$aktenctl" init --demo --data-dir tablet-a >/dev/null
check "site and demo tablet made"
"$aktenctl" export-master --data-dir tablet-a >master.json
"$aktenctl" import-master --central-dir central "${pg[@]}" master.json >/dev/null
read -r unit_a unit_b < <(python3 -c "import json,sys; print(*[r['key'] for r in json.load(sys.stdin)['records'] if r['kind']=='unit'])" <master.json)

# start_backend NAME: `serve` on free loopback ports; sets PORT_SYNC, PORT_ENROL and BACKEND_PID.
start_backend() {
  "$central" serve --central-dir central "${pg[@]}" --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 >"$1.out" \
    2>"$1.err" &
  BACKEND_PID=$!
  pids+=("$BACKEND_PID")
  for _ in $(seq 100); do
    grep -q '^listening enrolment' "$1.out" 2>/dev/null && break
    sleep 0.1
  done
  PORT_SYNC=$(awk '/^listening sync/{print $3}' "$1.out")
  PORT_ENROL=$(awk '/^listening enrolment/{print $3}' "$1.out")
  [[ -n "$PORT_SYNC" && -n "$PORT_ENROL" ]] || fail "akten-central $1 did not start: $(cat "$1.err")"
  PORT_SYNC=${PORT_SYNC##*:}
  PORT_ENROL=${PORT_ENROL##*:}
}
start_backend central1
sync1=$PORT_SYNC enrol1=$PORT_ENROL pid1=$BACKEND_PID
start_backend central2
sync2=$PORT_SYNC enrol2=$PORT_ENROL pid2=$BACKEND_PID

# Two free loopback ports for the balancer's frontends (the kernel picks them; closed again just before HAProxy binds).
read -r lb_sync lb_enrol < <(python3 -c "
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(('127.0.0.1', 0))
print(*[x.getsockname()[1] for x in s])")
# The example's settings, on loopback, in the foreground, with the stats socket in the temporary directory and short
# health check intervals so that a killed process is marked down within a second.
cat >haproxy.cfg <<EOF
global
    stats socket $work/haproxy.sock mode 600 level admin
defaults
    mode tcp
    option tcplog
    option tcpka
    timeout connect 5s
    timeout client 10m
    timeout server 10m
    timeout client-fin 30s
    timeout server-fin 30s
    retries 2
    option redispatch
frontend akten_sync
    bind 127.0.0.1:$lb_sync
    default_backend akten_sync_servers
backend akten_sync_servers
    balance leastconn
    default-server check inter 300ms fall 2 rise 2 on-marked-down shutdown-sessions
    server central1 127.0.0.1:$sync1
    server central2 127.0.0.1:$sync2
frontend akten_enrol
    bind 127.0.0.1:$lb_enrol
    default_backend akten_enrol_servers
backend akten_enrol_servers
    balance leastconn
    default-server check inter 300ms fall 2 rise 2
    server central1 127.0.0.1:$enrol1
    server central2 127.0.0.1:$enrol2
EOF
haproxy -c -q -f haproxy.cfg || fail "haproxy does not accept the generated configuration"
haproxy -f "$work/haproxy.cfg" -db >haproxy.log 2>&1 &
pids+=($!)
# stat FIELD SERVER: a column of `show stat` for a server of the sync backend (status: UP/DOWN; stot: sessions).
stat() {
  python3 - "$work/haproxy.sock" "$1" "$2" <<'EOF'
import socket, sys
sock, field, server = sys.argv[1:]
s = socket.socket(socket.AF_UNIX)
s.connect(sock)
s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536):
    data += chunk
lines = data.decode().splitlines()
head = lines[0].lstrip("# ").split(",")
for line in lines[1:]:
    row = dict(zip(head, line.split(",")))
    if row.get("pxname") == "akten_sync_servers" and row.get("svname") == server:
        print(row[field])
EOF
}
deadline=$((SECONDS + 30))
while [[ $SECONDS -lt $deadline ]]; do
  [[ -S haproxy.sock && $(stat status central1 2>/dev/null) == UP && $(stat status central2 2>/dev/null) == UP ]] && break
  sleep 0.1
done
[[ $(stat status central1) == UP && $(stat status central2) == UP ]] || fail "HAProxy does not see both servers up"
check "two akten-central processes (sync ports $sync1, $sync2) on one database behind HAProxy on 127.0.0.1:$lb_sync"
LB_SYNC="https://127.0.0.1:$lb_sync"
LB_ENROL="https://127.0.0.1:$lb_enrol"

# Enrolment through the balancer: A (the demo unit's data, both units) uploads; C and D (both units) and B (one unit)
# download. Any process takes any code: they live in the shared database.
enrol() { # enrol TABLET UNIT...
  local tablet=$1 args=() code
  shift
  for unit in "$@"; do args+=(--unit "$unit"); done
  [[ -d $tablet ]] || "$aktenctl" init --data-dir "$tablet" >/dev/null
  "$aktenctl" enrol-device --central-dir central "${pg[@]}" "${args[@]}" >"code.$tablet"
  code=$(awk '/^code/{print $2}' "code.$tablet")
  "$aktenctl" enrol --data-dir "$tablet" --enrol-url "$LB_ENROL" --code "$code" \
    --ca-sha256 "$(awk '/^ca-sha256/{print $2}' "code.$tablet")" >/dev/null 2>err.txt ||
    fail "enrolling $tablet through the balancer: $(cat err.txt)"
}
enrol tablet-a "$unit_a" "$unit_b"
enrol tablet-b "$unit_a"
enrol tablet-c "$unit_a" "$unit_b"
enrol tablet-d "$unit_a" "$unit_b"
check "four tablets enrolled through the balancer"

syncs=0
sync_ok() { # sync_ok TABLET: one sync through the balancer, its JSON summary in LAST
  LAST=$("$aktenctl" sync --data-dir "$1" --central "$LB_SYNC" --json 2>err.txt) || fail "sync of $1: $(cat err.txt)"
  syncs=$((syncs + 1))
}
requests() { grep -cE '/v1/(upload|download) 200' "$1" || true; }

# A process killed in the middle of A's first upload (11 batches): the process that answered the first batch is
# stopped and killed. A request in flight fails; the balancer sends the next connection to the other process, so the
# sync either goes on there or fails and the next one finishes it. The process is started again on its ports (the
# balancer takes it back once its health check passes). Every batch it acknowledged is in the shared database.
uploads() { grep -c '/v1/upload 200' "$1" 2>/dev/null || true; }
"$aktenctl" sync --data-dir tablet-a --central "$LB_SYNC" >/dev/null 2>err.a &
upload=$!
victim=""
deadline=$((SECONDS + 60))
while [[ -z $victim && $SECONDS -lt $deadline ]]; do
  for name in central1 central2; do [[ $(uploads "$name.err") -gt 0 ]] && victim=$name; done
  sleep 0.01
done
[[ -n $victim ]] || fail "no upload reached a server"
victim_pid=$pid1 victim_sync=$sync1 victim_enrol=$enrol1
[[ $victim == central2 ]] && victim_pid=$pid2 victim_sync=$sync2 victim_enrol=$enrol2
kill -STOP "$victim_pid"
kill -KILL "$victim_pid"
wait "$victim_pid" 2>/dev/null || true
killed_after=$(uploads "$victim.err")
outcome="went on through the other process"
wait "$upload" || outcome="failed: $(tail -n1 err.a)"
"$central" serve --central-dir central "${pg[@]}" --listen "127.0.0.1:$victim_sync" \
  --enrol-listen "127.0.0.1:$victim_enrol" >>"$victim.out" 2>>"$victim.err" &
pids+=($!)
if [[ $victim == central1 ]]; then pid1=$!; else pid2=$!; fi
deadline=$((SECONDS + 30))
while [[ $(stat status "$victim") != UP && $SECONDS -lt $deadline ]]; do sleep 0.1; done
[[ $(stat status "$victim") == UP ]] || fail "$victim did not come back after the restart"
other=central1
[[ $victim == central1 ]] && other=central2
[[ $killed_after -lt 11 ]] || fail "$victim had taken the whole upload before the kill"
check "$victim killed mid-upload after $killed_after batches ($(uploads "$other.err") on $other); A's sync $outcome; $victim restarted and back in the balancer"

# A's upload goes on (from what was acknowledged) while B and C download, all through the balancer at once.
sync_started=$(date +%s.%N)
"$aktenctl" sync --data-dir tablet-a --central "$LB_SYNC" --json >upload.a 2>err.a &
upload=$!
"$aktenctl" sync --data-dir tablet-b --central "$LB_SYNC" --json >/dev/null 2>err.b &
down_b=$!
"$aktenctl" sync --data-dir tablet-c --central "$LB_SYNC" --json >/dev/null 2>err.c &
down_c=$!
wait "$upload" || fail "A's upload through the balancer: $(cat err.a)"
wait "$down_b" || fail "B's sync through the balancer: $(cat err.b)"
wait "$down_c" || fail "C's sync through the balancer: $(cat err.c)"
syncs=$((syncs + 3))
read -r uploaded pending rejected < <(json "['uploaded'], d['pending'], d['rejected']" <upload.a)
[[ $pending == 0 && $rejected == 0 ]] || fail "A's upload: $(cat upload.a)"
# Then rounds of syncs by every tablet, one after another, as docked tablets do.
for _ in 1 2 3; do
  for tablet in tablet-a tablet-b tablet-c tablet-d; do sync_ok "$tablet"; done
done
sync_seconds=$(python3 -c "import time; print(f'{time.time() - $sync_started:.1f}')")

served1=$(requests central1.err)
served2=$(requests central2.err)
sessions1=$(stat stot central1)
sessions2=$(stat stot central2)
[[ $served1 -gt 0 && $served2 -gt 0 ]] || fail "one process served nothing: central1 $served1, central2 $served2 requests"
[[ $sessions1 -gt 0 && $sessions2 -gt 0 ]] || fail "HAProxy sent no session to one server: $sessions1 / $sessions2"
check "$syncs syncs in ${sync_seconds} s; requests served: central1 $served1, central2 $served2; HAProxy sessions: central1 $sessions1, central2 $sessions2"

# Exactly once: A has nothing pending, and the database holds A's sequence numbers 1..N each once (no gap: nothing
# acknowledged before the kill was lost; no duplicate: nothing resent was stored twice); C and D, which downloaded
# through either process, hold what A holds.
device_a=$(cat tablet-a/device.id)
read -r rows distinct_seq distinct_keys max_seq < <(psql "$AKTEN_TEST_POSTGRES" -AtF ' ' -c \
  "SELECT count(*), count(DISTINCT device_seq), count(DISTINCT (kind, record_key)), max(device_seq) FROM records WHERE device_id = '$device_a'")
[[ $distinct_seq == "$rows" && $distinct_keys == "$rows" && $max_seq == "$rows" ]] ||
  fail "the database holds $rows rows of A ($distinct_seq sequence numbers up to $max_seq, $distinct_keys keys; $uploaded after the kill)"
"$aktenctl" stats --data-dir tablet-a --json >stats.a
for tablet in tablet-c tablet-d; do
  "$aktenctl" stats --data-dir "$tablet" --json >"stats.$tablet"
  # Every record kind as on A, but for the demo's plan conflict, double signature and cover sheet conflict, which each
  # have one record from a simulated second tablet that never syncs: only A has those.
  python3 - stats.a "stats.$tablet" <<'EOF' || fail "$tablet does not hold what A holds"
import json, sys
a, other = (json.load(open(path)) for path in sys.argv[1:])
same = ["units", "staff", "residents", "decisions", "documents", "journal_entries", "corrections",
        "signature_retractions", "consent_events", "release_records", "release_events", "day_notes",
        "day_note_reviews", "quality_samples", "quality_reviews"]
bad = [f"{k}: A {a[k]}, here {other[k]}" for k in same if a[k] != other[k]]
bad += [f"{k}: A {a[k]}, here {other[k]}" for k in ["plans", "signatures", "record_documents"] if other[k] != a[k] - 1]
if bad:
    sys.exit("; ".join(bad))
EOF
done
check "A's $rows records ($uploaded sent by the sync after the kill) are in the database exactly once, and C and D hold every one of them"

# One process dies. HAProxy's health check marks it down, and the syncs go on through the other: downloads, and an
# upload of a record written after the kill (an audit event of a quality sample on A).
kill -KILL "$pid1"
wait "$pid1" 2>/dev/null || true
killed_at=$(date +%s.%N)
before2=$(requests central2.err)
deadline=$((SECONDS + 15))
while [[ $(stat status central1) != DOWN && $SECONDS -lt $deadline ]]; do sleep 0.1; done
[[ $(stat status central1) == DOWN ]] || fail "HAProxy did not mark the killed process down"
down_seconds=$(python3 -c "import time; print(f'{time.time() - $killed_at:.1f}')")
# A printed signing list is audited (an audit event, a synced kind): something new for A to upload.
resident=$(python3 -c "import json,sys; print(next(r['key'] for r in json.load(sys.stdin)['records'] if r['kind']=='resident'))" <master.json)
"$aktenctl" export-signing --data-dir tablet-a --resident "$resident" --month "$(date +%Y-%m)" --out list.pdf \
  >/dev/null 2>err.txt || fail "export-signing: $(cat err.txt)"
after_kill=0 uploaded_after=0
for _ in 1 2; do
  for tablet in tablet-a tablet-b tablet-c tablet-d; do
    sync_ok "$tablet"
    after_kill=$((after_kill + 1))
    read -r up pending rejected < <(json "['uploaded'], d['pending'], d['rejected']" <<<"$LAST")
    [[ $pending == 0 && $rejected == 0 ]] || fail "$tablet after the kill: $LAST"
    uploaded_after=$((uploaded_after + up))
  done
done
after2=$(requests central2.err)
[[ $after2 -gt $before2 ]] || fail "the surviving process served nothing after the kill"
[[ $(requests central1.err) == "$served1" ]] || fail "the killed process served requests"
rows_after=$(psql "$AKTEN_TEST_POSTGRES" -At -c "SELECT count(*) FROM records WHERE device_id = '$device_a'")
[[ $uploaded_after -gt 0 && $rows_after == $((rows + uploaded_after)) ]] ||
  fail "after the kill A uploaded $uploaded_after records; the database went from $rows to $rows_after"
check "central1 killed: marked down in ${down_seconds} s; $after_kill syncs after it all completed through central2 ($((after2 - before2)) requests), A's $uploaded_after new records arrived once ($rows -> $rows_after)"
echo "central-balancer: all checks passed in $(elapsed) s"
