# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Dependency-direction check (architecture.md): nothing in app/core, app/store, app/demo, app/report, sync or platform
# includes Qt Quick or Qml; only app/store (and store tests) include sqlite3.h; app/core includes nothing from store;
# app/store nothing from app/records or sync; app/records nothing from sync; app/report includes nothing from models.
# Usage: cmake -DROOT=<source dir> -P layering.cmake
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
    foreach(rule IN ITEMS "core:store|records|models|demo|sync|platform" "store:records|sync|models"
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
