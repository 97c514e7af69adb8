#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# akten-central's two TLS listeners against unauthenticated clients (issue 16), through the real programs on loopback:
# - a flood of connections that never finish a handshake (plain TCP that never sends, and slow ones that dribble a
#   ClientHello) on both ports: a real tablet (aktenctl sync) still syncs within seconds and the enrolment port still
#   answers; again with akten-central under a small open-file limit (its connection limits shrink to fit);
# - the TLS policy: openssl s_client finds CBC and SHA-1 suites refused and an ECDHE-AEAD one accepted on TLS 1.2,
#   TLS 1.3 preferred; a client (aktenctl enrol) refuses a server that offers only CBC;
# - enrolment: the code checked before the CA signs, one answer for every refusal, attempts limited per address.
# Usage: tls-listeners.sh AKTENCTL AKTEN_CENTRAL
set -euo pipefail
aktenctl=$1
central=$2
support="$(cd "$(dirname "${BASH_SOURCE[0]}")/../support" && pwd)"
# shellcheck source=../support/scripttest.sh
source "$support/scripttest.sh"
test_workdir tls
now_ms() { date +%s%3N; }

# start_central NAME [FILE_LIMIT]: serves central/ on free loopback ports; sets SYNC_URL, ENROL_URL, CENTRAL_PID.
start_central() {
  (
    if [[ -n "${2:-}" ]]; then ulimit -n "$2"; fi
    exec "$central" serve --central-dir central --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0
  ) >"$1.out" 2>"$1.err" &
  CENTRAL_PID=$!
  pids+=("$CENTRAL_PID")
  for _ in $(seq 100); do grep -q '^listening enrolment' "$1.out" 2>/dev/null && break; sleep 0.1; done
  SYNC_URL=$(awk '/^listening sync/{print $3}' "$1.out")
  ENROL_URL=$(awk '/^listening enrolment/{print $3}' "$1.out")
  [[ -n "$SYNC_URL" && -n "$ENROL_URL" ]] || { cat "$1.err" >&2; fail "akten-central did not start"; }
}

"$aktenctl" init --demo --data-dir tablet >/dev/null
"$central" init --central-dir central >central.init
"$aktenctl" export-master --data-dir tablet >master.json
"$aktenctl" import-master --central-dir central master.json >/dev/null
units=$(python3 -c "import json; print(' '.join('--unit '+r['key'] for r in json.load(open('master.json'))['records'] if r['kind']=='unit'))")
# shellcheck disable=SC2086
"$aktenctl" enrol-device --central-dir central $units >code
start_central central
"$aktenctl" enrol --data-dir tablet --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' code)" \
  --ca-sha256 "$(awk '/^ca-sha256/{print $2}' code)" >/dev/null
"$aktenctl" sync --data-dir tablet --central "$SYNC_URL" >/dev/null

# flood NAME IDLE SLOW: holds IDLE + SLOW connections on each port for 12 s; then a tablet syncs (within 5 s) and the
# enrolment port hands out the CA while they are held.
flood() {
  local name=$1 idle=$2 slow=$3 start took
  rm -f "$name.ready"
  python3 "$support/tlsflood.py" "$name.ready" 12 "$idle" "$slow" "${SYNC_URL##*:}" "${ENROL_URL##*:}" >"$name.flood" &
  local flood_pid=$!
  pids+=("$flood_pid")
  for _ in $(seq 100); do [[ -s "$name.ready" ]] && break; sleep 0.1; done
  [[ -s "$name.ready" ]] || fail "$name: the flood did not start"
  sleep 1 # the server has accepted them all by now
  start=$(now_ms)
  timeout 30 "$aktenctl" sync --data-dir tablet --central "$SYNC_URL" >sync.out 2>sync.err ||
    fail "$name: the tablet could not sync during the flood ($(cat sync.err))"
  took=$(( $(now_ms) - start ))
  [[ $took -lt 5000 ]] || fail "$name: the tablet's sync took $took ms during the flood"
  curl -s --max-time 5 --cacert central/ca.crt "$ENROL_URL/v1/ca" | grep -q 'BEGIN CERTIFICATE' ||
    fail "$name: the enrolment port did not answer during the flood"
  kill -0 "$flood_pid" 2>/dev/null || fail "$name: the flood ended before the checks ($(cat "$name.flood"))"
  wait "$flood_pid"
  check "$name: $(cat "$name.ready" | awk '{print $2}') connections held on both ports; the tablet synced in $took ms, \
enrolment answered; $(cat "$name.flood")"
}
flood "flood" 300 100
kill "$CENTRAL_PID"; wait "$CENTRAL_PID" 2>/dev/null || true
# Under a small open-file limit the listeners' caps shrink to fit it, so accept() does not run out of descriptors.
start_central small 256
grep -q 'open-file limit 256' small.err || fail "akten-central did not fit its limits to 256 open files"
flood "flood under 256 open files" 300 100
kill -0 "$CENTRAL_PID" || fail "akten-central died under the flood"

# The TLS policy on both listeners: TLS 1.2 with ECDHE and AEAD only, TLS 1.3 preferred.
probe() { # probe HOST:PORT ARGS...: 0 if a handshake succeeds
  local target=$1
  shift
  echo | timeout 10 openssl s_client -connect "$target" "$@" >probe.out 2>&1
}
for url in "$SYNC_URL" "$ENROL_URL"; do
  target=${url#https://}
  for cipher in ECDHE-ECDSA-AES128-SHA ECDHE-ECDSA-AES256-SHA ECDHE-ECDSA-AES128-SHA256 ECDHE-ECDSA-AES256-SHA384 \
      AES128-SHA AES128-GCM-SHA256; do
    if probe "$target" -tls1_2 -cipher "$cipher"; then fail "$target accepted $cipher"; fi
    grep -q -E 'handshake failure|no cipher' probe.out || fail "$target: $cipher failed for another reason: $(tail -3 probe.out)"
  done
  probe "$target" -tls1_2 -cipher ECDHE-ECDSA-AES128-GCM-SHA256 || true # the sync port then wants a certificate
  grep -q 'Cipher is ECDHE-ECDSA-AES128-GCM-SHA256' probe.out || fail "$target refused ECDHE-ECDSA-AES128-GCM-SHA256"
  probe "$target" || true
  grep -q 'New, TLSv1.3' probe.out || fail "$target did not negotiate TLS 1.3: $(grep New, probe.out)"
  check "$target: CBC, SHA-1 and static-RSA suites refused on TLS 1.2, ECDHE-ECDSA-AES128-GCM-SHA256 accepted, TLS 1.3 preferred"
done

# The client side: a server that offers only a CBC suite is refused by aktenctl before any HTTP.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout cbc.key -out cbc.crt -days 1 \
  -subj /CN=127.0.0.1 2>/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
openssl s_server -accept "127.0.0.1:$port" -cert cbc.crt -key cbc.key -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA -www \
  >cbc.out 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q ACCEPT cbc.out && break; sleep 0.1; done
"$aktenctl" init --data-dir other >/dev/null
if "$aktenctl" enrol --data-dir other --enrol-url "https://127.0.0.1:$port" --code AAAA-AAAA-AAAA-AAAA \
    --ca-sha256 00 2>err.txt; then
  fail "enrolled against a CBC-only server"
fi
for _ in $(seq 20); do grep -q 'no shared cipher' cbc.out && break; sleep 0.1; done
grep -q 'no shared cipher' cbc.out || fail "the client offered something a CBC-only server took: $(cat err.txt; cat cbc.out)"
check "aktenctl refuses a server that offers only CBC (no shared cipher): $(cat err.txt)"

# Enrolment: the code is checked before the CA signs anything; an unknown, used or wrong code and a known device id get
# one and the same answer; attempts are limited per peer address.
openssl ecparam -name prime256v1 -genkey -noout -out device.pem
openssl ec -in device.pem -pubout -out device.pub 2>/dev/null
known=$(cat tablet/device.id)
unknown=$(cat other/device.id)
"$aktenctl" enrol-device --central-dir central $units >code2
good=$(awk '/^code/{print $2}' code2)
enrol_post() { # enrol_post DEVICE CODE: prints "STATUS BODY"
  local body
  body=$(python3 -c 'import json,sys; print(json.dumps({"protocol": 1, "code": sys.argv[1], "device": sys.argv[2], "public_key": open("device.pub").read()}))' "$2" "$1")
  curl -s --max-time 10 --cacert central/ca.crt -o answer.json -w '%{http_code}' -X POST "$ENROL_URL/v1/enrol" \
    -H 'Content-Type: application/json' -d "$body"
  echo " $(cat answer.json)"
}
issued() { grep -c 'issued a device certificate' small.err || true; }
taken=$(enrol_post "$known" "$good")
[[ $taken == "403 "* ]] || fail "a known device with a valid code: $taken"
for attempt in "$unknown AAAA-BBBB-CCCC-DDDD" "$known AAAA-BBBB-CCCC-DDDD" "$unknown ${good,,}x"; do
  # shellcheck disable=SC2086
  answer=$(enrol_post $attempt)
  [[ $answer == "$taken" ]] || fail "enrolment answers differ: '$taken' vs '$answer'"
done
[[ $(issued) == 0 ]] || fail "the CA signed $(issued) certificates for refused enrolments"
check "refused enrolments all get '$taken'; the CA signed nothing"
answer=$(enrol_post "$unknown" "$good")
[[ $answer == "200 "*certificate* && $(issued) == 1 ]] || fail "a valid code for a new device: $answer"
check "the valid code (not spent by the refusal of the known device) enrols the new device; one certificate signed"
for _ in 1 2 3 4 5; do enrol_post "$unknown" AAAA-BBBB-CCCC-DDDD >/dev/null; done # 10 attempts from this address
limited=$(enrol_post "$known" AAAA-BBBB-CCCC-DDDD)
[[ $limited == "429 "* ]] || fail "the 11th enrolment attempt from one address: $limited"
"$aktenctl" enrol-device --central-dir central $units >code3
limited=$(enrol_post "$unknown" "$(awk '/^code/{print $2}' code3)")
[[ $limited == "429 "* && $(issued) == 1 ]] || fail "a valid code over the limit: $limited"
"$aktenctl" sync --data-dir tablet --central "$SYNC_URL" >/dev/null || fail "the sync port suffered from the enrolment limit"
check "over 10 attempts from one address: $limited (a valid code too; the sync port unaffected)"
echo "tls-listeners: all checks passed"
