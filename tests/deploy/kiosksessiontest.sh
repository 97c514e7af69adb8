#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The kiosk session (deploy/kiosk, README "The kiosk session") run the way akten-kiosk.service runs it, headless:
# `akten-kiosk-session --start` as an unprivileged user (nobody when the test runs as root; cage refuses root) starts
# cage on wlroots' headless backend with the pixman renderer (no GPU, no seat), cage runs the session script, the
# script runs the real app in kiosk mode on the Wayland platform on a demo store made by `aktenctl init --demo`.
# - grim's screenshot of the output shows the idle board (many colours, the "view.board.kiosk" audit event), kept in
#   SCREENSHOT_DIR; the time from start to the board is measured;
# - the app killed with SIGKILL is started again and the board is back on the screen within seconds (measured); a
#   second kill right after waits longer (the backoff); an app that always crashes is started 4 times in 8 s, not 8;
# - the screen leads nowhere else: cage runs without -s (no VT switching), its only Wayland client is the app, the
#   process tree is --start > cage > session > app, no X11 program can open a window (no X server behind cage's
#   DISPLAY), the app runs with QT_QPA_PLATFORM=wayland and no DISPLAY and no title bar;
# - a stop (SIGTERM to the main process, KillMode=mixed) ends all with cage's exit status 0 and no restart; the
#   session ending ends cage; cage dying ends the main process (so systemd restarts the unit) and the session;
# - a data directory without a store shows the app's error page and the app is not restarted over and over;
# - the tablet mode runs the app without --kiosk; --check passes every key and refuses a broken configuration;
# - the unit's ExecStart, Environment= and kiosk lines are the ones the runs use;
# - `systemd-analyze verify` accepts akten-kiosk.service (in a temporary root holding the script it names).
# Usage: kiosksessiontest.sh AKTENCTL AKTEN SCREENSHOT_DIR. Exits 77 (skipped) when a tool it needs is missing.
set -euo pipefail
aktenctl=$1
akten=$2
shots=$3
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
session=$root/deploy/kiosk/akten-kiosk-session
unit=$root/deploy/kiosk/akten-kiosk.service
for tool in cage grim identify compare systemd-analyze xdotool ss ps setpriv; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (deploy/scripts/install-deps.sh installs it)"; exit 77; }
done

work=$(mktemp -d /tmp/akten-kiosk.XXXXXX)
pgids=()
cleanup() {
  local g
  for g in "${pgids[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$work"/*.log; do [ -f "$f" ] && sed "s|^|$(basename "$f"): |" "$f" >&2; done; exit 1; }
check() { echo "ok: $*"; }
now_ms() { date +%s%3N; }
mkdir -p "$shots"

# Everything of the session runs as an unprivileged user, as under systemd (User=akten-kiosk).
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  chown nobody:nogroup "$work"
fi
chmod 0700 "$work"
run_user() { "${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 TZ=Europe/Stockholm \
  XDG_RUNTIME_DIR="$work/runtime" "$@"; }
run_user mkdir -m 0700 "$work/home" "$work/runtime" # XDG_RUNTIME_DIR owner-only, as logind makes it
if ! run_user test -x "$akten" || ! run_user test -x "$aktenctl" || ! run_user test -r "$session"; then
  # A clone under an owner-only directory (/root/...): the same files, copied where the session's user reaches them.
  echo "note: nobody cannot reach the build tree; running copies of akten, aktenctl and the session script"
  mkdir -m 0755 "$work/bin"
  install -m 0755 "$akten" "$aktenctl" "$session" "$work/bin/"
  akten=$work/bin/akten aktenctl=$work/bin/aktenctl session=$work/bin/akten-kiosk-session
fi
run_user "$aktenctl" init --demo --data-dir "$work/data" >"$work/init.log" 2>&1 || fail "aktenctl init --demo failed"

# The unit, read as systemd would run it: its Environment= words go to the session as they are, its ExecStart= is the
# session script's --start (stopped by SIGTERM to it alone: KillMode=mixed); what makes it a locked-down kiosk is there.
unit_value() { sed -n "s/^$1=//p" "$unit"; }
read -r -a unit_env <<<"$(unit_value Environment | tr '\n' ' ')"
[ "$(unit_value ExecStart)" = "/usr/libexec/akten/akten-kiosk-session --start" ] ||
  fail "the unit's ExecStart is not the session's --start: $(unit_value ExecStart)"
[ -z "$(unit_value ExecStop)" ] || fail "the unit has an ExecStop (it could not take tty1 from cage)"
for line in User=akten-kiosk PAMName=login TTYPath=/dev/tty1 Conflicts=getty@tty1.service Restart=always \
  WantedBy=graphical.target NoNewPrivileges=yes StartLimitIntervalSec=0 KillMode=mixed StandardInput=tty-fail; do
  grep -qx "$line" "$unit" || fail "the unit has no line $line"
done
check "the unit runs the session script (--start; KillMode=mixed) as akten-kiosk on tty1 in place of getty, always" \
  "restarted; its environment (${unit_env[*]}) is given to the runs below"

# write_config NAME KEY=VALUE...: a kiosk.conf for one run.
write_config() {
  local name=$1; shift
  { echo "# $name"; echo "app=$akten"; printf '%s\n' "$@"; } >"$work/$name.conf"
  chmod 0644 "$work/$name.conf"
}

# start_session NAME: the unit's ExecStart (`akten-kiosk-session --start`) with the unit's environment, on wlroots'
# headless backend (no GPU, no seat), in its own process group; sets MAIN (the unit's main process), CAGE (its child)
# and RUNTIME.
start_session() {
  local name=$1
  RUNTIME=$work/runtime-$name
  run_user mkdir -p -m 0700 "$RUNTIME"
  "${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 TZ=Europe/Stockholm \
    XDG_RUNTIME_DIR="$RUNTIME" AKTEN_KIOSK_CONFIG="$work/$name.conf" "${unit_env[@]}" \
    WLR_BACKENDS=headless WLR_HEADLESS_OUTPUTS=1 WLR_RENDERER=pixman \
    QT_LOGGING_RULES='*.debug=false' \
    setsid bash "$session" --start >"$work/$name.log" 2>&1 &
  MAIN=$!
  pgids+=("$MAIN")
  CAGE=""
  for _ in $(seq 100); do
    CAGE=$(ps -o pid=,comm= --ppid "$MAIN" | awk '$2 == "cage" {print $1}' || true)
    [ -n "$CAGE" ] && return 0
    sleep 0.05
  done
  fail "no cage under akten-kiosk-session --start"
}
# stop_main: what systemd does on a stop with KillMode=mixed: SIGTERM to the main process; it must end within 15 s.
# Sets MAIN_STATUS.
stop_main() {
  kill -TERM "$MAIN"
  for _ in $(seq 150); do exited "$MAIN" && break; sleep 0.1; done
  exited "$MAIN" || fail "the session's main process still runs 15 s after SIGTERM"
  MAIN_STATUS=0
  wait "$MAIN" || MAIN_STATUS=$?
}
exited() { local state; ! read -r _ _ state _ 2>/dev/null <"/proc/$1/stat" || [ "$state" = Z ]; }

# shot NAME FILE: grim's screenshot of the session's output, as the session's user.
shot() {
  "${as_user[@]}" env -i PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$work/runtime-$1" WAYLAND_DISPLAY=wayland-0 \
    grim "$2" 2>/dev/null
}
colours() { identify -format '%k' "$1" 2>/dev/null || echo 0; }
# differs A B: the share of pixels (per mille) that differ by more than 10 %.
differs() {
  local n total
  if [ "$(identify -format '%wx%h' "$1")" != "$(identify -format '%wx%h' "$2")" ]; then echo 1000; return; fi
  n=$(compare -metric AE -fuzz 10% "$1" "$2" null: 2>&1 >/dev/null || true)
  [[ "$n" =~ ^[0-9]+(\.[0-9]+)?(e\+?[0-9]+)?$ ]] || fail "compare said: $n"
  total=$(identify -format '%[fx:w*h]' "$1")
  echo $(( $(printf '%.0f' "$n") * 1000 / total ))
}
# session_of CAGE, app_of CAGE: the pids of the session script under cage and of the app under it (empty if none).
session_of() { ps -o pid= --ppid "$1" | tr -d ' ' | head -n1 || true; }
app_of() { # (the session's other child, between two runs, is its sleep)
  local s; s=$(session_of "$1")
  if [ -n "$s" ]; then ps -o pid=,comm= --ppid "$s" | awk '$2 == "akten" {print $1}' | head -n1 || true; fi
}
# no_title_bar FILE: the app's header reaches the top edge (a window title bar with a close button, as Qt draws on
# Wayland unless told not to, would put another colour there).
no_title_bar() {
  local x top header
  x=$(( $(identify -format '%w' "$1") / 2 ))
  top=$(identify -format "%[pixel:p{$x,2}]" "$1")
  header=$(identify -format "%[pixel:p{$x,60}]" "$1")
  [ "$top" = "$header" ]
}
board_events() {
  run_user "$aktenctl" audit --data-dir "$work/data" --json --action view.board.kiosk 2>/dev/null \
    | grep -o '"view.board.kiosk"' | wc -l
}

# wait_board NAME OUT REFERENCE SECONDS: polls screenshots until one shows the board (compared with REFERENCE, or,
# with REFERENCE empty, a picture of many colours that holds still for two shots); prints the ms it took.
wait_board() {
  local name=$1 out=$2 ref=$3 limit=$(( $4 * 1000 )) start prev=""
  start=$(now_ms)
  while [ $(( $(now_ms) - start )) -lt "$limit" ]; do
    if shot "$name" "$work/poll.png" && [ "$(colours "$work/poll.png")" -ge 64 ]; then
      if [ -n "$ref" ] && [ "$(differs "$ref" "$work/poll.png")" -le 20 ]; then
        cp "$work/poll.png" "$out"; echo $(( $(now_ms) - start )); return 0
      fi
      if [ -z "$ref" ] && [ -n "$prev" ] && [ "$(differs "$prev" "$work/poll.png")" -le 2 ]; then
        cp "$work/poll.png" "$out"; echo $(( $(now_ms) - start )); return 0
      fi
      prev=$work/prev.png
      cp "$work/poll.png" "$prev"
    fi
    sleep 0.2
  done
  return 1
}

# --- the configuration is checked before anything starts
write_config broken mode=wall "data_dir=$work/data"
if out=$(AKTEN_KIOSK_CONFIG="$work/broken.conf" bash "$session" --check 2>&1); then fail "mode=wall was accepted"; fi
[[ "$out" == *"mode must be kiosk or tablet, not 'wall'"* ]] || fail "mode=wall refused without its reason: $out"
write_config unknown mode=kiosk "data_dir=$work/data" "rotate=90"
if out=$(AKTEN_KIOSK_CONFIG="$work/unknown.conf" bash "$session" --check 2>&1); then fail "rotate= was accepted"; fi
[[ "$out" == *"unknown key rotate"* ]] || fail "an unknown key refused without its reason: $out"
write_config full mode=tablet "data_dir = $work/data " "device_key=\"$work/key file\"" settings=/etc/akten/tablet.conf \
  central=https://central.example:8443 language=en rotation=270
out=$(AKTEN_KIOSK_CONFIG="$work/full.conf" bash "$session" --check) || fail "--check refused a full configuration"
[ "$out" = "$(printf '%q ' "$akten" --data-dir "$work/data" --device-key "$work/key file" --settings \
  /etc/akten/tablet.conf --central https://central.example:8443 --language en)" ] || fail "--check printed: $out"
check "--check passes every key to the app (quotes and spaces around values trimmed), refuses mode=wall and an" \
  "unknown key, naming them"

# --- the wall kiosk: start to board
write_config kiosk mode=kiosk "data_dir=$work/data" rotation=90
start_session kiosk
board_ms=$(wait_board kiosk "$shots/kiosk-session-board.png" "" 90) || fail "no board on the screen within 90 s"
events=$(board_events)
[ "$events" -ge 1 ] || fail "the screen changed but the app wrote no view.board.kiosk event (not the idle board)"
read -r width height < <(identify -format '%w %h\n' "$shots/kiosk-session-board.png")
[ "$height" -gt "$width" ] || fail "rotation=90 gave a ${width}x${height} picture, not portrait"
no_title_bar "$shots/kiosk-session-board.png" || fail "the board has a window title bar"
check "cage start to the idle board on the screen: $board_ms ms ($(colours "$shots/kiosk-session-board.png") colours," \
  "${width}x${height} portrait with rotation=90; $shots/kiosk-session-board.png)"

# --- nothing else on the screen
session_pid=$(session_of "$CAGE")
app=$(app_of "$CAGE")
[ -n "$app" ] || fail "no app under the session"
tr '\0' ' ' <"/proc/$CAGE/cmdline" | grep -q '^cage -r -- ' || fail "cage runs as: $(tr '\0' ' ' <"/proc/$CAGE/cmdline")"
check "cage runs without -s (no VT switching): $(tr '\0' ' ' <"/proc/$CAGE/cmdline")"
[ "$(ps -o pid= --ppid "$MAIN" | wc -l)" -eq 1 ] || fail "the main process has another child than cage"
[ "$(ps -o pid= --ppid "$CAGE" | wc -l)" -eq 1 ] || fail "cage has more than one child: $(ps -f --ppid "$CAGE")"
[ "$(ps -o pid= --ppid "$session_pid" | wc -l)" -eq 1 ] || fail "the session has more than one child"
[ -z "$(ps -o pid= --ppid "$app" | tr -d ' ')" ] || fail "the app started a program: $(ps -f --ppid "$app")"
[ "$(ps -o comm= -p "$app")" = akten ] || fail "the session's program is $(ps -o comm= -p "$app"), not akten"
check "the process tree is akten-kiosk-session --start ($MAIN) > cage ($CAGE) > akten-kiosk-session ($session_pid) >" \
  "akten ($app), nothing else"
# The compositor's connections on its socket, and the processes at their other ends: the app alone.
inodes=$(ss -xpH | awk -v s="$RUNTIME/wayland-0" '$2 == "ESTAB" && $5 == s {print $8}' | sort -u)
[ -n "$inodes" ] || fail "no connection on the compositor's socket $RUNTIME/wayland-0 ($(ss -xpH | grep -c wayland) lines)"
clients=$(for i in $inodes; do ss -xpH | awk -v i="$i" '$6 == i' | grep -o 'pid=[0-9]*' | cut -d= -f2; done | sort -u)
[ "$clients" = "$app" ] || fail "the compositor's clients are pids '$clients', not the app $app alone"
check "the compositor's only Wayland client is the app ($(echo "$inodes" | wc -l) connection(s), pid $app)"
tr '\0' '\n' <"/proc/$app/environ" | grep -qx 'QT_QPA_PLATFORM=wayland' || fail "the app does not run on wayland"
! tr '\0' '\n' <"/proc/$app/environ" | grep -q '^DISPLAY=' || fail "the app has a DISPLAY"
tr '\0' '\n' <"/proc/$app/cmdline" | grep -qx -- '--kiosk' || fail "the app runs without --kiosk"
display=$(tr '\0' '\n' <"/proc/$session_pid/environ" | sed -n 's/^DISPLAY=//p')
[ -n "$display" ] || fail "cage set no DISPLAY (this cage built without Xwayland: adjust the test)"
if "${as_user[@]}" env -i DISPLAY="$display" timeout 10 xdotool getdisplaygeometry >"$work/x11.out" 2>&1; then
  fail "an X11 program reached cage's DISPLAY $display: $(cat "$work/x11.out")"
fi
check "the app runs with QT_QPA_PLATFORM=wayland, --kiosk and no DISPLAY; an X11 program finds no X server at" \
  "cage's DISPLAY $display"

# --- SIGKILL: the app comes back, and the board with it
kill -KILL "$app"
t_kill=$(now_ms)
new=""
while [ $(( $(now_ms) - t_kill )) -lt 30000 ]; do
  new=$(app_of "$CAGE" || true)
  if [ -n "$new" ] && [ "$new" != "$app" ]; then break; fi
  sleep 0.05
done
if [ -z "$new" ] || [ "$new" = "$app" ]; then fail "no new app within 30 s of SIGKILL"; fi
proc_ms=$(( $(now_ms) - t_kill ))
back_ms=$(wait_board kiosk "$shots/kiosk-session-restarted.png" "$shots/kiosk-session-board.png" 30) ||
  fail "the board did not come back within 30 s of SIGKILL"
restart_ms=$(( proc_ms + back_ms ))
[ "$restart_ms" -le 15000 ] || fail "the board came back $restart_ms ms after SIGKILL (more than 15 s)"
kill -0 "$CAGE" || fail "cage exited when the app was killed"
[ "$(board_events)" -gt "$events" ] || fail "the restarted app wrote no view.board.kiosk event"
grep -q 'the app was killed by signal 9 (KILL) after [0-9]* s; restart 1 in 1 s' "$work/kiosk.log" ||
  fail "the session did not log the restart"
check "after SIGKILL a new app (pid $new) ran after $proc_ms ms and the board was back on the screen after" \
  "$restart_ms ms, cage still up ($shots/kiosk-session-restarted.png)"

# A second crash soon after waits twice as long.
kill -KILL "$new"
for _ in $(seq 100); do grep -q 'restart 2 in 2 s' "$work/kiosk.log" && break; sleep 0.1; done
grep -q 'restart 2 in 2 s' "$work/kiosk.log" || fail "the second quick crash was not given the longer delay"
check "a second crash within a minute waits 2 s (the backoff)"

# --- the session ending ends cage (and the app with it)
for _ in $(seq 100); do app=$(app_of "$CAGE" || true); [ -n "$app" ] && break; sleep 0.1; done
session_pid=$(session_of "$CAGE")
kill -TERM "$session_pid"
for _ in $(seq 150); do exited "$MAIN" && break; sleep 0.1; done
exited "$MAIN" || fail "cage and the main process still run 15 s after the session ended"
main_status=0
wait "$MAIN" || main_status=$?
[ "$main_status" -eq 0 ] || fail "the main process exited with $main_status when the session ended"
! kill -0 "$app" 2>/dev/null || fail "the app still runs after the session ended"
check "the session ending (SIGTERM to it) ends the app, cage (exit status 0) and the unit's main process"

# --- systemd stopping the unit (KillMode=mixed: SIGTERM to the main process alone): the session under cage ends, cage
# exits cleanly because its program did, and nothing is restarted meanwhile
start_session kiosk
wait_board kiosk "$work/again.png" "$shots/kiosk-session-board.png" 90 >/dev/null || fail "no board on the second start"
app=$(app_of "$CAGE")
session_pid=$(session_of "$CAGE")
t_stop=$(now_ms)
stop_main
stop_ms=$(( $(now_ms) - t_stop ))
[ "$MAIN_STATUS" -eq 0 ] || fail "the stop ended with status $MAIN_STATUS (cage's), not a clean exit"
grep -q 'akten-kiosk-session: cage exited with status 0' "$work/kiosk.log" || fail "the main process did not log cage's exit"
for pid in "$CAGE" "$app" "$session_pid"; do exited "$pid" || fail "pid $pid still runs after the stop"; done
! grep -q 'restart [0-9]* in' "$work/kiosk.log" || fail "the session restarted the app during the stop"
grep -q 'akten-kiosk-session: stopped' "$work/kiosk.log" || fail "the session did not log its stop"
check "a stop (SIGTERM to the main process) ends the app, the session and cage (exit status 0) in $stop_ms ms," \
  "without a restart"

# --- cage dying alone (a crash): the app loses its display and the session ends instead of restarting it
start_session kiosk
wait_board kiosk "$work/again.png" "$shots/kiosk-session-board.png" 90 >/dev/null || fail "no board on the third start"
app=$(app_of "$CAGE")
session_pid=$(session_of "$CAGE")
kill -KILL "$CAGE"
for _ in $(seq 150); do exited "$MAIN" && break; sleep 0.1; done
exited "$MAIN" || fail "the main process still runs 15 s after cage died"
main_status=0
wait "$MAIN" || main_status=$?
[ "$main_status" -eq 137 ] || fail "the main process exited with $main_status after cage's SIGKILL, not 137"
for _ in $(seq 150); do kill -0 "$app" 2>/dev/null || kill -0 "$session_pid" 2>/dev/null || break; sleep 0.1; done
! kill -0 "$app" 2>/dev/null || fail "the app still runs 15 s after cage died"
! kill -0 "$session_pid" 2>/dev/null || fail "the session still runs 15 s after cage died"
grep -q 'the compositor is gone: ending the session' "$work/kiosk.log" || fail "the session did not say why it ended"
check "cage dying (SIGKILL) ends the main process with 137 (systemd restarts the unit), the app and the session" \
  "(no orphan left restarting the app)"

# --- a crash loop does not spin: an app that exits at once is started 4 times in 8 s (after 1, 2 and 4 s)
printf '#!/bin/sh\nexit 3\n' >"$work/crash.sh"
chmod 0755 "$work/crash.sh"
write_config crash mode=kiosk "data_dir=$work/data"
sed -i "s|^app=.*|app=$work/crash.sh|" "$work/crash.conf"
start_session crash
sleep 8
starts=$(grep -c 'app started' "$work/crash.log" || true)
if [ "$starts" -lt 3 ] || [ "$starts" -gt 5 ]; then fail "an app that always exits was started $starts times in 8 s"; fi
grep -q 'the app exited with status 3 after 0 s; restart 3 in 4 s' "$work/crash.log" || fail "the backoff was not logged"
stop_main
check "an app that always exits was started $starts times in 8 s (1, 2, 4 s apart), not every second"

# --- a data directory without a store: the app's error page, no restart loop
write_config empty mode=kiosk "data_dir=$work/empty" rotation=90
start_session empty
wait_board empty "$shots/kiosk-session-not-provisioned.png" "" 90 >/dev/null ||
  fail "nothing on the screen without a store"
app=$(app_of "$CAGE")
sleep 5
[ "$(app_of "$CAGE")" = "$app" ] || fail "the app without a store was restarted"
grep -q 'not provisioned' "$work/empty.log" || fail "the session did not log that the device is not provisioned"
[ "$(differs "$shots/kiosk-session-board.png" "$shots/kiosk-session-not-provisioned.png")" -gt 100 ] ||
  fail "without a store the screen looks like the board"
stop_main
check "without a store the app shows its page and stays up, the journal says 'not provisioned'" \
  "($shots/kiosk-session-not-provisioned.png)"

# --- the shared tablet: the same session with the tablet app
write_config tablet mode=tablet "data_dir=$work/data"
start_session tablet
wait_board tablet "$shots/kiosk-session-tablet.png" "" 90 >/dev/null || fail "nothing on the tablet's screen"
app=$(app_of "$CAGE")
! tr '\0' '\n' <"/proc/$app/cmdline" | grep -qx -- '--kiosk' || fail "mode=tablet runs the app with --kiosk"
no_title_bar "$shots/kiosk-session-tablet.png" || fail "the tablet app has a window title bar (a close button)"
stop_main
check "mode=tablet runs the tablet app in the same session, full screen without a title bar ($shots/kiosk-session-tablet.png)"

# --- the unit
vroot=$work/vroot
mkdir -p "$vroot/etc/systemd/system" "$vroot/usr/lib/systemd" "$vroot/usr/libexec/akten"
cp -a /lib/systemd/system "$vroot/usr/lib/systemd/"
cp "$unit" "$vroot/etc/systemd/system/"
install -m 0755 "$session" "$vroot/usr/libexec/akten/"
verify=$(systemd-analyze verify --root="$vroot" akten-kiosk.service 2>&1) || fail "systemd-analyze verify: $verify"
[ -z "$verify" ] || fail "systemd-analyze verify warns: $verify"
check "systemd-analyze verify accepts akten-kiosk.service"
