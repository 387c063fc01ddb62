// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace crossroads {

/// nlohmann/json's parse error, told to a user: without its "[json.exception.parse_error.101]
/// parse error at line 3, column 5: " prefix (callers name the place themselves) and without
/// its "; last read: '…'" suffix, which quotes the input: the start of a secret value when a
/// file is cut off inside one.
QString jsonErrorText(const char* what);

} // namespace crossroads
