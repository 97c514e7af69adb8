# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Sourced by the run and test scripts: repository root, ccache settings that make a fresh clone in another
# directory hit the same cache, and the configure+build step (incremental on a second run).
AKTEN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export CCACHE_DIR=${CCACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/akten-ccache}
export CCACHE_BASEDIR="$AKTEN_ROOT"
export CCACHE_NOHASHDIR=true
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}

akten_build() { # akten_build <preset> [targets...] — from any directory (presets are read from the clone's root)
  local preset=$1; shift
  (
    cd "$AKTEN_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
      cmake --preset "$preset" >/dev/null
    fi
    if [ $# -gt 0 ]; then
      cmake --build --preset "$preset" --target "$@"
    else
      cmake --build --preset "$preset"
    fi
  )
}
