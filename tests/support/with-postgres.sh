#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Runs a command next to a throwaway PostgreSQL server: initdb into a temporary directory, listen on a unix socket in
# that directory only (no TCP), export AKTEN_TEST_POSTGRES (a libpq connection string), and stop and remove the
# server afterwards, also when the command fails or the script is interrupted. PostgreSQL refuses to run as root, so
# as root the server runs as the `postgres` user the Debian package creates.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "with-postgres: PostgreSQL server binaries not found (apt install postgresql)" >&2
  exit 2
fi
tmp=$(mktemp -d /tmp/akten-pg.XXXXXX)
as_server=()
if [[ $(id -u) == 0 ]]; then
  chown postgres: "$tmp"
  as_server=(runuser -u postgres --)
fi
cleanup() {
  "${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${as_server[@]}" "$bindir/initdb" -D "$tmp/data" -A trust -U akten -E UTF8 --locale=C --no-sync >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; exit 2; }
"${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -w -t 30 -l "$tmp/server.log" \
  -o "-c listen_addresses='' -c unix_socket_directories='$tmp' -c fsync=off -c max_connections=50" start >/dev/null \
  || { cat "$tmp/server.log" >&2; exit 2; }

export AKTEN_TEST_POSTGRES="host=$tmp user=akten dbname=postgres"
status=0
"$@" || status=$?
exit "$status"
