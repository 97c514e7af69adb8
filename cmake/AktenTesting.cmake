# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
#
# akten_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT <s>])
# One executable per class under test, linked against the same static libraries the programs use.
function(akten_add_test)
    cmake_parse_arguments(T "WITH_POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data" SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data")
    akten_target_defaults(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC;QT_LOGGING_RULES=*.debug=false;AKTEN_KEY_DIR=${CMAKE_BINARY_DIR}/test-keys")
    # WITH_POSTGRES: the same executable once more against a real PostgreSQL server that tests/support/with-postgres.sh
    # starts in a temporary directory (unix socket only) and stops afterwards; AKTEN_TEST_POSTGRES tells the test.
    if(T_WITH_POSTGRES)
        add_test(NAME ${T_NAME}_pg COMMAND bash ${PROJECT_SOURCE_DIR}/tests/support/with-postgres.sh $<TARGET_FILE:${T_NAME}>)
        set_tests_properties(${T_NAME}_pg PROPERTIES
            LABELS "${T_LABELS};postgres" TIMEOUT ${T_TIMEOUT}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC;QT_LOGGING_RULES=*.debug=false;AKTEN_KEY_DIR=${CMAKE_BINARY_DIR}/test-keys")
    endif()
endfunction()
