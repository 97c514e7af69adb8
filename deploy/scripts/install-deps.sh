#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Installs every build and test dependency from Debian 12 packages. Idempotent: when everything is already
# installed it only checks and returns. Adds bookworm-backports (same mirror as the existing sources) for
# SQLCipher 4.6.1; bookworm's own SQLCipher 3.4.1 is refused.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-connectivity-dev qt6-httpserver-dev qt6-websockets-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel hunspell-sv
  libqt6svg6 qt6-qpa-plugins
  sqlite3 libnfc-dev libnfc-bin libsodium-dev libssl-dev libpq-dev libtss2-dev swtpm swtpm-tools
  postgresql postgresql-contrib curl python3
  xvfb x11vnc xauth fonts-dejavu-core xdotool x11-apps imagemagick tzdata poppler-utils
  # packaging, the kiosk session and the central service (issue 18): package checks, cage + grim headless,
  # a TCP load balancer, sd_notify
  dpkg-dev fakeroot lintian systemd cage grim qt6-wayland haproxy libsystemd-dev
  iproute2 procps # the kiosk session test: ss (the compositor's Wayland clients) and ps (the session's processes)
)

have_all() {
  dpkg-query -W -f='${Status}\n' "${PACKAGES[@]}" 2>/dev/null | grep -vc '^install ok installed$' | grep -qx 0 \
    && dpkg-query -W -f='${Version}\n' libsqlcipher-dev 2>/dev/null | grep -q '^4\.6'
}

if have_all; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages; run as root (or with sudo) to install them" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# bookworm-backports from the mirror the machine already uses (deb822 or one-line format).
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  mirror=$(grep -rhs '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' \
             | grep -v security | head -n1 || true)
  if [ -z "$mirror" ]; then
    mirror=$(grep -hs '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  fi
  mirror=${mirror:-http://deb.debian.org/debian}
  cat > /etc/apt/sources.list.d/akten-backports.sources <<SRC
Types: deb
URIs: ${mirror}
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
apt-get install -y -qq --no-install-recommends -t bookworm-backports libsqlcipher-dev libsqlcipher1 >/dev/null

ver=$(dpkg-query -W -f='${Version}' libsqlcipher-dev)
case "$ver" in
  4.6*) ;;
  *) echo "install-deps: libsqlcipher-dev is $ver, need 4.6.x from bookworm-backports" >&2; exit 1 ;;
esac
