#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# wait-login-screen.sh DISPLAY APP_PID PNG — used by `run-demo.sh --smoke`. Waits (at most 90 s) until the app with
# APP_PID has a visible window on the X display DISPLAY whose title says it shows the login screen, then saves a
# screenshot of the whole display as PNG and checks that it is not blank. Exit 0 when the login screen is up, else 1.
set -euo pipefail
display=$1 app=$2 png=$3
export DISPLAY=$display

fail() { echo "run-demo: smoke: $*" >&2; exit 1; }

window=""
title=""
for _ in $(seq 900); do
  kill -0 "$app" 2>/dev/null || fail "the app exited before its login screen came up"
  for w in $(xdotool search --onlyvisible --pid "$app" 2>/dev/null || true); do
    name=$(xdotool getwindowname "$w" 2>/dev/null || true)
    case "$name" in
      "Akten – Logga in" | "Akten – Log in") window=$w; title=$name ;;
    esac
  done
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || fail "no login screen within 90 s"

# The title is set before the first frame: take screenshots until one shows more than a blank window.
colours=0
for _ in $(seq 100); do
  xwd -root -silent | convert xwd:- "png:$png"
  colours=$(convert "$png" -format %k info:)
  [ "$colours" -gt 12 ] && break
  sleep 0.2
done
[ "$colours" -gt 12 ] || fail "the display stayed blank ($colours colours)"
echo "run-demo: smoke: login screen up: window $window \"$title\", screenshot $png ($colours colours)"
