# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Install rules and the Debian 12 packages (CPack, DEB generator), one package per component:
#   akten          the app (its own QML modules and translations are compiled into the binary as resources; the Qt
#                  QML modules it imports come from Debian's qml6-module-* packages), a desktop entry and its launcher
#   akten-tools    aktenctl
#   akten-central  the central store's server, its systemd unit, /etc/akten/central.conf; the system user and
#                  /var/lib/akten-central (0700) come from the maintainer scripts, so dpkg never owns the store
#   akten-kiosk    the wall kiosk's session under cage (unit, session script, settings)
# `cmake --build --preset release --target package` writes the four .debs into the build directory;
# deploy/scripts/build-packages.sh builds them elsewhere and runs lintian. Maintainer scripts: deploy/debian/<package>.
include(GNUInstallDirs)

set(AKTEN_PACKAGE_MAINTAINER "Akten developers <akten@example.org>" CACHE STRING "Maintainer field of the .debs")
set(AKTEN_PACKAGE_HOMEPAGE "https://akten.example.org" CACHE STRING "Homepage field of the .debs")

set(_deploy ${PROJECT_SOURCE_DIR}/deploy)
set(_debian ${_deploy}/debian)
set(_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc)
# Bookworm still ships units in /lib (usrmerge keeps both paths working; dh_installsystemd uses /lib too).
set(_unitdir /lib/systemd/system)
set(_confdir /etc/akten)

# The programs: stripped by CPack (CPACK_STRIP_FILES) and without an RPATH: nothing of ours is a shared library, and
# qt_standard_project_setup's install RPATH ($ORIGIN:$ORIGIN/../lib) would have the loader search /usr/bin and /usr/lib
# ahead of the system's paths (lintian: custom-library-search-path).
set_target_properties(akten aktenctl akten-central PROPERTIES INSTALL_RPATH "")
# Relocations read-only after start (full RELRO): Debian's hardening for programs that face the network or a store.
target_link_options(akten PRIVATE LINKER:-z,relro,-z,now)
target_link_options(aktenctl PRIVATE LINKER:-z,relro,-z,now)
target_link_options(akten-central PRIVATE LINKER:-z,relro,-z,now)
install(TARGETS akten RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT akten)
install(TARGETS aktenctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT akten-tools)
install(TARGETS akten-central RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT akten-central)

# akten: the menu entry starts the app on the user's own data directory (the launcher supplies --data-dir).
install(PROGRAMS ${_deploy}/desktop/akten-desktop DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/akten COMPONENT akten)
install(FILES ${_deploy}/desktop/akten.desktop DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT akten)
install(FILES ${_deploy}/desktop/akten.svg DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
    COMPONENT akten)

# akten-central: unit and configuration (contents: deploy/central).
install(FILES ${_deploy}/central/akten-central.service DESTINATION ${_unitdir} COMPONENT akten-central)
install(FILES ${_deploy}/central/central.conf DESTINATION ${_confdir} COMPONENT akten-central)

# akten-kiosk: unit, the session script cage runs, and the kiosk's settings (contents: deploy/kiosk).
install(FILES ${_deploy}/kiosk/akten-kiosk.service DESTINATION ${_unitdir} COMPONENT akten-kiosk)
install(PROGRAMS ${_deploy}/kiosk/akten-kiosk-session DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/akten
    COMPONENT akten-kiosk)
install(FILES ${_deploy}/kiosk/kiosk.conf DESTINATION ${_confdir} COMPONENT akten-kiosk)

# Every package: /usr/share/doc/<package>/copyright (machine-readable, GPL-3+) and changelog.gz (Debian policy 12.5,
# 12.7). The changelog is one entry for the version built, dated at configure time (SOURCE_DATE_EPOCH is honoured).
string(TIMESTAMP _akten_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(AKTEN_PACKAGE_COMPONENTS akten akten-tools akten-central akten-kiosk)
foreach(_pkg IN LISTS AKTEN_PACKAGE_COMPONENTS)
    set(AKTEN_PACKAGE_NAME ${_pkg})
    set(_pkgdoc ${CMAKE_BINARY_DIR}/packaging/doc/${_pkg})
    configure_file(${_debian}/changelog.in ${_pkgdoc}/changelog @ONLY)
    execute_process(COMMAND gzip -9nf ${_pkgdoc}/changelog COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${_debian}/copyright ${_pkgdoc}/changelog.gz DESTINATION ${_docdir}/${_pkg} COMPONENT ${_pkg})
endforeach()

# A manual page per program (policy 12.1), compressed like the changelog.
foreach(_man IN ITEMS akten:akten aktenctl:akten-tools akten-central:akten-central)
    string(REPLACE ":" ";" _man "${_man}")
    list(GET _man 0 _page)
    list(GET _man 1 _pkg)
    set(_mandir ${CMAKE_BINARY_DIR}/packaging/man)
    file(MAKE_DIRECTORY ${_mandir})
    execute_process(COMMAND gzip -9nc ${_deploy}/man/${_page}.1 OUTPUT_FILE ${_mandir}/${_page}.1.gz
        COMMAND_ERROR_IS_FATAL ANY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_deploy}/man/${_page}.1) # edited: compressed again
    install(FILES ${_mandir}/${_page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${_pkg})
endforeach()

set(CPACK_GENERATOR DEB)
# `package_source` (a tarball) would otherwise take the build directories and the git metadata along.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\.git/" "/\\.git$")
set(CPACK_PACKAGE_NAME akten)
set(CPACK_PACKAGE_VENDOR "Akten developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package has its own description: a summary equal to CPack's default keeps CPack from putting the project's
# summary in front of each one.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_CONTACT "${AKTEN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENTS_ALL ${AKTEN_PACKAGE_COMPONENTS})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # name_version_arch.deb; the architecture from dpkg --print-architecture
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${AKTEN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${AKTEN_PACKAGE_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Dependencies from the libraries actually linked; what they cannot see (libraries and QML modules loaded at run time,
# the minimum SQLCipher, programs run by scripts) is added per package below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# SQLCipher 4.6 (bookworm-backports): bookworm's own 3.4.1 has the same soname, so shlibdeps alone would accept it.
set(_sqlcipher "libsqlcipher1 (>= 4.6)")
set(_same_version "(= ${PROJECT_VERSION})")

set(CPACK_DEBIAN_AKTEN_PACKAGE_NAME akten)
set(CPACK_DEBIAN_AKTEN_PACKAGE_SECTION misc)
# Loaded at run time: every Qt QML module the app imports (seen with QML_IMPORT_TRACE: QtQml, its Models and
# WorkerScript, QtQuick, Window, Layouts, Controls with the Basic style and their Templates, the virtual keyboard with
# its input method plugin and the folder list model it uses; packageinstalltest checks each one it loads is here), and
# the fonts the UI draws with. Word suggestions of the Swedish on-screen keyboard come from hunspell-sv.
set(CPACK_DEBIAN_AKTEN_PACKAGE_DEPENDS "${_sqlcipher}, qml6-module-qtqml, qml6-module-qtqml-models, \
qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtquick-layouts, \
qml6-module-qtquick-templates, qml6-module-qtquick-controls, qml6-module-qtquick-virtualkeyboard, \
qt6-virtualkeyboard-plugin, qml6-module-qt-labs-folderlistmodel, fonts-dejavu-core")
set(CPACK_DEBIAN_AKTEN_PACKAGE_RECOMMENDS "akten-tools ${_same_version}, qt6-wayland, hunspell-sv")
set(CPACK_DEBIAN_AKTEN_DESCRIPTION "care record app for tablets and wall kiosks
Akten is the electronic implementation record (genomförandeakt) of Swedish
care homes and group homes: signing lists, the social journal, the
implementation plan and the resident's record, on staff tablets and wall
kiosks that work offline on an encrypted local store (SQLCipher) and sync
with the central store (package akten-central).
.
This package holds the Qt Quick app and its menu entry. A device's store is
set up with aktenctl (package akten-tools).")

set(CPACK_DEBIAN_AKTEN-TOOLS_PACKAGE_NAME akten-tools)
set(CPACK_DEBIAN_AKTEN-TOOLS_PACKAGE_SECTION admin)
# aktenctl paints PDFs with Qt's offscreen platform, which needs a font.
set(CPACK_DEBIAN_AKTEN-TOOLS_PACKAGE_DEPENDS "${_sqlcipher}, fonts-dejavu-core")
set(CPACK_DEBIAN_AKTEN-TOOLS_DESCRIPTION "command-line administration of Akten devices and central store
aktenctl creates, verifies and inspects a device's encrypted store, enrols
and syncs a device, exports signing lists and journal copies as PDF, and
administers the central store of Akten (device enrolment and revocation,
master data, tamper alarms).")

set(CPACK_DEBIAN_AKTEN-CENTRAL_PACKAGE_NAME akten-central)
set(CPACK_DEBIAN_AKTEN-CENTRAL_PACKAGE_SECTION net)
set(CPACK_DEBIAN_AKTEN-CENTRAL_PACKAGE_DEPENDS "${_sqlcipher}, adduser")
set(CPACK_DEBIAN_AKTEN-CENTRAL_PACKAGE_RECOMMENDS "akten-tools ${_same_version}")
set(CPACK_DEBIAN_AKTEN-CENTRAL_DESCRIPTION "central store and sync server of Akten
akten-central keeps the records that a care unit's tablets and kiosks
upload and serves them back, over HTTPS with mutual TLS and a site CA of its
own, in an embedded encrypted store or in PostgreSQL.
.
The package installs a systemd unit running as the system user akten-central
with its state in /var/lib/akten-central (owner-only). Removing the package
keeps the store; purging it keeps the store too unless asked (README).")
set(CPACK_DEBIAN_AKTEN-CENTRAL_PACKAGE_CONTROL_EXTRA
    "${_debian}/akten-central/postinst;${_debian}/akten-central/prerm;${_debian}/akten-central/postrm;\
${_debian}/akten-central/conffiles")

set(CPACK_DEBIAN_AKTEN-KIOSK_PACKAGE_NAME akten-kiosk)
set(CPACK_DEBIAN_AKTEN-KIOSK_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_AKTEN-KIOSK_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_AKTEN-KIOSK_PACKAGE_DEPENDS "akten ${_same_version}, cage, qt6-wayland, adduser")
set(CPACK_DEBIAN_AKTEN-KIOSK_DESCRIPTION "locked-down wall kiosk session for Akten
Runs the Akten app in kiosk mode, full screen under cage (a Wayland kiosk
compositor), as the unprivileged system user akten-kiosk on a tty, started by
systemd at boot and restarted when it exits. No desktop, no terminal.")
set(CPACK_DEBIAN_AKTEN-KIOSK_PACKAGE_CONTROL_EXTRA
    "${_debian}/akten-kiosk/postinst;${_debian}/akten-kiosk/prerm;${_debian}/akten-kiosk/postrm;\
${_debian}/akten-kiosk/conffiles")

include(CPack)
