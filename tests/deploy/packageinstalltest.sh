#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# The Debian packages on this machine (issue 18): packages the build the test run has
# (deploy/scripts/build-packages.sh --build-dir --fast: cpack + lintian, no E: line), checks their control fields
# (shlibdeps' libraries, SQLCipher >= 4.6, the QML modules, the kiosk's cage), installs them with dpkg -i (no apt),
# then runs them from their installed paths only: akten-central init + serve as its system user on loopback (what the
# unit runs), a tablet made by aktenctl init --demo + verify, enrolled and synced against it, the app started
# offscreen by the menu's launcher (QML from the binary and the system's Qt, every system QML module from a package
# akten depends on, nothing from the build tree). Checks file modes and owners (state directories 0700 of their
# users, conffiles, units enabled without systemd as PID 1) and systemd-analyze verify of the units. Then dpkg -r
# keeps the stores, the configuration and the users; dpkg --purge removes the configuration and keeps a store of
# personal data; only the flag file DELETE-ON-PURGE or AKTEN_PURGE_STORE=yes deletes it. Everything it made is
# removed on exit, also on failure. A machine that already has Akten's packages, state directories or /etc/akten is
# refused (skip, 77): the test never touches what it did not make.
# Usage: packageinstalltest.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
source_dir=$1
build_dir=$2
version=$3
packages=(akten akten-tools akten-central akten-kiosk)
users=(akten-central akten-kiosk)
central_state=/var/lib/akten-central
kiosk_state=/var/lib/akten-kiosk

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "ok: $*"; }

[[ $(id -u) == 0 ]] || skip "needs root (dpkg -i on this machine)"
for tool in cpack dpkg-shlibdeps lintian systemd-analyze setpriv python3; do
  command -v "$tool" >/dev/null || skip "$tool is missing (deploy/scripts/install-deps.sh installs it)"
done

# One run at a time on a machine (dpkg's lock would fail a second one midway).
exec 9>/run/lock/akten-packageinstalltest.lock
flock -w 600 9 || fail "another package install test holds /run/lock/akten-packageinstalltest.lock"

for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ -z $status || $status == not-installed ]] ||
    skip "$pkg is already on this machine ($status): the test installs and purges Akten's packages and would" \
      "destroy this machine's installation; run it where they are not installed"
done
for path in "$central_state" "$kiosk_state" /etc/akten; do
  [[ ! -e $path ]] || skip "$path exists on this machine (kept from an earlier installation?): not touching it"
done
made_users=()
for user in "${users[@]}"; do
  getent passwd "$user" >/dev/null || made_users+=("$user")
done

work=$(mktemp -d /tmp/akten-pkg.XXXXXX)
central_pid=
app_pid=
cleanup() {
  set +e
  for pid in $central_pid $app_pid; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  for pkg in akten-kiosk akten-central akten-tools akten; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)
    [[ -z $status || $status == not-installed ]] || AKTEN_PURGE_STORE=yes dpkg --purge "$pkg" >/dev/null
  done
  rm -rf "$central_state" "$kiosk_state" /etc/akten # none of them existed before (checked above)
  for user in "${made_users[@]}"; do
    getent passwd "$user" >/dev/null && userdel "$user"
    getent group "$user" >/dev/null && groupdel "$user"
  done
  rm -rf "$work"
}
trap cleanup EXIT
chmod 0711 "$work" # the system users read the files put in $work/shared
mkdir -m 0755 "$work/shared"
cd "$work"
started=$(date +%s)
stamp() { echo "   ($(($(date +%s) - started)) s)"; }

# --- packaging: the four .debs, lintian without errors ---
bash "$source_dir/deploy/scripts/build-packages.sh" --build-dir "$build_dir" --out "$work/debs" --fast \
  >build.log 2>&1 ||
  { cat build.log >&2; fail "build-packages.sh failed"; }
! grep -q '^E: ' build.log || fail "lintian errors: $(grep '^E: ' build.log)"
check "four packages, lintian: $(grep -c '^W: ' build.log || true) warnings, no errors"; stamp
arch=$(dpkg --print-architecture)
deb() { echo "$work/debs/${1}_${version}_${2:-$arch}.deb"; }
for pkg in akten akten-tools akten-central; do [[ -f $(deb "$pkg") ]] || fail "no $(deb "$pkg")"; done
[[ -f $(deb akten-kiosk all) ]] || fail "no $(deb akten-kiosk all)"

field() { dpkg-deb -f "$1" "$2"; }
depends_on() { # depends_on DEB TEXT: the Depends field holds TEXT
  field "$1" Depends | tr ',' '\n' | sed 's/^ *//' | grep -qxF -- "$2" ||
    fail "$(basename "$1") does not depend on $2: $(field "$1" Depends)"
}
for pkg in akten akten-tools akten-central; do
  depends_on "$(deb "$pkg")" "libsqlcipher1 (>= 4.6)"
  [[ $(field "$(deb "$pkg")" Version) == "$version" ]] || fail "$pkg has version $(field "$(deb "$pkg")" Version)"
  [[ $(field "$(deb "$pkg")" Maintainer) == *@* ]] || fail "$pkg has no maintainer address"
done
# dpkg-shlibdeps read the linked libraries: Qt, libpq, libsodium, tpm2-tss are nowhere written by hand.
field "$(deb akten-central)" Depends | grep -q 'libpq5' || fail "akten-central: no libpq5 from shlibdeps"
field "$(deb akten-central)" Depends | grep -q 'libqt6network6' || fail "akten-central: no QtNetwork from shlibdeps"
field "$(deb akten)" Depends | grep -q 'libqt6quick6' || fail "akten: no libqt6quick6 from shlibdeps"
field "$(deb akten-tools)" Depends | grep -q 'libtss2-esys' || fail "akten-tools: no tpm2-tss from shlibdeps"
depends_on "$(deb akten)" qml6-module-qtquick-controls
depends_on "$(deb akten)" qml6-module-qtquick-virtualkeyboard
depends_on "$(deb akten-central)" adduser
depends_on "$(deb akten-kiosk all)" "akten (= $version)"
depends_on "$(deb akten-kiosk all)" cage
depends_on "$(deb akten-kiosk all)" qt6-wayland
check "control fields: shlibdeps' libraries, SQLCipher >= 4.6, QML modules, cage and qt6-wayland for the kiosk"

# --- install: dpkg alone (install-deps installed every dependency); no fsync per file, this is a test machine ---
dpkg -i --force-unsafe-io "$(deb akten)" "$(deb akten-tools)" "$(deb akten-central)" "$(deb akten-kiosk all)" \
  >install.log 2>&1 ||
  { cat install.log >&2; fail "dpkg -i failed"; }
grep -q "akten-central init --config /etc/akten/central.conf" install.log ||
  fail "the postinst did not say how to make the central store: $(cat install.log)"
check "dpkg -i of the four packages"; stamp

mode() { stat -c '%a %U:%G' "$1"; }
expect_mode() { [[ $(mode "$1") == "$2" ]] || fail "$1 is $(mode "$1"), expected $2"; }
for program in /usr/bin/akten /usr/bin/aktenctl /usr/bin/akten-central /usr/libexec/akten/akten-desktop \
  /usr/libexec/akten/akten-kiosk-session; do
  expect_mode "$program" "755 root:root"
done
for user in "${users[@]}"; do
  entry=$(getent passwd "$user") || fail "no system user $user"
  uid=$(cut -d: -f3 <<<"$entry")
  ((uid < 1000)) || fail "$user is not a system user (uid $uid)"
  [[ $(cut -d: -f7 <<<"$entry") == /usr/sbin/nologin ]] || fail "$user can log in: $entry"
done
expect_mode "$central_state" "700 akten-central:akten-central"
expect_mode "$kiosk_state" "700 akten-kiosk:akten-kiosk"
for conf in /etc/akten/central.conf:akten-central /etc/akten/kiosk.conf:akten-kiosk; do
  expect_mode "${conf%%:*}" "644 root:root"
  dpkg-query -W -f='${Conffiles}\n' "${conf##*:}" | grep -q "^ ${conf%%:*} " || fail "${conf%%:*} is not a conffile"
done
for unit in akten-central.service:multi-user akten-kiosk.service:graphical; do
  [[ -f /lib/systemd/system/${unit%%:*} ]] || fail "no /lib/systemd/system/${unit%%:*}"
  [[ -L /etc/systemd/system/${unit##*:}.target.wants/${unit%%:*} ]] ||
    fail "${unit%%:*} is not enabled (no ${unit##*:}.target.wants link)"
done
[[ -f /usr/share/applications/akten.desktop && -f /usr/share/doc/akten-central/copyright ]] ||
  fail "desktop entry or copyright missing"
check "modes and owners: programs 755 root, $central_state and $kiosk_state 0700 of their system users (nologin)," \
  "conffiles /etc/akten/{central,kiosk}.conf, units enabled without systemd as PID 1"

systemd-analyze verify /lib/systemd/system/akten-central.service /lib/systemd/system/akten-kiosk.service \
  >verify.log 2>&1 || { cat verify.log >&2; fail "systemd-analyze verify refused the installed units"; }
check "systemd-analyze verify accepts the installed units"

# --- the installed programs, from their installed paths, the way README "Installing from packages" sets up a server:
# init as root from the packaged configuration (the central key to /etc/akten/central.key, root-only, outside the
# state directory), the state handed to akten-central, then everything as that user with the key as the unit's
# LoadCredential= gives it: a copy in a credentials directory only that user can read.
/usr/bin/akten-central init --config /etc/akten/central.conf --host 127.0.0.1 >central.init 2>central.err ||
  fail "akten-central init --config /etc/akten/central.conf failed: $(cat central.err)"
expect_mode /etc/akten/central.key "600 root:root"
[[ ! -e $central_state/central.key ]] || fail "init put the central key into the state directory"
chown -R akten-central:akten-central "$central_state"
mkdir -m 0700 "$work/credentials"
install -m 0400 /etc/akten/central.key "$work/credentials/central.key"
chown -R akten-central:akten-central "$work/credentials"
# as_central: the user, group, home and credentials the unit gives the server.
as_central() { env -i PATH=/usr/bin:/bin HOME=$central_state LC_ALL=C.UTF-8 CREDENTIALS_DIRECTORY="$work/credentials" \
  setpriv --reuid=akten-central --regid=akten-central --init-groups -- "$@"; }
# Without the credential the service's user has the state directory and nothing that opens it.
if env -i PATH=/usr/bin:/bin HOME=$central_state LC_ALL=C.UTF-8 \
  setpriv --reuid=akten-central --regid=akten-central --init-groups -- timeout 30 /usr/bin/akten-central serve \
  --config /etc/akten/central.conf --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 --health-listen 127.0.0.1:0 \
  >nokey.out 2>nokey.err; then
  fail "akten-central served without its key"
fi
grep -q "central.key" nokey.err || fail "serving without the key failed for another reason: $(cat nokey.err)"
export AKTEN_KEY_DIR=$work/keys
tablet=$work/xdg/akten # the data directory the menu's launcher uses with XDG_DATA_HOME=$work/xdg
/usr/bin/aktenctl init --demo --data-dir "$tablet" >tablet.init
/usr/bin/aktenctl verify --data-dir "$tablet" | grep -qx ok || fail "aktenctl verify of the new tablet"
/usr/bin/aktenctl export-master --data-dir "$tablet" >shared/master.json
chmod 0644 shared/master.json
as_central /usr/bin/aktenctl import-master --central-dir "$central_state" "$work/shared/master.json" >/dev/null
units=$(python3 -c "import json,sys
print(' '.join('--unit ' + r['key'] for r in json.load(sys.stdin)['records'] if r['kind'] == 'unit'))" \
  <shared/master.json)
# shellcheck disable=SC2086 # one --unit per unit
as_central /usr/bin/aktenctl enrol-device --central-dir "$central_state" $units >code.txt
# Not through the function: a simple command in the background execs, so $! is the server's own pid.
env -i PATH=/usr/bin:/bin HOME=$central_state LC_ALL=C.UTF-8 \
  CREDENTIALS_DIRECTORY="$work/credentials" setpriv --reuid=akten-central --regid=akten-central --init-groups -- \
  /usr/bin/akten-central serve --config /etc/akten/central.conf --listen 127.0.0.1:0 --enrol-listen 127.0.0.1:0 \
  --health-listen 127.0.0.1:0 >serve.out 2>serve.err &
central_pid=$!
for _ in $(seq 150); do grep -q '^listening enrolment' serve.out 2>/dev/null && break; sleep 0.1; done
sync_url=$(awk '/^listening sync/{print $3}' serve.out)
enrol_url=$(awk '/^listening enrolment/{print $3}' serve.out)
[[ -n $sync_url && -n $enrol_url ]] || fail "akten-central serve did not start: $(cat serve.err)"
[[ $(stat -c %U "/proc/$central_pid") == akten-central ]] || fail "the server does not run as akten-central"
health_url=$(awk '/^listening health/{print $3}' serve.out)
[[ $(python3 -c "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1]).read().decode())" \
  "$health_url/healthz") == ok ]] || fail "the installed server's /healthz is not ok"
/usr/bin/aktenctl enrol --data-dir "$tablet" --enrol-url "$enrol_url" --code "$(awk '/^code/{print $2}' code.txt)" \
  --ca-sha256 "$(awk '{print $2}' central.init)" >/dev/null || fail "aktenctl enrol against the installed server"
/usr/bin/aktenctl sync --data-dir "$tablet" --central "$sync_url" --json >sync.json ||
  fail "aktenctl sync against the installed server"
/usr/bin/aktenctl verify --data-dir "$tablet" | grep -qx ok || fail "aktenctl verify after the sync"
check "installed akten-central (init --config as root, the key root-only in /etc/akten and refused without it," \
  "serve as akten-central with it as a credential on $sync_url, /healthz ok), a tablet from the installed aktenctl" \
  "(init --demo, verify, enrol, sync: $(head -c 120 sync.json))"; stamp
kill "$central_pid"; wait "$central_pid" 2>/dev/null || true; central_pid=
expect_mode "$central_state/central.db" "600 akten-central:akten-central"

# The menu's launcher starts the installed app on the user's data directory, offscreen, from / with a bare
# environment: it loads its QML from the binary (qrc) and Qt's modules from the system, gets to the login page and is
# still up once it has stopped loading (its import trace quiet for 2 s: the on-screen keyboard comes after the login
# page). The launcher and env exec, so $! is the app.
(cd / && exec env -i PATH=/usr/bin:/bin HOME="$work" XDG_DATA_HOME="$work/xdg" AKTEN_KEY_DIR="$AKTEN_KEY_DIR" \
  LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QML_IMPORT_TRACE=1 /usr/libexec/akten/akten-desktop) >app.out 2>app.err &
app_pid=$!
for _ in $(seq 900); do
  grep -q 'qrc:/Akten/Login/LoginPage.qml' app.err && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
grep -q 'qrc:/Akten/Login/LoginPage.qml' app.err ||
  { tail -n 20 app.err >&2; fail "the installed app did not get to the login page"; }
quiet=0
for _ in $(seq 60); do
  size=$(stat -c %s app.err); sleep 1
  if [[ $(stat -c %s app.err) == "$size" ]]; then quiet=$((quiet + 1)); else quiet=0; fi
  ((quiet < 2)) || break
done
kill -0 "$app_pid" 2>/dev/null || { tail -n 20 app.err >&2; fail "the installed app exited after the login page"; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
! grep -Ei 'failed to load component|is not installed|module .* not found' app.err ||
  fail "the installed app could not load its QML"
qtqml=$(dirname "$(dpkg -L qml6-module-qtquick-controls | grep '/QtQuick/Controls/qmldir$')")
grep -q "$qtqml" app.err || fail "no trace of QtQuick.Controls loaded from $qtqml"
grep -q 'qrc:/Akten/Shell/Main.qml' app.err || fail "no trace of Main.qml loaded from the binary's resources"
! grep -qF -e "$build_dir" -e "$source_dir" app.err ||
  fail "the installed app used the build tree: $(grep -F -e "$build_dir" -e "$source_dir" app.err | head -n 3)"
# Every QML module the app loaded from the system comes from a package akten depends on (shlibdeps cannot see them).
akten_depends=$(dpkg-query -W -f='${Depends}' akten | tr ',' '\n' | sed 's/^ *//; s/ .*//')
loaded=$(grep -o '"/usr/lib/[^"]*/qt6/qml/[^"]*/qmldir"' app.err | tr -d '"' | sort -u)
[[ -n $loaded ]] || fail "no QML module loaded from the system"
modules=0
for qmldir in $loaded; do
  owner=$(dpkg -S "$qmldir" | cut -d: -f1)
  grep -qxF "$owner" <<<"$akten_depends" || fail "the app loads $qmldir from $owner, which akten does not depend on"
  modules=$((modules + 1))
done
check "the installed app gets to its login page from its launcher (Main.qml from qrc, QtQuick.Controls from" \
  "$qtqml, no build tree);" \
  "the $modules QML modules it loaded from the system all come from akten's Depends"; stamp

# --- remove keeps data and configuration; purge keeps a store of personal data unless asked ---
printf 'stand-in for a kiosk store\n' >"$kiosk_state/akten.db"
dpkg -r akten-kiosk akten-central akten-tools akten >remove.log 2>&1 || { cat remove.log >&2; fail "dpkg -r"; }
[[ ! -e /usr/bin/akten-central && ! -e /lib/systemd/system/akten-central.service ]] || fail "dpkg -r left programs"
[[ -f $central_state/central.db && -f $central_state/ca.crt && -f $kiosk_state/akten.db ]] ||
  fail "dpkg -r removed data"
[[ -f /etc/akten/central.conf ]] || fail "dpkg -r removed the configuration"
getent passwd akten-central >/dev/null || fail "dpkg -r removed the system user"
check "dpkg -r: programs and units gone; stores, /etc/akten/central.conf and the users kept"

dpkg --purge akten-kiosk akten-central akten-tools akten >purge.log 2>&1 || { cat purge.log >&2; fail "dpkg --purge"; }
[[ ! -e /etc/akten/central.conf && ! -e /etc/akten/kiosk.conf ]] || fail "purge left the conffiles"
[[ -f $central_state/central.db && -f $kiosk_state/akten.db ]] || fail "purge deleted a store without being asked"
grep -q "central store in $central_state is kept" purge.log ||
  fail "purge did not say where the store is: $(cat purge.log)"
[[ ! -e /etc/systemd/system/multi-user.target.wants/akten-central.service ]] || fail "purge left the unit enabled"
[[ -f /etc/akten/central.key ]] || fail "purge deleted the central key of a store it kept"
check "dpkg --purge: conffiles and enablement gone, both stores of personal data kept" \
  "($(grep -c 'is kept' purge.log) notices)"

# Asked for: the flag file for the central store, the environment variable for the kiosk's.
dpkg -i --force-unsafe-io "$(deb akten)" "$(deb akten-central)" "$(deb akten-kiosk all)" >reinstall.log 2>&1 ||
  { cat reinstall.log >&2; fail "dpkg -i again"; }
expect_mode "$central_state" "700 akten-central:akten-central"
[[ -f $central_state/central.db ]] || fail "a reinstall lost the kept store"
touch "$central_state/DELETE-ON-PURGE"
dpkg --purge akten-central >purge2.log 2>&1 || { cat purge2.log >&2; fail "dpkg --purge with the flag file"; }
[[ ! -e $central_state ]] || fail "the flag file DELETE-ON-PURGE did not delete $central_state"
[[ ! -e /etc/akten/central.key ]] || fail "purge deleted the central store and left its key"
[[ -f $kiosk_state/akten.db ]] || fail "purging akten-central touched the kiosk's store"
AKTEN_PURGE_STORE=yes dpkg --purge akten-kiosk akten >purge3.log 2>&1 || { cat purge3.log >&2; fail "dpkg --purge"; }
[[ ! -e $kiosk_state ]] || fail "AKTEN_PURGE_STORE=yes did not delete $kiosk_state"
check "asked for, purge deletes the stores (DELETE-ON-PURGE, AKTEN_PURGE_STORE=yes)"; stamp
