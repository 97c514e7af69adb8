# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# Every C++ file follows the committed .clang-format (clang-format 14 from Debian). Fix with:
#   clang-format -i $(git ls-files '*.cpp' '*.h')
# Usage: cmake -DROOT=<source dir> -DCLANG_FORMAT=<path> -P format.cmake
file(GLOB_RECURSE sources "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h"
    "${ROOT}/platform/*.cpp" "${ROOT}/platform/*.h" "${ROOT}/sync/*.cpp" "${ROOT}/sync/*.h")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources} RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    string(SUBSTRING "${out}" 0 2000 head)
    message(FATAL_ERROR "clang-format differences (run clang-format -i):\n${head}")
endif()
message(STATUS "format ok")
