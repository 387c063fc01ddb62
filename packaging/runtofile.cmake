# SPDX-License-Identifier: Apache-2.0
# cmake -DPROGRAM=… -DARGUMENTS=a;b -DOUTPUT=FILE [-DGZIP=ON] [-DDATE_EPOCH=N] -P runtofile.cmake
# Runs a program (on the offscreen platform, with SOURCE_DATE_EPOCH for reproducible dates) and
# writes what it prints, in English, to OUTPUT, gzip -9n compressed when GZIP is set, as Debian wants man pages.
set(ENV{QT_QPA_PLATFORM} offscreen)
# What is packaged is English whatever the builder's language (the programs speak the user's).
set(ENV{LC_ALL} C.UTF-8)
unset(ENV{LANGUAGE})
if(DATE_EPOCH)
    set(ENV{SOURCE_DATE_EPOCH} ${DATE_EPOCH})
endif()
execute_process(COMMAND ${PROGRAM} ${ARGUMENTS} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(REMOVE ${OUTPUT}.tmp)
    message(FATAL_ERROR "${PROGRAM} ${ARGUMENTS} failed: ${status}")
endif()
if(GZIP)
    execute_process(COMMAND gzip -9nf ${OUTPUT}.tmp RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT}.tmp failed")
    endif()
    file(RENAME ${OUTPUT}.tmp.gz ${OUTPUT})
else()
    file(RENAME ${OUTPUT}.tmp ${OUTPUT})
endif()
