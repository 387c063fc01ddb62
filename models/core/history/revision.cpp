// SPDX-License-Identifier: Apache-2.0
#include "revision.h"

namespace crossroads {

QStringList effectivePathFilters(const QStringList& pathFilters)
{
    return pathFilters.isEmpty() ? QStringList { QStringLiteral("*.crossroads.json") } : pathFilters;
}

} // namespace crossroads
