#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Builds the Debian packages (akten, akten-tools, akten-central, akten-kiosk; cmake/AktenPackaging.cmake) and checks
# them with lintian. Usage: build-packages.sh [--preset NAME] [--build-dir DIR] [--out DIR] [--fast]
#   --preset NAME    build this CMake preset's programs first (default: release), then package build/NAME
#   --build-dir DIR  package an existing build directory as it is, without building (the package install test)
#   --out DIR        where the .debs go (default: build/<preset>/packages); only the .debs are left there
#   --fast           gzip instead of xz (larger packages, several times faster to make; the install test)
# Exit 0 when the four packages were made and lintian reports no error (its warnings are printed), else 1; 2 usage.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  echo "build-packages: $*" >&2
  echo "usage: build-packages.sh [--preset NAME] [--build-dir DIR] [--out DIR] [--fast]" >&2
  exit 2
}
preset=release
build_dir=
out=
cpack_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) [ $# -ge 2 ] || usage "--preset needs a name"; preset=$2; shift 2 ;;
    --build-dir) [ $# -ge 2 ] || usage "--build-dir needs a directory"; build_dir=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || usage "--out needs a directory"; out=$2; shift 2 ;;
    --fast) cpack_options+=(-D CPACK_DEBIAN_COMPRESSION_TYPE=gzip); shift ;;
    *) usage "unknown option $1" ;;
  esac
done

for tool in cpack dpkg-shlibdeps lintian; do
  command -v "$tool" >/dev/null ||
    { echo "build-packages: $tool is missing (deploy/scripts/install-deps.sh installs it)" >&2; exit 1; }
done

if [ -z "$build_dir" ]; then
  akten_build "$preset" akten aktenctl akten-central # what the packages hold; the tests are not needed for them
  build_dir="$AKTEN_ROOT/build/$preset"
fi
build_dir=$(cd "$build_dir" && pwd)
[ -f "$build_dir/CPackConfig.cmake" ] || { echo "build-packages: no CPackConfig.cmake in $build_dir" >&2; exit 1; }
out=${out:-$build_dir/packages}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# cpack stages each package under OUT/_CPack_Packages; a fresh stage every time, removed afterwards.
rm -rf "$out/_CPack_Packages"
rm -f "$out"/akten*.deb
if ! cpack --config "$build_dir/CPackConfig.cmake" -B "$out" "${cpack_options[@]}" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  echo "build-packages: cpack failed (log above)" >&2
  exit 1
fi
rm -rf "$out/_CPack_Packages" "$out/cpack.log"

mapfile -t debs < <(find "$out" -maxdepth 1 -name 'akten*.deb' | sort)
[ "${#debs[@]}" -eq 4 ] || { echo "build-packages: expected 4 packages in $out, got ${#debs[@]}" >&2; exit 1; }
for deb in "${debs[@]}"; do
  printf '%-60s %8s KiB\n' "$(basename "$deb")" "$(( $(stat -c %s "$deb") / 1024 ))"
done

# lintian: errors fail the build; warnings and overrides are shown (each override says why, deploy/debian/*/).
status=0
lintian --fail-on error --display-level '>=warning' "${debs[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "build-packages: lintian found errors (E: lines above)" >&2
  exit 1
fi
echo "build-packages: lintian: no errors"
