#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The restore drill on PostgreSQL (README "Backing up and restoring the central store"), next to the throwaway server
# of tests/support/with-postgres.sh: pg_dump of the database and `aktenctl backup --postgres` of the central
# directory while akten-central serves; tablet A uploads more after that; the dump goes into a new database with
# pg_restore and `aktenctl restore --postgres` moves its log on; served from there, B writes, A uploads again what the
# restored database lacks and gets B's entries; the database holds each record once.
# Usage: backup-drill-pg.sh AKTENCTL AKTEN_CENTRAL DRILLWRITER (AKTEN_TEST_POSTGRES set)
set -euo pipefail
aktenctl=$1
central=$2
writer=$3
[[ -n "${AKTEN_TEST_POSTGRES:-}" ]] || { echo "run under tests/support/with-postgres.sh" >&2; exit 2; }
support="$(cd "$(dirname "${BASH_SOURCE[0]}")/../support" && pwd)"
# shellcheck source=../support/scripttest.sh
source "$support/scripttest.sh"
test_workdir drill-pg
printf 'unused\n' >pgpass; chmod 600 pgpass # the test server trusts its socket
restored_db=${AKTEN_TEST_POSTGRES/dbname=postgres/dbname=restored}

start_central() { # start_central DIR CONNINFO
  "$central" serve --central-dir "$1" --central-key central/central.key --postgres "$2" --postgres-password-file pgpass \
    --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 >"$1.out" 2>"$1.err" &
  pids+=($!)
  CENTRAL_PID=$!
  for _ in $(seq 100); do grep -q '^listening enrolment' "$1.out" 2>/dev/null && break; sleep 0.1; done
  SYNC_URL=$(awk '/^listening sync/{print $3}' "$1.out")
  ENROL_URL=$(awk '/^listening enrolment/{print $3}' "$1.out")
  [[ -n "$SYNC_URL" ]] || { cat "$1.err" >&2; fail "akten-central did not start"; }
}
journal_entries() { "$aktenctl" stats --data-dir "$1" --json | json "['journal_entries']"; }

pg=(--postgres "$AKTEN_TEST_POSTGRES" --postgres-password-file pgpass)
"$aktenctl" init --demo --data-dir tablet-a >/dev/null
"$aktenctl" init --data-dir tablet-b >/dev/null
"$central" init --central-dir central "${pg[@]}" >/dev/null
"$aktenctl" export-master --data-dir tablet-a >master.json
"$aktenctl" import-master --central-dir central "${pg[@]}" master.json >/dev/null
read -r unit_a unit_b < <(python3 -c "import json,sys; print(*[r['key'] for r in json.load(sys.stdin)['records'] if r['kind']=='unit'])" <master.json)
start_central central "$AKTEN_TEST_POSTGRES"
for tablet in tablet-a tablet-b; do
  "$aktenctl" enrol-device --central-dir central "${pg[@]}" --unit "$unit_a" --unit "$unit_b" >"$tablet.code"
  "$aktenctl" enrol --data-dir "$tablet" --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' "$tablet.code")" \
    --ca-sha256 "$(awk '/^ca-sha256/{print $2}' "$tablet.code")" >/dev/null
  "$aktenctl" sync --data-dir "$tablet" --central "$SYNC_URL" >/dev/null
done
before=$(journal_entries tablet-a)

# The backup: the database with pg_dump, the directory with aktenctl (which says the database is not in it).
start=${EPOCHREALTIME/./}
pg_dump --format=custom --file=central.dump --dbname="$AKTEN_TEST_POSTGRES"
echo "measured: pg_dump $(( (${EPOCHREALTIME/./} - start) / 1000 )) ms, $(stat -c %s central.dump) bytes"
"$aktenctl" backup --central-dir central "${pg[@]}" --central-key central/central.key --out dir.bak >backup.out
grep -q "PostgreSQL, not in this file" backup.out || fail "backup --postgres: $(cat backup.out)"
python3 -c "import sys,json; m=json.loads(open('dir.bak','rb').read().split(b'\n')[1]); assert m['store']=='postgres' and 'central.db' not in [p['name'] for p in m['parts']] and any(p['name'].startswith('body-keys/') for p in m['parts']), m" ||
  fail "the directory backup's parts"
check "pg_dump and the directory's backup (with the body keys, no database): $(head -n1 backup.out)"
# Acknowledged after the dump: the restored database lacks these.
"$writer" tablet-a 3 >/dev/null
"$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" >/dev/null

kill "$CENTRAL_PID"; wait "$CENTRAL_PID" 2>/dev/null || true
psql --quiet --dbname="$AKTEN_TEST_POSTGRES" -c "CREATE DATABASE restored" >/dev/null
start=${EPOCHREALTIME/./}
pg_restore --no-owner --dbname="$restored_db" central.dump
set +e; "$aktenctl" restore --from dir.bak --central-dir refused --central-key central/central.key 2>err.txt; status=$?; set -e
if [[ $status != 1 || -e refused ]] || ! grep -q "PostgreSQL central store" err.txt; then
  fail "restore without --postgres: exit $status $(cat err.txt)"
fi
check "the directory backup without --postgres refused: $(cat err.txt)"
"$aktenctl" restore --from dir.bak --central-dir restored --central-key central/central.key --postgres "$restored_db" \
  --postgres-password-file pgpass >restore.out
echo "measured: pg_restore + aktenctl restore $(( (${EPOCHREALTIME/./} - start) / 1000 )) ms"
next=$(awk '/^the log goes on at position/{print $7}' restore.out)
[[ ${next:-0} -gt $((1 << 36)) ]] || fail "restore --postgres: $(cat restore.out)"
[[ -f restored/body-keys/1.wrapped && ! -e restored/central.key ]] || fail "restored/: $(ls -R restored)"
check "restored: $(tr '\n' ' ' <restore.out)"

start_central restored "$restored_db"
"$writer" tablet-b 5 >/dev/null
"$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" >/dev/null
a2=$("$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" --json)
[[ $(json "['uploaded']" <<<"$a2") -ge 3 && $(json "['pending']" <<<"$a2") == 0 && $(json "['rejected']" <<<"$a2") == 0 ]] ||
  fail "A after the restore: $a2"
[[ $(journal_entries tablet-a) == $((before + 8)) ]] || fail "A has $(journal_entries tablet-a) entries, not $((before + 8))"
check "A uploaded again what the restored database lacked and got B's entries: $a2"
"$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" >/dev/null
[[ $(journal_entries tablet-b) == $((before + 8)) ]] || fail "B has $(journal_entries tablet-b) entries"
stored=$(psql --quiet --tuples-only --no-align --dbname="$restored_db" \
  -c "SELECT count(*), count(DISTINCT (kind, record_key)) FROM records WHERE kind = 'journal_entry'")
[[ $stored == "$((before + 8))|$((before + 8))" ]] || fail "the restored database's journal entries: $stored"
check "the restored database holds each of the $((before + 8)) journal entries once"
echo "backup-drill-pg: all checks passed"
