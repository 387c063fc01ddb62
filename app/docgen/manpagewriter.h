// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commandlinedoc.h"

#include <QByteArray>

namespace crossroads::docgen {

/// A manual page (man(7) macros, section 1) from the same definitions --help prints, so the two
/// cannot drift. Every character outside ASCII is written as a groff \[uXXXX] escape.
class ManPageWriter {
public:
    static QByteArray write(const ProgramDoc& program);
};

} // namespace crossroads::docgen
