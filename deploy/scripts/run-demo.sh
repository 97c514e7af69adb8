#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The README's run command: installs what is missing, builds (incrementally) and starts Akten on the demo unit.
# With a display ($DISPLAY or $WAYLAND_DISPLAY) the window opens there. Without one, the app runs on a virtual X
# display (Xvfb) exported by x11vnc on 127.0.0.1 only, with a one-time password; connect through an SSH tunnel.
# (Qt 6.4's own VNC platform plugin listens on every interface, so it is not used.)
# Options: --kiosk (1080x1920 portrait kiosk mode), --data-dir DIR (default ~/.local/share/akten-demo).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/akten-demo
app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --kiosk) app_args+=(--kiosk) ;;
    --data-dir) data_dir=$2; shift ;;
    *) echo "run-demo: unknown option $1 (use --kiosk or --data-dir DIR)" >&2; exit 2 ;;
  esac
  shift
done

bash "$AKTEN_ROOT/deploy/scripts/install-deps.sh"
akten_build release akten aktenctl
bin="$AKTEN_ROOT/build/release/bin"

if [ ! -f "$data_dir/akten.db" ]; then
  "$bin/aktenctl" init --data-dir "$data_dir" --demo
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/akten" --data-dir "$data_dir" --demo "${app_args[@]}"
fi

# Headless: Xvfb on a free display number, x11vnc on a free loopback port, both stopped when the app exits.
geometry=1280x800x24
[[ " ${app_args[*]} " == *" --kiosk "* ]] && geometry=1080x1920x24
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
port=5900
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

runtime=$(mktemp -d "${TMPDIR:-/tmp}/akten-vnc.XXXXXX")
chmod 700 "$runtime"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$runtime"; }
trap cleanup EXIT INT TERM

Xvfb ":$display" -screen 0 "$geometry" -nolisten tcp -nolisten unix -listen unix >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 8)
x11vnc -storepasswd "$password" "$runtime/passwd" >/dev/null 2>&1
x11vnc -display ":$display" -localhost -rfbport "$port" -rfbauth "$runtime/passwd" -forever -shared -quiet \
  -noxdamage >/dev/null 2>&1 &
pids+=($!)

cat <<MSG
Akten is running on a virtual display, exported over VNC on 127.0.0.1:$port only.
  From your own computer:  ssh -L $port:127.0.0.1:$port root@<this-machine>
  then open a VNC viewer on localhost:$port   (password: $password)
Stop with Ctrl+C.
MSG
DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$bin/akten" --data-dir "$data_dir" --demo "${app_args[@]}"
