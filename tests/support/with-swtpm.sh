#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Runs a command next to two throwaway software TPMs 2.0 (swtpm, Debian's package): state in a temporary directory,
# the TPM and its control channel on free loopback ports, started and cleared (no TPM2_Startup needed). Exports
# AKTEN_TEST_TPM and AKTEN_TEST_TPM2 (tpm2-tss TCTI configurations) and stops both afterwards, also when the command
# fails or the script is interrupted. Two, so that a test can show a key sealed in one is useless to another.
set -euo pipefail

command -v swtpm >/dev/null || { echo "with-swtpm: swtpm not found (apt install swtpm)" >&2; exit 2; }
tmp=$(mktemp -d /tmp/akten-tpm.XXXXXX)
cleanup() {
  for pidfile in "$tmp"/*/pid; do
    [[ -f "$pidfile" ]] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# free_ports: a free loopback port P with P+1 free too (tpm2-tss's swtpm TCTI finds the control channel at P+1).
free_ports() {
  python3 - <<'PY'
import socket
for _ in range(100):
    a = socket.socket(); a.bind(("127.0.0.1", 0)); port = a.getsockname()[1]
    b = socket.socket()
    try:
        b.bind(("127.0.0.1", port + 1))
    except OSError:
        continue
    print(port)
    break
PY
}

# start_tpm NAME: prints the TCTI configuration of a new swtpm.
start_tpm() {
  local dir="$tmp/$1" port ctrl
  mkdir -p "$dir"
  port=$(free_ports)
  ctrl=$((port + 1))
  swtpm socket --tpm2 --tpmstate dir="$dir" --server type=tcp,port="$port",bindaddr=127.0.0.1 \
    --ctrl type=tcp,port="$ctrl",bindaddr=127.0.0.1 --flags not-need-init,startup-clear \
    --daemon --pid file="$dir/pid" --log file="$dir/log" || { cat "$dir/log" >&2 2>/dev/null; exit 2; }
  for _ in $(seq 50); do
    python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.1
  done
  echo "swtpm:host=127.0.0.1,port=$port"
}

AKTEN_TEST_TPM=$(start_tpm one)
AKTEN_TEST_TPM2=$(start_tpm two)
export AKTEN_TEST_TPM AKTEN_TEST_TPM2
status=0
"$@" || status=$?
exit "$status"
