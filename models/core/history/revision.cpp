// SPDX-License-Identifier: Apache-2.0
#include "revision.h"

namespace crossroads {

QString effectivePathFilter(const QString& pathFilter)
{
    return pathFilter.isEmpty() ? QStringLiteral("*.crossroads.json") : pathFilter;
}

} // namespace crossroads
