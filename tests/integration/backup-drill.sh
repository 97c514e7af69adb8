#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The restore drill (README "Backing up and restoring the central store"), through the real programs: akten-central
# serves its embedded store on loopback; tablet A (the demo's history) uploads through a slow proxy while
# `aktenctl backup` copies the store; tablet B downloads everything. Damaged backups, a wrong key and occupied
# targets are refused, each for its own reason, writing nothing. The backup is restored into a new directory and
# served from there. Then: every record the central store had acknowledged before the backup began is in it; B writes
# new entries, A uploads again what the restored store lacked and gets B's entries although its download cursor had
# gone past the restored log; the central store ends up holding each record exactly once (counts per kind: the
# original's plus B's new entries). Prints the backup's size and times and how long uploads waited meanwhile.
# Usage: backup-drill.sh AKTENCTL AKTEN_CENTRAL DRILLWRITER
set -euo pipefail
aktenctl=$1
central=$2
writer=$3
support="$(cd "$(dirname "${BASH_SOURCE[0]}")/../support" && pwd)"
# shellcheck source=../support/scripttest.sh
source "$support/scripttest.sh"
test_workdir drill
now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }
mode() { stat -c %a "$1"; }

# start_central DIR: serves DIR (its key stays in central/, as a key outside the state directory would) on free
# loopback ports; each line of its request log is stamped with the time in ms, for the waits measured below.
start_central() {
  "$central" serve --central-dir "$1" --central-key central/central.key --listen 127.0.0.1:0 \
    --enrol-listen 127.0.0.1:0 >"$1.out" 2> >(while IFS= read -r line; do echo "$(now_ms) $line"; done >"$1.err") &
  pids+=($!)
  CENTRAL_PID=$!
  for _ in $(seq 100); do
    grep -q '^listening enrolment' "$1.out" 2>/dev/null && break
    sleep 0.1
  done
  SYNC_URL=$(awk '/^listening sync/{print $3}' "$1.out")
  ENROL_URL=$(awk '/^listening enrolment/{print $3}' "$1.out")
  [[ -n "$SYNC_URL" && -n "$ENROL_URL" ]] || { cat "$1.err" >&2; fail "akten-central did not start"; }
}
uploads() { grep -c '/v1/upload 200' "$1" 2>/dev/null || true; }
# counts DIR NAME: what the central store in DIR holds (restore's summary of a fresh backup of it), in NAME.counts.
counts() {
  "$aktenctl" backup --central-dir "$1" --central-key central/central.key --out "$2.bak" >/dev/null
  "$aktenctl" restore --from "$2.bak" --central-dir "$2.check" --central-key central/central.key >"$2.restore"
  grep -E '^(records |devices |rejected )' "$2.restore" >"$2.counts"
}
total_records() { awk '/^records /{n+=$3} /^rejected /{n+=$2} END{print n+0}' "$1"; }

"$aktenctl" init --demo --data-dir tablet-a >/dev/null
"$aktenctl" init --data-dir tablet-b >/dev/null
"$central" init --central-dir central >central.init
"$aktenctl" export-master --data-dir tablet-a >master.json
"$aktenctl" import-master --central-dir central master.json >/dev/null
read -r unit_a unit_b < <(python3 -c "import json,sys; print(*[r['key'] for r in json.load(sys.stdin)['records'] if r['kind']=='unit'])" <master.json)
start_central central
for tablet in tablet-a tablet-b; do
  "$aktenctl" enrol-device --central-dir central --unit "$unit_a" --unit "$unit_b" >"$tablet.code"
  "$aktenctl" enrol --data-dir "$tablet" --enrol-url "$ENROL_URL" --code "$(awk '/^code/{print $2}' "$tablet.code")" \
    --ca-sha256 "$(awk '/^ca-sha256/{print $2}' "$tablet.code")" >/dev/null
done
"$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" >/dev/null # master data; nothing to upload yet
check "tablets A and B enrolled"

# A uploads its history (about a dozen batches) through a proxy that slows every answer, so the backup runs while
# uploads do; the backup starts once the central store has acknowledged some of them.
python3 "$support/faultproxy.py" proxy.port "${SYNC_URL##*:}" --delay-ms 150 &
pids+=($!)
for _ in $(seq 100); do [[ -s proxy.port ]] && break; sleep 0.1; done
baseline=$(uploads central.err) # B's empty upload
"$aktenctl" sync --data-dir tablet-a --central "https://127.0.0.1:$(cat proxy.port)" --json >a1.json 2>a1.err &
sync_pid=$!
for _ in $(seq 3000); do [[ $(uploads central.err) -ge $((baseline + 2)) ]] && break; sleep 0.01; done
acked_before=$(( ($(uploads central.err) - baseline) * 500 )) # A's full batches (500 seqs) answered before the backup
backup_start=$(now_ms)
"$aktenctl" backup --central-dir central --central-key central/central.key --out drill.bak >backup.out
backup_end=$(now_ms)
kill -0 "$sync_pid" 2>/dev/null || fail "A's upload had ended before the backup did: not a backup during uploads"
wait "$sync_pid" || fail "A's sync: $(cat a1.err)"
[[ $(json "['pending']" <a1.json) == 0 && $(json "['rejected']" <a1.json) == 0 ]] || fail "A's sync: $(cat a1.json)"
check "backup taken while A uploaded: $(head -n1 backup.out) ($(uploads central.err) upload batches in all)"
# How long uploads waited: the answers' times around the backup (each is stamped when the server logged it).
awk -v s="$backup_start" -v e="$backup_end" '/\/v1\/upload 200/{t[n++]=$1; if ($1>=s && $1<=e) c++} END{
  gap=0; for(i=1;i<n;i++) if (t[i]>=s && t[i-1]<=e && t[i]-t[i-1]>gap) gap=t[i]-t[i-1];
  for(i=1;i<n;i++) d[i]=t[i]-t[i-1]; m=0; for(i=1;i<n;i++) m+=d[i];
  printf "measured: backup %d ms; upload answers during it: %d; longest gap between answers spanning it %d ms (mean gap %d ms)\n",
    e-s, c+0, gap, (n>1 ? m/(n-1) : 0)}' central.err
"$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" >/dev/null # B's download cursor now past the backup
stats_a=$("$aktenctl" stats --data-dir tablet-a --json)
counts central original

# The backup file: owner-only, one file, no central key, the store in it still encrypted; a second one never over it.
[[ $(mode drill.bak) == 600 ]] || fail "the backup is mode $(mode drill.bak)"
python3 - drill.bak central/central.key <<'EOF' || fail "the backup holds the central key or a readable store"
import sys
data = open(sys.argv[1], 'rb').read()
key = open(sys.argv[2], 'rb').read()
assert key not in data and key.hex().encode() not in data, "central key"
assert b'SQLite format 3' not in data, "a plain SQLite file"
assert b'central.key' not in data.split(b'\n')[1], "central.key in the manifest"
EOF
check "drill.bak is 0600, holds no central key and no plain SQLite page"
cp drill.bak drill.copy
set +e; "$aktenctl" backup --central-dir central --central-key central/central.key --out drill.bak 2>err.txt; status=$?; set -e
if [[ $status != 1 ]] || ! grep -q "exists" err.txt || ! cmp -s drill.bak drill.copy; then
  fail "backup over a file: exit $status $(cat err.txt)"
fi
check "refused: $(cat err.txt)"

# restore_refused WHAT EXPECTED FILE [TARGET] [KEY]: exit 1 with the reason, and nothing written.
restore_refused() {
  local what=$1 expected=$2 file=$3 target=${4:-refused} key=${5:-central/central.key} status=0
  "$aktenctl" restore --from "$file" --central-dir "$target" --central-key "$key" >/dev/null 2>err.txt || status=$?
  [[ $status == 1 ]] || fail "$what: exit $status"
  grep -q -- "$expected" err.txt || fail "$what: $(cat err.txt)"
  [[ ! -e refused ]] || fail "$what: wrote $target"
  if compgen -G '.*.restore-*' >/dev/null; then fail "$what: left a staging directory"; fi
  check "$what refused: $(cat err.txt)"
}
head -c -1000 drill.bak >truncated.bak
restore_refused "a truncated backup" "the backup is truncated" truncated.bak
python3 -c "import sys; d=bytearray(open('drill.bak','rb').read()); d[len(d)//2]^=1; open('corrupt.bak','wb').write(d)"
restore_refused "a corrupt backup" "central.db does not match its SHA-256" corrupt.bak
echo "not a backup" >other.bak
restore_refused "another file" "is not an akten-central backup" other.bak
head -c 32 /dev/urandom >wrong.key; chmod 600 wrong.key
restore_refused "the wrong central key" "central key does not open" drill.bak refused wrong.key
mkdir occupied; touch occupied/x
restore_refused "a non-empty target" "is not empty" drill.bak occupied

# The restore drill proper: the old server stops, the backup goes into a new directory, served from there.
kill "$CENTRAL_PID"; wait "$CENTRAL_PID" 2>/dev/null || true
restore_start=$(now_ms)
"$aktenctl" restore --from drill.bak --central-dir restored --central-key central/central.key >restore.out
echo "measured: restore $(( $(now_ms) - restore_start )) ms: $(head -n1 restore.out)"
[[ $(mode restored) == 700 ]] || fail "restored/ is mode $(mode restored)"
for file in restored/*; do [[ $(mode "$file") == 600 ]] || fail "$file is mode $(mode "$file")"; done
[[ ! -e restored/central.key ]] || fail "the restore wrote a central key"
grep -q '^integrity ok' restore.out || fail "restore: $(cat restore.out)"
restored_total=$(total_records restore.out)
[[ $restored_total -ge $acked_before ]] || fail "the restored store holds $restored_total seqs, $acked_before were acknowledged"
check "restored (0700/0600): $restored_total records, at least the $acked_before acknowledged before the backup; $(tail -n1 restore.out)"
start_central restored

# After the restore: B writes (its records land in the restored log), then A writes and syncs: its new batch starts
# beyond what the restored store holds (409), so it asks how far that is and uploads again from there; and it
# downloads B's entries although its cursor went past the restored log's last position.
"$writer" tablet-b 5 >/dev/null
b2=$("$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" --json) || fail "B after the restore"
[[ $(json "['uploaded']" <<<"$b2") == 5 && $(json "['rejected']" <<<"$b2") == 0 ]] || fail "B after the restore: $b2"
"$writer" tablet-a 3 >/dev/null
a2=$("$aktenctl" sync --data-dir tablet-a --central "$SYNC_URL" --json 2>a2.err) || fail "A after the restore: $(cat a2.err)"
[[ $(json "['pending']" <<<"$a2") == 0 && $(json "['rejected']" <<<"$a2") == 0 ]] || fail "A after the restore: $a2"
[[ $(json "['uploaded']" <<<"$a2") -gt 0 ]] || fail "A uploaded nothing again: $a2"
grep -q '/v1/upload 409' restored.err || fail "A's new batch was not refused for the gap first"
check "A's batch after its acknowledgement was refused (409); A uploaded again what the restored store lacked: $a2"
stats_a2=$("$aktenctl" stats --data-dir tablet-a --json)
[[ $(json "['journal_entries']" <<<"$stats_a2") == $(( $(json "['journal_entries']" <<<"$stats_a") + 8 )) ]] ||
  fail "A lacks B's 5 entries written after the restore (or its own 3): before $stats_a after $stats_a2"
check "A got B's entries written after the restore (its cursor had passed the restored log)"
"$aktenctl" sync --data-dir tablet-b --central "$SYNC_URL" >/dev/null
stats_b=$("$aktenctl" stats --data-dir tablet-b --json)
for field in units staff residents decisions journal_entries corrections signature_retractions consent_events \
    release_records release_events day_notes day_note_reviews quality_samples quality_reviews; do
  [[ $(json "['$field']" <<<"$stats_a2") == $(json "['$field']" <<<"$stats_b") ]] ||
    fail "B differs from A in $field: A $stats_a2 B $stats_b"
done
check "B converged with A"

# The central store holds each record once: the original's counts per kind, plus the eight new entries.
counts restored final
python3 - original.counts final.counts <<'EOF' || fail "the central store's counts: $(paste original.counts final.counts)"
import sys
def read(path):
    return {line.rsplit(' ', 1)[0]: int(line.rsplit(' ', 1)[1]) for line in open(path)}
before, after = read(sys.argv[1]), read(sys.argv[2])
before['records journal_entry'] += 8
assert before == after, (before, after)
EOF
check "the restored central store holds every record once: $(tr '\n' ',' <final.counts)"
for tablet in tablet-a tablet-b; do
  again=$("$aktenctl" sync --data-dir "$tablet" --central "$SYNC_URL" --json)
  [[ $(json "['uploaded']" <<<"$again") == 0 && $(json "['downloaded']" <<<"$again") == 0 ]] || fail "$tablet: $again"
done
check "a further sync moves nothing"
echo "backup-drill: all checks passed"
