#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The README's run command: installs what is missing, builds (incrementally) and starts Akten on the demo unit.
# With a display ($DISPLAY or $WAYLAND_DISPLAY) the window opens there. Without one, the app runs on a virtual X
# display (Xvfb) exported by x11vnc on 127.0.0.1 only, with a one-time password; connect through an SSH tunnel.
# (Qt 6.4's own VNC platform plugin listens on every interface, so it is not used.)
# Options: --kiosk (1080x1920 portrait kiosk mode), --data-dir DIR (default ~/.local/share/akten-demo).
# For tests: --smoke does everything a user's run does, on a virtual display even when there is a real one, waits for
# the login screen, saves a screenshot of the display (DIR-login.png), stops everything and exits 0 (1 if the login
# screen did not come up within 90 s); --preset NAME builds and runs another CMake preset (the test build, `dev`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/akten-demo
app_args=()
smoke=false
preset=release
while [ $# -gt 0 ]; do
  case "$1" in
    --kiosk) app_args+=(--kiosk) ;;
    --data-dir) [ $# -ge 2 ] || { echo "run-demo: --data-dir needs a directory" >&2; exit 2; }; data_dir=$2; shift ;;
    --smoke) smoke=true ;;
    --preset) [ $# -ge 2 ] || { echo "run-demo: --preset needs a name" >&2; exit 2; }; preset=$2; shift ;;
    *) echo "run-demo: unknown option $1 (use --kiosk, --data-dir DIR, --smoke or --preset NAME)" >&2; exit 2 ;;
  esac
  shift
done

bash "$AKTEN_ROOT/deploy/scripts/install-deps.sh"
akten_build "$preset" akten aktenctl akten-central
bin="$AKTEN_ROOT/build/$preset/bin"

if [ ! -f "$data_dir/akten.db" ]; then
  "$bin/aktenctl" init --data-dir "$data_dir" --demo
fi

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done # nothing of this run is left running or listening
  if [ -n "${runtime:-}" ]; then rm -rf "$runtime"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The embedded central store for the demo site, beside the tablet's data: created, given the demo's master data and
# the tablet enrolled the first time; served on free loopback ports while the app runs; one sync before the app starts.
central_dir="$data_dir-central"
if [ ! -f "$central_dir/ca.crt" ]; then
  "$bin/akten-central" init --central-dir "$central_dir" >/dev/null
  # Through a pipe: the master data (names, personal numbers) never lands in a plain file.
  master=$("$bin/aktenctl" export-master --data-dir "$data_dir")
  printf '%s' "$master" | "$bin/aktenctl" import-master --central-dir "$central_dir" -
  printf '%s' "$master" | python3 -c 'import json,sys
print(*[r["key"] for r in json.load(sys.stdin)["records"] if r["kind"] == "unit"])' >"$central_dir/units.txt"
  unset master
fi
rm -f "$central_dir/master.json" # left by an older version of this script
"$bin/akten-central" serve --central-dir "$central_dir" --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 \
  >"$central_dir/serve.out" 2>"$central_dir/serve.log" &
pids+=($!)
for _ in $(seq 100); do grep -q '^listening enrolment' "$central_dir/serve.out" 2>/dev/null && break; sleep 0.1; done
sync_url=$(awk '/^listening sync/{print $3}' "$central_dir/serve.out")
enrol_url=$(awk '/^listening enrolment/{print $3}' "$central_dir/serve.out")
if [ ! -f "$data_dir/device.crt" ]; then
  units=()
  for unit in $(cat "$central_dir/units.txt"); do
    units+=(--unit "$unit")
  done
  "$bin/aktenctl" enrol-device --central-dir "$central_dir" "${units[@]}" >"$central_dir/code.txt"
  "$bin/aktenctl" enrol --data-dir "$data_dir" --enrol-url "$enrol_url" \
    --code "$(awk '/^code/{print $2}' "$central_dir/code.txt")" \
    --ca-sha256 "$(awk '/^ca-sha256/{print $2}' "$central_dir/code.txt")"
fi
if ! "$bin/aktenctl" sync --data-dir "$data_dir" --central "$sync_url"; then
  echo "run-demo: the sync failed (see above)"
  if $smoke; then exit 1; fi
fi
echo "run-demo: central store $sync_url (mutual TLS), enrolment $enrol_url, data in $central_dir"

if ! $smoke && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  "$bin/akten" --data-dir "$data_dir" --demo --central "$sync_url" "${app_args[@]}"
  exit $?
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

Xvfb ":$display" -screen 0 "$geometry" -nolisten tcp -nolisten unix -listen unix >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 8)
x11vnc -storepasswd "$password" "$runtime/passwd" >/dev/null 2>&1
x11vnc -display ":$display" -localhost -rfbport "$port" -rfbauth "$runtime/passwd" -forever -shared -quiet \
  -noxdamage >/dev/null 2>&1 &
pids+=($!)

if $smoke; then
  DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$bin/akten" --data-dir "$data_dir" --demo --central "$sync_url" \
    "${app_args[@]}" &
  pids+=($!)
  app=$!
  echo "run-demo: smoke: display :$display, VNC 127.0.0.1:$port"
  bash "$AKTEN_ROOT/deploy/scripts/wait-login-screen.sh" ":$display" "$app" "$data_dir-login.png"
  exit $?
fi

cat <<MSG
Akten is running on a virtual display, exported over VNC on 127.0.0.1:$port only.
  From your own computer:  ssh -L $port:127.0.0.1:$port root@<this-machine>
  then open a VNC viewer on localhost:$port   (password: $password)
Stop with Ctrl+C.
MSG
DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$bin/akten" --data-dir "$data_dir" --demo --central "$sync_url" "${app_args[@]}"
