# SPDX-License-Identifier: Apache-2.0
# docs/checks.md is the catalogue as `crossroads-cli checks --format markdown` writes it; this
# fails when a catalogue change was not carried into it.
execute_process(COMMAND ${CLI} checks --format markdown -o ${OUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "crossroads-cli checks failed (${status})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED} RESULT_VARIABLE different)
if(different)
    message(FATAL_ERROR "${EXPECTED} is not current: run cmake --build <build> --target update_docs")
endif()
