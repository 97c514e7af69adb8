#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# akten-central's /healthz on PostgreSQL (README "akten-central as a service"), with the server of
# tests/support/with-postgres.sh: ok while PostgreSQL answers, 503 with the reason once it is stopped, ok again once
# it is back (the server connects again between requests).
# Usage: central-health-pg.sh AKTEN_CENTRAL
set -euo pipefail
central=$1
[[ -n "${AKTEN_TEST_POSTGRES:-}" ]] || { echo "run through with-postgres.sh" >&2; exit 2; }
work=$(mktemp -d /tmp/akten-health.XXXXXX)
server_pid=
cleanup() {
  [[ -z "$server_pid" ]] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }
# with-postgres.sh: AKTEN_TEST_POSTGRES is "host=SOCKETDIR ...", the cluster in SOCKETDIR/data.
pg_dir=$(sed -n 's/.*host=\([^ ]*\).*/\1/p' <<<"$AKTEN_TEST_POSTGRES")
bindir=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n1)
as_server=()
[[ $(id -u) != 0 ]] || as_server=(runuser -u postgres --)

"$central" init --central-dir central --postgres "$AKTEN_TEST_POSTGRES" >/dev/null
"$central" serve --central-dir central --postgres "$AKTEN_TEST_POSTGRES" --listen 127.0.0.1:0 \
  --enrol-listen 127.0.0.1:0 --health-listen 127.0.0.1:0 >serve.out 2>serve.err &
server_pid=$!
for _ in $(seq 100); do grep -q '^listening health' serve.out 2>/dev/null && break; sleep 0.1; done
health_url=$(awk '/^listening health/{print $3}' serve.out)
[[ -n "$health_url" ]] || fail "no health listener: $(cat serve.err)"
health() { echo "$(curl -s --max-time 5 -o body.txt -w '%{http_code}' "$health_url/healthz") $(cat body.txt)"; }
[[ $(health) == "200 ok" ]] || fail "healthz with PostgreSQL up: $(health)"
check "healthz: ok while PostgreSQL answers"
(cd / && "${as_server[@]}" "$bindir/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null)
answer=$(health)
[[ $answer == "503 PostgreSQL does not answer: PostgreSQL"* ]] || fail "healthz with PostgreSQL stopped: $answer"
check "healthz with PostgreSQL stopped: $answer"
# PostgreSQL back (a restart for maintenance): the server connects again between requests, without a restart of
# its own. The first question after the restart may still meet the dead connection; a few seconds at most.
(cd / && "${as_server[@]}" "$bindir/pg_ctl" -D "$pg_dir/data" -w -t 30 -l "$pg_dir/server.log" \
  -o "-c listen_addresses='' -c unix_socket_directories='$pg_dir' -c fsync=off -c max_connections=50" start >/dev/null)
back=
for _ in $(seq 20); do answer=$(health); [[ $answer == "200 ok" ]] && { back=1; break; }; sleep 0.5; done
[[ -n "$back" ]] || fail "healthz after PostgreSQL came back: $answer"
grep -q 'PostgreSQL connection re-established' serve.err || fail "the server did not say it connected again"
check "healthz: ok again once PostgreSQL is back, without restarting the server"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the server exited $? on SIGTERM"
server_pid=
