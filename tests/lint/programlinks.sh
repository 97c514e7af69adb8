#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# A program loads only the platform libraries it uses (platform/: one library per concern). What the dynamic loader
# would load (ldd, so also what a library pulls in) must match none of the patterns given.
# Usage: programlinks.sh PROGRAM PATTERN... (extended regular expressions on ldd's library names)
set -euo pipefail
program=$1
shift
loaded=$(ldd "$program" | awk '{print $1}')
status=0
for pattern in "$@"; do
  if hits=$(grep -E "$pattern" <<<"$loaded"); then
    echo "FAIL: $(basename "$program") loads $(tr '\n' ' ' <<<"$hits")(matches '$pattern')" >&2
    status=1
  fi
done
[[ $status == 0 ]] && echo "ok: $(basename "$program") loads $(wc -l <<<"$loaded") libraries, none matching: $*"
exit "$status"
