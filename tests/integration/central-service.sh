#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# akten-central as a service (issue 18, README "akten-central as a service"), through the real programs on loopback.
# PID 1 is no systemd here, so the unit is checked with systemd-analyze and the server is run the way the unit runs
# it: --config FILE, an unprivileged user (nobody, when the test runs as root) with no new privileges, memory that is
# never writable and executable at once (PR_SET_MDWE, what MemoryDenyWriteExecute= enforces), the central key as a
# credential in $CREDENTIALS_DIRECTORY, and a stand-in for systemd's $NOTIFY_SOCKET. Checked:
# - the unit verifies and its exposure stays low; the packaged central.conf is read; bad configuration is refused
#   with file, line and key; with --config a key inside the state directory is refused;
# - init writes the key outside the state directory, and a copy of the directory alone is refused for that reason;
# - READY=1 comes only once every port answers; STOPPING=1 on SIGTERM;
# - SIGTERM with an upload in hand: the upload is answered, then the server exits 0; with one that does not finish
#   within --stop-timeout it is cut (never applied) and the server still exits 0 in time; then the tablet syncs on with
#   nothing refused, nothing stored twice, and a fresh tablet converges with it;
# - /metrics moves by what a sync did; /healthz turns 503 with the reason when the store file goes.
# Usage: central-service.sh AKTENCTL AKTEN_CENTRAL UNIT_FILE CENTRAL_CONF
set -euo pipefail
aktenctl=$1
central=$2
unit=$3
packaged_conf=$4
support="$(cd "$(dirname "${BASH_SOURCE[0]}")/../support" && pwd)"
# shellcheck source=../support/scripttest.sh
source "$support/scripttest.sh"
test_workdir svc
chmod 0711 "$work" # the server's user (nobody) passes through to its own directories
now_ms() { date +%s%3N; }

# --- The unit: systemd-analyze accepts it (ExecStart pointed at this build) and its exposure stays low.
for setting in Type=notify User=akten-central StateDirectory=akten-central StateDirectoryMode=0700 \
    ProtectSystem=strict NoNewPrivileges=yes MemoryDenyWriteExecute=yes 'CapabilityBoundingSet=$' \
    'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' SystemCallFilter=@system-service \
    LoadCredential=central.key:/etc/akten/central.key 'ExecStart=/usr/bin/akten-central serve --config /etc/akten/central.conf'; do
  grep -q "^$setting" "$unit" || fail "the unit lacks $setting"
done
if command -v systemd-analyze >/dev/null; then
  sed "s|/usr/bin/akten-central|$central|" "$unit" >akten-central.service
  systemd-analyze verify --man=no ./akten-central.service >verify.out 2>&1 || fail "systemd-analyze verify: $(cat verify.out)"
  [[ ! -s verify.out ]] || fail "systemd-analyze verify warns: $(cat verify.out)"
  exposure=$(systemd-analyze security --offline=yes ./akten-central.service 2>/dev/null |
    sed -n 's/.*Overall exposure level for akten-central.service: \([0-9.]*\).*/\1/p')
  [[ -n "$exposure" ]] || fail "systemd-analyze security gave no exposure level"
  python3 -c "import sys; sys.exit(0 if float('$exposure') <= 2.0 else 1)" || fail "the unit's exposure is $exposure (> 2.0)"
  check "systemd-analyze verify accepts the unit; exposure $exposure"
else
  echo "SKIP: systemd-analyze is missing (deploy/scripts/install-deps.sh installs systemd)"
fi

# --- Configuration. The packaged file is read: with the directories pointed here, serve gets as far as the store.
set +e
"$central" serve --config "$packaged_conf" --central-dir "$work/absent" --central-key "$work/etc/central.key" \
  >/dev/null 2>err.txt
status=$?
set -e
{ [[ $status == 1 ]] && grep -q "no central store in $work/absent" err.txt; } ||
  fail "the packaged central.conf: exit $status, $(cat err.txt)"
check "the packaged central.conf is read (the command line's --central-dir wins): $(cat err.txt)"
refused_usage() { # refused_usage EXPECTED_TEXT COMMAND...
  local expected=$1 status=0
  shift
  "$@" >/dev/null 2>err.txt || status=$?
  [[ $status == 2 ]] || fail "$* exited $status, not 2: $(cat err.txt)"
  grep -qF -- "$expected" err.txt || fail "$*: $(cat err.txt)"
  check "refused: $(cat err.txt)"
}
printf '# a typo\ncentral-dir = %s/state\nlisten-on = 127.0.0.1:8443\n' "$work" >typo.conf
refused_usage "akten-central: typo.conf:3: unknown key 'listen-on'" "$central" serve --config typo.conf
printf 'central-dir = %s/state\nlisten = central.example:8443\n' "$work" >bad.conf
refused_usage "bad.conf:2: listen expected HOST:PORT with an IP address" "$central" init --config bad.conf
printf 'central-dir = %s/state\nhealth-listen = 0.0.0.0:9102\n' "$work" >open.conf
refused_usage "open.conf:2: health-listen must be a loopback address" "$central" serve --config open.conf
refused_usage "--health-listen takes HOST:PORT with a loopback address" "$central" serve --central-dir "$work/state" \
  --health-listen 192.0.2.1:9102
printf 'central-dir = %s/state\n' "$work" >inside.conf
refused_usage "lies inside the central directory $work/state" "$central" init --config inside.conf
[[ ! -e state ]] || fail "a refused configuration created the state directory"

# --- init writes the central key outside the state directory (root-only in the packaged layout).
mkdir -m 0700 etc
cat >central.conf <<CONF
# as /etc/akten/central.conf, on free loopback ports
central-dir = $work/state
central-key = $work/etc/central.key
listen = 127.0.0.1:0
enrol-listen = 127.0.0.1:0
health-listen = 127.0.0.1:0
stop-timeout = 20
CONF
"$central" init --config central.conf >central.init
[[ $(stat -c %a etc/central.key) == 600 && $(stat -c %a state) == 700 ]] ||
  fail "modes: key $(stat -c %a etc/central.key), state $(stat -c %a state)"
[[ ! -e state/central.key ]] || fail "init left a key in the state directory"
check "init wrote the key to etc/central.key (0600), not into the state directory (0700)"

# A copy of the state directory alone opens nothing, for that reason; with the key it serves.
cp -a state copy
set +e
"$central" serve --central-dir "$work/copy" --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 >/dev/null 2>err.txt
status=$?
set -e
{ [[ $status == 1 ]] &&
  grep -q "no central key at $work/copy/central.key: the central directory alone opens nothing" err.txt; } ||
  fail "a copy without its key: exit $status, $(cat err.txt)"
check "a copy of the state directory alone is refused: $(cat err.txt)"
"$central" serve --central-dir "$work/copy" --central-key "$work/etc/central.key" --listen 127.0.0.1:0 \
  --enrol-listen 127.0.0.1:0 >copy.out 2>copy.err &
copy_pid=$!
pids+=("$copy_pid")
for _ in $(seq 100); do grep -q '^listening enrolment' copy.out 2>/dev/null && break; sleep 0.1; done
grep -q '^listening sync https://127.0.0.1:' copy.out || fail "the copy with its key did not serve: $(cat copy.err)"
kill -TERM "$copy_pid"
wait "$copy_pid" || fail "the copy's server exited $? on SIGTERM"
check "with the key the copy serves (and exits 0 on SIGTERM)"

# Master data and a tablet's enrolment code, before the state directory goes to the server's user.
"$aktenctl" init --demo --data-dir tablet-a >/dev/null
"$aktenctl" export-master --data-dir tablet-a >master.json
location=(--central-dir "$work/state" --central-key "$work/etc/central.key")
"$aktenctl" import-master "${location[@]}" master.json >/dev/null
units=$(python3 -c "import json; print(' '.join('--unit '+r['key'] for r in json.load(open('master.json'))['records'] if r['kind']=='unit'))")
# shellcheck disable=SC2086
"$aktenctl" enrol-device "${location[@]}" $units >code.a
# shellcheck disable=SC2086
"$aktenctl" enrol-device "${location[@]}" $units >code.c

# --- Run as the unit does. The credential is what systemd's LoadCredential= makes: a copy readable by the service
# user only, in a directory of its own; the key's own file (etc/, root-only) is out of that user's reach.
run_as=()
owner=$(id -un)
if [[ $(id -u) == 0 ]] && command -v setpriv >/dev/null; then
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --no-new-privs)
  owner=nobody
  chown -R nobody:nogroup state
fi
mkdir creds
cp etc/central.key creds/central.key
chown -R "$owner" creds
chmod 0400 creds/central.key
chmod 0500 creds
# MemoryDenyWriteExecute= is a seccomp filter under systemd; PR_SET_MDWE (Linux 6.3) is the same rule, inherited
# across exec. First proof that it holds: a write+exec mapping fails under it.
mdwe=(python3 -c 'import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(65, 1, 0, 0, 0) != 0: sys.exit("PR_SET_MDWE: " + os.strerror(ctypes.get_errno()))
os.execv(sys.argv[1], sys.argv[1:])')
if "${mdwe[@]}" /usr/bin/python3 -c 'import mmap; mmap.mmap(-1, 4096, prot=7)' 2>mdwe.err; then
  fail "PR_SET_MDWE did not refuse a writable and executable mapping"
elif grep -q "PR_SET_MDWE" mdwe.err; then
  echo "SKIP: no PR_SET_MDWE on this kernel ($(cat mdwe.err)): the server runs without it"
  mdwe=()
else
  check "under PR_SET_MDWE a writable+executable mapping is refused ($(tail -n1 mdwe.err))"
fi

# start_service NAME [OPTIONS...]: the server as the unit starts it; sets SERVICE_PID, SYNC_URL, ENROL_URL,
# HEALTH_URL, READY_MS (launch to READY=1). With HOLD set, the fake notification socket holds the server in its
# READY=1 for HOLD seconds and checks the ports meanwhile (notifysocket.py).
start_service() {
  local name=$1 start ready
  shift
  rm -f notify.sock notify.log notify.log.hold
  python3 "$support/notifysocket.py" "$work/notify.sock" "$work/notify.log" "$work/$name.out" ${HOLD:+"$HOLD"} &
  pids+=($!)
  for _ in $(seq 100); do [[ -S notify.sock && ( -z "${HOLD:-}" || -s notify.log.hold ) ]] && break; sleep 0.05; done
  start=$(now_ms)
  (
    cd /
    exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 QT_LOGGING_RULES='*.debug=false' NOTIFY_SOCKET="$work/notify.sock" \
      CREDENTIALS_DIRECTORY="$work/creds" "${run_as[@]}" "${mdwe[@]}" "$central" serve --config "$work/central.conf" "$@"
  ) >"$name.out" 2>"$name.err" &
  SERVICE_PID=$!
  pids+=("$SERVICE_PID")
  for _ in $(seq 200); do grep -q 'READY=1' notify.log 2>/dev/null && break; sleep 0.05; done
  ready=$(grep 'READY=1' notify.log 2>/dev/null) || { cat "$name.err" >&2; fail "$name: no READY=1"; }
  [[ $ready == *"|| ports 3 answered" ]] || fail "$name: READY=1 before the ports answered: $ready"
  READY_MS=$(( ${ready%% *} - start ))
  SYNC_URL=$(awk '/^listening sync/{print $3}' "$name.out")
  ENROL_URL=$(awk '/^listening enrolment/{print $3}' "$name.out")
  HEALTH_URL=$(awk '/^listening health/{print $3}' "$name.out")
  [[ $HEALTH_URL == http://127.0.0.1:* ]] || fail "$name: no 'listening health http://HOST:PORT' line: $(cat "$name.out")"
}
metric() { # metric NAME: its value on the running server
  curl -s --max-time 5 "$HEALTH_URL/metrics" | awk -v n="$1" '$1 == n {print $2}'
}
health() { # health: "CODE BODY" of /healthz
  local code
  code=$(curl -s --max-time 5 -o health.body -w '%{http_code}' "$HEALTH_URL/healthz")
  echo "$code $(cat health.body)"
}
uploads() { grep -c '/v1/upload 200' "$1" || true; }

# READY=1 comes after the listeners: held in its READY=1 for a second, the server answers on every port already.
HOLD=1 start_service run0
grep -qx 'held: ports 3 answered' notify.log || fail "held in READY=1, the server did not answer yet: $(cat notify.log)"
kill -TERM "$SERVICE_PID"
wait "$SERVICE_PID" || fail "the server exited $? on SIGTERM after its hold"
check "held in READY=1 (the notification queue full: $(cat notify.log.hold) datagrams) the server answers on its three ports"
start_service run1
[[ $(health) == "200 ok" ]] || fail "healthz: $(health)"
ps -o user= -p "$SERVICE_PID" | grep -qx "$owner" || fail "the server does not run as $owner"
check "READY=1 after every port answered, $READY_MS ms after launch, as $owner with the key from the credential \
(the key file itself unreadable to it); $(sed -n 's/.*STATUS=\([^|]*\).*/\1/p' notify.log | head -n1)"
"$aktenctl" enrol --data-dir tablet-a --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code.a)" \
  --ca-sha256 "$(awk '/^ca-sha256/{print $2}' code.a)" >/dev/null
[[ $(metric 'akten_central_enrolments_total{result="issued"}') == 1 ]] || fail "enrolment not counted"

# --- SIGTERM with an upload in hand: it is answered, then the server exits 0.
# stall_sync NAME: tablet A syncs through a proxy that holds its request after STALL bytes; returns once held.
stall_sync() {
  mkdir -p "$1.ctl"
  python3 "$support/stallproxy.py" "$1.port" "${SYNC_URL##*:}" 30000 "$1.ctl" &
  pids+=($!)
  for _ in $(seq 100); do [[ -s "$1.port" ]] && break; sleep 0.05; done
  "$aktenctl" sync --data-dir tablet-a --central "https://127.0.0.1:$(cat "$1.port")" >"$1.sync" 2>&1 &
  SYNC_PID=$!
  pids+=("$SYNC_PID")
  for _ in $(seq 600); do [[ -e "$1.ctl/stalled" ]] && break; sleep 0.05; done
  [[ -e "$1.ctl/stalled" ]] || fail "$1: the proxy never held a request ($(cat "$1.sync"))"
  sleep 0.3 # what the proxy passed has reached the server
}
stall_sync held
before=$(uploads run1.err)
kill -TERM "$SERVICE_PID"
sleep 1
kill -0 "$SERVICE_PID" 2>/dev/null || fail "the server exited with an upload in hand ($(tail -n3 run1.err))"
grep -q 'STOPPING=1' notify.log || fail "no STOPPING=1: $(cat notify.log)"
status=0; curl -s --max-time 5 -o /dev/null "${SYNC_URL}/v1/download" 2>/dev/null || status=$?
[[ $status == 7 ]] || fail "the sync port still accepts connections while stopping (curl exit $status)"
touch held.ctl/go
released=$(now_ms)
status=0; wait "$SERVICE_PID" || status=$?
stop_ms=$(( $(now_ms) - released ))
[[ $status == 0 ]] || fail "the server exited $status after SIGTERM"
[[ $(uploads run1.err) == $((before + 1)) ]] ||
  fail "the upload in hand was not answered: $before before, $(uploads run1.err) after"
grep -q "stopped: every request in hand was answered" run1.err || fail "no stop line: $(tail -n3 run1.err)"
wait "$SYNC_PID" || true
check "SIGTERM with an upload in hand: STOPPING=1, no new connections, the upload answered 200 ($before before it), \
exit 0 ${stop_ms} ms after its last byte came"

# --- One that does not finish within the stop timeout (the command line's --stop-timeout 2 over the file's 20).
start_service run2 --stop-timeout 2
stall_sync cut
before=$(uploads run2.err)
term=$(now_ms)
kill -TERM "$SERVICE_PID"
status=0; wait "$SERVICE_PID" || status=$?
took=$(( $(now_ms) - term ))
[[ $status == 0 ]] || fail "the server exited $status after cutting a request"
[[ $took -ge 1900 && $took -lt 5000 ]] || fail "the stop took $took ms with --stop-timeout 2"
[[ $(uploads run2.err) == "$before" ]] || fail "the cut upload was answered"
grep -q "stopped with 1 request(s) cut short: none was applied" run2.err || fail "no cut line: $(tail -n3 run2.err)"
touch cut.ctl/go
if wait "$SYNC_PID"; then fail "the sync whose upload was cut succeeded"; fi
check "an upload still arriving at the stop timeout is cut and the server exits 0 after $took ms"

# --- The tablet syncs on: nothing refused or stored twice; the counters move by what the sync did.
start_service run3
[[ $(metric akten_central_upload_batches_total) == 0 ]] || fail "a fresh server's counters are not 0"
synced=$("$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" --json) || fail "tablet A could not sync on"
[[ $(json "['rejected']" <<<"$synced") == 0 && $(json "['pending']" <<<"$synced") == 0 ]] || fail "A: $synced"
uploaded=$(json "['uploaded']" <<<"$synced")
accepted=$(metric 'akten_central_upload_records_total{outcome="accepted"}')
duplicate=$(metric 'akten_central_upload_records_total{outcome="duplicate"}')
rejected=$(metric 'akten_central_upload_records_total{outcome="rejected"}')
[[ $uploaded -gt 0 && $accepted == "$uploaded" && $duplicate == 0 && $rejected == 0 ]] ||
  fail "after the stops: A uploaded $uploaded, the server accepted $accepted, duplicates $duplicate, rejected $rejected"
[[ $(metric akten_central_upload_batches_total) == $(uploads run3.err) ]] || fail "batches: $(metric akten_central_upload_batches_total) vs $(uploads run3.err)"
[[ $(metric akten_central_downloads_total) == $(grep -c '/v1/download 200' run3.err) ]] || fail "downloads"
[[ $(metric 'akten_central_request_duration_seconds_count{endpoint="upload"}') == $(uploads run3.err) ]] ||
  fail "latency count"
check "after both stops A synced on: $uploaded records accepted, none a duplicate (nothing of the cut batch was kept) or \
refused; the counters match the request log"
"$aktenctl" init --data-dir tablet-c >/dev/null
"$aktenctl" enrol --data-dir tablet-c --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code.c)" \
  --ca-sha256 "$(awk '/^ca-sha256/{print $2}' code.c)" >/dev/null
"$aktenctl" sync --data-dir tablet-c --central "$SYNC_URL" >/dev/null 2>err.txt || fail "tablet C: $(cat err.txt)"
stats_a=$("$aktenctl" stats --data-dir tablet-a --json)
stats_c=$("$aktenctl" stats --data-dir tablet-c --json)
for field in units staff residents decisions documents journal_entries corrections signature_retractions \
    consent_events release_records release_events day_notes day_note_reviews quality_samples quality_reviews; do
  [[ $(json "['$field']" <<<"$stats_a") == $(json "['$field']" <<<"$stats_c") ]] ||
    fail "C differs from A in $field: A $stats_a C $stats_c"
done
check "a fresh tablet converges with A: every record arrived once"
# No personal data in the metrics: no device, resident, staff or unit id.
curl -s "$HEALTH_URL/metrics" >metrics.txt
for id in "$(cat tablet-a/device.id)" "$(cat tablet-c/device.id)" \
    $(python3 -c "import json; print(' '.join(r['key'] for r in json.load(open('master.json'))['records'][:50]))"); do
  ! grep -qF "$id" metrics.txt || fail "/metrics names $id"
done
check "/metrics after a sync names no device, resident, staff or unit:
$(grep -v '^#' metrics.txt | grep -v '_bucket' | sed 's/^/    /')"

# --- /healthz: 503 with the reason when the store file goes; back to ok when it is back.
mv state/central.db state/central.db.away
[[ $(health) == "503 the store file $work/state/central.db is gone" ]] || fail "healthz without the file: $(health)"
mv state/central.db.away state/central.db
[[ $(health) == "200 ok" ]] || fail "healthz with the file back: $(health)"
if [[ $owner == nobody ]]; then
  chmod 000 state/central.db
  [[ $(health) == "503 the store file $work/state/central.db is not readable and writable" ]] ||
    fail "healthz with an unreadable file: $(health)"
  chmod 600 state/central.db
fi
check "/healthz turns 503 with the reason when the store file is gone (or unreadable), ok when it is back"

term=$(now_ms)
kill -TERM "$SERVICE_PID"
status=0; wait "$SERVICE_PID" || status=$?
[[ $status == 0 ]] || fail "an idle server exited $status on SIGTERM"
check "startup to READY ${READY_MS} ms; an idle server stops in $(( $(now_ms) - term )) ms"
