# SPDX-License-Identifier: Apache-2.0
# One INTERFACE target carries the house compile settings; every target links it.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(crossroads_settings INTERFACE)
target_compile_definitions(crossroads_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    CROSSROADS_APP_ID="${CROSSROADS_APP_ID}"
    CROSSROADS_HOMEPAGE="${PROJECT_HOMEPAGE_URL}"
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
)
target_compile_options(crossroads_settings INTERFACE
    -Wall -Wextra -pedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Werror=format-security
    -fstack-protector-strong
)
target_link_options(crossroads_settings INTERFACE
    -Wl,-z,relro,-z,now
)
