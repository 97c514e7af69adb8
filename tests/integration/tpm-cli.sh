#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# A device store whose key is sealed by a TPM, through the real aktenctl and two software TPMs that
# tests/support/with-swtpm.sh starts (AKTEN_TEST_TPM, AKTEN_TEST_TPM2): `init --tpm` seals it, every later command
# finds the TPM from the key file alone; the same files with the other TPM named are refused and left as they were;
# an unknown TPM makes init fail and leave nothing behind; `--tpm off` keeps a key file. Usage: tpm-cli.sh AKTENCTL
set -euo pipefail
aktenctl=$1
[[ -n "${AKTEN_TEST_TPM:-}" && -n "${AKTEN_TEST_TPM2:-}" ]] || { echo "run through with-swtpm.sh" >&2; exit 2; }
work=$(mktemp -d /tmp/akten-tpm-cli.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }

"$aktenctl" init --data-dir sealed --demo --tpm "$AKTEN_TEST_TPM" >/dev/null
[[ $(head -n1 sealed/device.key) == "akten-tpm-key 1" ]] || fail "the device key is not sealed by the TPM"
[[ $(stat -c %a sealed/device.key) == 600 ]] || fail "the sealed key file is not owner-only"
[[ $("$aktenctl" verify --data-dir sealed) == ok ]] || fail "verify with the sealed key"
"$aktenctl" stats --data-dir sealed --json | grep -q '"residents"' || fail "stats with the sealed key"
check "init --tpm sealed the key; verify and stats find the TPM from the key file"

cp -a sealed moved
sed -i "s|^tcti .*|tcti $AKTEN_TEST_TPM2|" moved/device.key
before=$(cd moved && sha256sum -- * | sha256sum)
if "$aktenctl" verify --data-dir moved 2>err.txt; then fail "another TPM opened the store"; fi
grep -q "not sealed by this TPM" err.txt || fail "unclear error on another TPM: $(cat err.txt)"
[[ $(cd moved && sha256sum -- * | sha256sum) == "$before" ]] || fail "a refused open changed files"
check "the same files on another TPM are refused ($(cat err.txt)) and unchanged"

if "$aktenctl" init --data-dir nowhere --tpm "device:/dev/no-tpm-here" 2>err.txt; then fail "init without a TPM"; fi
[[ ! -e nowhere ]] || fail "a failed init left files behind"
check "init with a TPM that is not there fails and leaves nothing ($(cat err.txt))"

"$aktenctl" init --data-dir plain --tpm off >/dev/null
[[ $(stat -c %s plain/device.key) == 32 ]] || fail "--tpm off did not keep a 32-byte key file"
[[ $("$aktenctl" verify --data-dir plain) == ok ]] || fail "verify with the key file"
check "init --tpm off keeps a key file"
