# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Dependency-direction check (architecture.md): nothing in app/core, app/store, app/demo, app/report, sync or platform
# includes Qt Quick or Qml; only app/store (and store tests) include sqlite3.h; app/core includes nothing from store;
# app/store nothing from app/records, sync or platform; app/records nothing from sync; app/report includes nothing from
# models. platform/ (device specifics behind interfaces) includes no UI and no database: from app/store only the key
# seam (keyprovider.h, secretbytes.h, privatedirectory.h); sync/client includes from platform/ only its interfaces
# (the dock signal), never a concrete class: the composition roots pick those.
# With -DSTORE_LINKS=a|b|... and -DSYNC_CLIENT_LINKS=... (the targets' LINK_LIBRARIES, from tests/lint/CMakeLists.txt):
# akten_store links neither tpm2-tss nor Qt Bluetooth (nor libnfc), akten_sync_client not Qt Bluetooth (nor libnfc).
# Usage: cmake -DROOT=<source dir> [-DSTORE_LINKS=...] [-DSYNC_CLIENT_LINKS=...] -P layering.cmake
set(problems "")
file(GLOB_RECURSE below_models RELATIVE "${ROOT}"
    "${ROOT}/app/core/*.h" "${ROOT}/app/core/*.cpp" "${ROOT}/app/store/*.h" "${ROOT}/app/store/*.cpp"
    "${ROOT}/app/records/*.h" "${ROOT}/app/records/*.cpp"
    "${ROOT}/app/demo/*.h" "${ROOT}/app/demo/*.cpp" "${ROOT}/app/report/*.h" "${ROOT}/app/report/*.cpp"
    "${ROOT}/sync/*.h" "${ROOT}/sync/*.cpp"
    "${ROOT}/platform/*.h" "${ROOT}/platform/*.cpp" "${ROOT}/app/aktenctl/*.h" "${ROOT}/app/aktenctl/*.cpp")
foreach(f IN LISTS below_models)
    file(STRINGS "${ROOT}/${f}" hits REGEX "#include[ \t]*<(QtQml|QtQuick|QQml|QQuick|QJS)")
    if(hits)
        string(APPEND problems "  ${f}: Qt Quick/Qml below app/models: ${hits}\n")
    endif()
endforeach()

file(GLOB_RECURSE all_sources RELATIVE "${ROOT}" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/sync/*.h"
    "${ROOT}/sync/*.cpp" "${ROOT}/platform/*.h" "${ROOT}/platform/*.cpp" "${ROOT}/qml/*.h" "${ROOT}/qml/*.cpp")
foreach(f IN LISTS all_sources)
    if(NOT f MATCHES "^app/store/")
        file(STRINGS "${ROOT}/${f}" hits REGEX "#include[ \t]*[<\"]sqlite3\\.h")
        if(hits)
            string(APPEND problems "  ${f}: sqlite3.h outside app/store\n")
        endif()
    endif()
    # A library includes nothing from the layers above it.
    # The record codec and its rules (app/records) sit between the store and sync: the store knows nothing of them.
    foreach(rule IN ITEMS "core:store|records|models|demo|sync|platform" "store:records|sync|models|platform"
            "records:sync|models|demo|shell|auth|report|platform" "report:models|shell|auth|sync|platform")
        string(REPLACE ":" ";" rule "${rule}")
        list(GET rule 0 layer)
        list(GET rule 1 above)
        if(f MATCHES "^app/${layer}/")
            file(STRINGS "${ROOT}/${f}" hits REGEX "#include[ \t]*\"(app/)?(${above})/")
            if(hits)
                string(APPEND problems "  ${f}: ${layer} depends on a higher layer: ${hits}\n")
            endif()
        endif()
    endforeach()
    file(STRINGS "${ROOT}/${f}" hits REGEX "setContextProperty|qmlRegister(Type|Singleton)|::instance\\(\\)")
    if(hits)
        string(APPEND problems "  ${f}: context property, imperative QML registration or instance() singleton\n")
    endif()
endforeach()

# platform/: no UI (Widgets, Qt Quick/Qml: the first check), no database (SQLCipher/SQLite, libpq, Qt Sql, the store's
# SQL layer); from app/store only the key seam that the providers implement.
set(platform_may_include_from_store "app/store/keyprovider.h|app/store/secretbytes.h|app/store/privatedirectory.h")
file(GLOB_RECURSE platform_sources RELATIVE "${ROOT}" "${ROOT}/platform/*.h" "${ROOT}/platform/*.cpp")
foreach(f IN LISTS platform_sources)
    file(STRINGS "${ROOT}/${f}" hits REGEX "#include[ \t]*[<\"](QtWidgets|QWidget|QtSql|QSql|sqlite3|sqlcipher|libpq|app/models/|qml/)")
    if(hits)
        string(APPEND problems "  ${f}: UI or database in platform/: ${hits}\n")
    endif()
    file(STRINGS "${ROOT}/${f}" hits REGEX "#include[ \t]*\"app/store/")
    foreach(hit IN LISTS hits)
        if(NOT hit MATCHES "\"(${platform_may_include_from_store})\"")
            string(APPEND problems "  ${f}: platform/ includes the store beyond its key seam: ${hit}\n")
        endif()
    endforeach()
endforeach()

# sync/client depends on platform interfaces only (the scheduler takes a DockSignal); the app picks the concrete one.
set(platform_interfaces "platform/dock/docksignal.h|platform/badgereader.h")
file(GLOB_RECURSE client_sources RELATIVE "${ROOT}" "${ROOT}/sync/client/*.h" "${ROOT}/sync/client/*.cpp")
foreach(f IN LISTS client_sources)
    file(STRINGS "${ROOT}/${f}" hits REGEX "#include[ \t]*\"platform/")
    foreach(hit IN LISTS hits)
        if(NOT hit MATCHES "\"(${platform_interfaces})\"")
            string(APPEND problems "  ${f}: sync/client includes a concrete platform class: ${hit}\n")
        endif()
    endforeach()
endforeach()

# What the libraries link (CMake's view, not the linker's: with --as-needed an unused library would not show in ldd).
if(DEFINED STORE_LINKS)
    string(REPLACE "|" ";" links "${STORE_LINKS}")
    if(NOT links MATCHES "SQLCIPHER")
        string(APPEND problems "  STORE_LINKS does not look like akten_store's link libraries: ${STORE_LINKS}\n")
    endif()
    foreach(lib IN LISTS links)
        if(lib MATCHES "TSS2|tss2|Bluetooth|LIBNFC|nfc|akten_platform")
            string(APPEND problems "  akten_store links ${lib}: device specifics belong in platform/\n")
        endif()
    endforeach()
endif()
if(DEFINED SYNC_CLIENT_LINKS)
    string(REPLACE "|" ";" links "${SYNC_CLIENT_LINKS}")
    foreach(lib IN LISTS links)
        if(lib MATCHES "Bluetooth|LIBNFC|nfc|TSS2|akten_platform_(dock_ble|tpm|keys)$|^akten_platform$")
            string(APPEND problems "  akten_sync_client links ${lib}: it takes the dock as an interface\n")
        endif()
    endforeach()
endif()

# One include root for the whole tree: a quoted include names a file by its path from the repository root (moc's
# generated .moc files excepted), so "store/x.h" and "x.h" from another directory cannot both mean something.
file(GLOB_RECURSE every_source RELATIVE "${ROOT}" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/sync/*.h"
    "${ROOT}/sync/*.cpp" "${ROOT}/platform/*.h" "${ROOT}/platform/*.cpp" "${ROOT}/qml/*.h" "${ROOT}/qml/*.cpp"
    "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp")
foreach(f IN LISTS every_source)
    file(STRINGS "${ROOT}/${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" included "${line}")
        if(NOT included MATCHES "\\.moc$" AND NOT EXISTS "${ROOT}/${included}")
            string(APPEND problems "  ${f}: include \"${included}\" is not a path from the repository root\n")
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "layering check failed:\n${problems}")
endif()
message(STATUS "layering ok")
