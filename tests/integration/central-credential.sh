#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# akten-central's key sealed to a TPM with systemd-creds (README "akten-central as a service"), against two software
# TPMs from tests/support/with-swtpm.sh (AKTEN_TEST_TPM, AKTEN_TEST_TPM2). PID 1 is no systemd here, so the step
# systemd takes at the service's start for LoadCredentialEncrypted= (decrypting into $CREDENTIALS_DIRECTORY) is done
# by `systemd-creds decrypt`; the host secret systemd-creds also mixes in is a file of this test
# ($SYSTEMD_CREDENTIAL_SECRET), not the machine's. Checked: sealed to TPM one, the key serves; the clear key removed,
# TPM two cannot open the credential and the server is refused for want of its key.
# Usage: central-credential.sh AKTEN_CENTRAL
set -euo pipefail
central=$1
[[ -n "${AKTEN_TEST_TPM:-}" && -n "${AKTEN_TEST_TPM2:-}" ]] || { echo "run through with-swtpm.sh" >&2; exit 2; }
command -v systemd-creds >/dev/null ||
  { echo "SKIP: systemd-creds is missing (deploy/scripts/install-deps.sh installs systemd)"; exit 77; }
work=$(mktemp -d /tmp/akten-cred.XXXXXX)
server_pid=
cleanup() {
  [[ -z "$server_pid" ]] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }
export SYSTEMD_CREDENTIAL_SECRET="$work/host.secret"

mkdir -m 0700 etc
cat >central.conf <<CONF
central-dir = $work/state
central-key = $work/etc/central.key
listen = 127.0.0.1:0
enrol-listen = 127.0.0.1:0
CONF
"$central" init --config central.conf >/dev/null
# README: seal the key to the TPM, then remove the clear one.
systemd-creds encrypt --with-key=tpm2 --tpm2-device="$AKTEN_TEST_TPM" --name=central.key etc/central.key \
  etc/central.key.cred 2>creds.err || fail "systemd-creds encrypt: $(cat creds.err)"
shred -u etc/central.key
check "the central key sealed to TPM one with systemd-creds, the clear key removed"

# What systemd does for LoadCredentialEncrypted=central.key:... when the service starts.
load_credential() { # load_credential TPM: decrypts into creds/central.key (0400, directory 0500); fails if it cannot
  rm -rf creds
  mkdir -m 0700 creds
  systemd-creds decrypt --tpm2-device="$1" --name=central.key etc/central.key.cred creds/central.key 2>creds.err ||
    { rm -rf creds; return 1; }
  chmod 0400 creds/central.key
  chmod 0500 creds
}
load_credential "$AKTEN_TEST_TPM" || fail "TPM one cannot open its own credential: $(cat creds.err)"
CREDENTIALS_DIRECTORY="$work/creds" "$central" serve --config central.conf >serve.out 2>serve.err &
server_pid=$!
for _ in $(seq 100); do grep -q '^listening enrolment' serve.out 2>/dev/null && break; sleep 0.1; done
grep -q '^listening sync https://' serve.out || fail "the server did not serve with the credential: $(cat serve.err)"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the server exited $? on SIGTERM"
server_pid=
check "with the credential from TPM one the server serves"

if load_credential "$AKTEN_TEST_TPM2"; then fail "TPM two opened a credential sealed to TPM one"; fi
check "TPM two cannot open it: $(grep -v '^$' creds.err | tail -n1)"
set +e
CREDENTIALS_DIRECTORY="$work/creds" "$central" serve --config central.conf >/dev/null 2>serve.err
status=$?
set -e
{ [[ $status == 1 ]] &&
  grep -q "no central key at $work/etc/central.key: the central directory alone opens nothing" serve.err; } ||
  fail "without the credential: exit $status, $(cat serve.err)"
check "without it the server is refused: $(cat serve.err)"
