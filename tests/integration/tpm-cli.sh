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
export AKTEN_KEY_DIR="$work/keys" # device keys outside the data directories (README "Data directory and keys")
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }
# keyof DIR: where aktenctl keeps DIR's device key by default (store::defaultDeviceKeyLocation).
keyof() { printf '%s/%s-%s.key' "$AKTEN_KEY_DIR" "$1" "$(printf '%s' "$work/$1" | sha256sum | cut -c1-16)"; }

"$aktenctl" init --data-dir sealed --demo --tpm "$AKTEN_TEST_TPM" >init.txt
grep -q "^device key: device key sealed in the TPM ($(keyof sealed)); outside the data directory" init.txt ||
  fail "init did not say the TPM sealed the key, where and why: $(cat init.txt)"
[[ ! -e sealed/device.key && $(head -n1 "$(keyof sealed)") == "akten-tpm-key 1" ]] ||
  fail "the device key is not sealed by the TPM outside the data directory"
[[ $(stat -c %a "$(keyof sealed)") == 600 ]] || fail "the sealed key file is not owner-only"
[[ $("$aktenctl" verify --data-dir sealed) == ok ]] || fail "verify with the sealed key"
"$aktenctl" stats --data-dir sealed --json | grep -q '"residents"' || fail "stats with the sealed key"
check "init --tpm sealed the key; verify and stats find the TPM from the key file"

cp -a sealed moved
cp -p "$(keyof sealed)" "$(keyof moved)"
sed -i "s|^tcti .*|tcti $AKTEN_TEST_TPM2|" "$(keyof moved)"
before=$(cd moved && sha256sum -- * | sha256sum)
if "$aktenctl" verify --data-dir moved 2>err.txt; then fail "another TPM opened the store"; fi
grep -q "not sealed by this TPM" err.txt || fail "unclear error on another TPM: $(cat err.txt)"
[[ $(cd moved && sha256sum -- * | sha256sum) == "$before" ]] || fail "a refused open changed files"
check "the same files on another TPM are refused ($(cat err.txt)) and unchanged"

if "$aktenctl" init --data-dir nowhere --tpm "device:/dev/no-tpm-here" 2>err.txt; then fail "init without a TPM"; fi
[[ ! -e nowhere ]] || fail "a failed init left files behind"
check "init with a TPM that is not there fails and leaves nothing ($(cat err.txt))"

"$aktenctl" init --data-dir plain --tpm off >init.txt
grep -q "^device key: device key file $(keyof plain) (--tpm off); outside the data directory" init.txt ||
  fail "init --tpm off did not say so: $(cat init.txt)"
[[ $(stat -c %s "$(keyof plain)") == 32 ]] || fail "--tpm off did not keep a 32-byte key file"
[[ $("$aktenctl" verify --data-dir plain) == ok ]] || fail "verify with the key file"
check "init --tpm off keeps a key file"

# --tpm-pcrs 7 seals under a PCR policy (tpmkeyprovidertest_swtpm changes the PCR and sees it refused).
"$aktenctl" init --data-dir bound --tpm "$AKTEN_TEST_TPM" --tpm-pcrs 7 >init.txt
grep -q "^device key: device key sealed in the TPM ($(keyof bound)), bound to PCR 7;" init.txt ||
  fail "init --tpm-pcrs 7: $(cat init.txt)"
[[ $(tail -n1 "$(keyof bound)") == "pcrs 7" ]] || fail "the sealed key does not record its PCR policy"
[[ $("$aktenctl" verify --data-dir bound) == ok ]] || fail "verify with the PCR-bound key"
for bad in "--tpm off --tpm-pcrs 7" "--tpm $AKTEN_TEST_TPM --tpm-pcrs 24"; do
  status=0
  # shellcheck disable=SC2086
  "$aktenctl" init --data-dir refused $bad 2>err.txt || status=$?
  [[ $status == 2 && ! -e refused ]] || fail "init $bad: exit $status"
done
check "init --tpm-pcrs 7 binds the sealed key to PCR 7 (and is refused without a TPM or with PCR 24: $(cat err.txt))"

# --tpm auto (the default) never falls back to a key file silently: init says which it used.
"$aktenctl" init --data-dir auto >init.txt
if [[ -r /dev/tpmrm0 && -w /dev/tpmrm0 ]]; then
  grep -q "^device key: device key sealed in the TPM" init.txt || fail "--tpm auto with /dev/tpmrm0: $(cat init.txt)"
else
  grep -q "^device key: device key file $(keyof auto) (--tpm auto: no TPM usable at /dev/tpmrm0, so a key file)" \
    init.txt || fail "--tpm auto without a TPM did not say it fell back to a key file: $(cat init.txt)"
fi
check "init --tpm auto says which backend holds the key: $(cat init.txt | tail -n1)"
