// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace crossroads {

/// What went wrong with an input, and where: every message a user sees names the file and the
/// place in it, so that a bad input can be found and fixed without a debugger.
struct Error {
    QString file; ///< path as the user gave it (or a qrc path for bundled inputs)
    QString location; ///< "line 12, column 3", "byte 4096", a JSON pointer, or empty
    QString message;
    bool cancelled = false; ///< the user stopped the work; not a problem with the input

    /// "file: location: message" with empty parts left out.
    QString toString() const;
};

} // namespace crossroads
