// SPDX-License-Identifier: Apache-2.0
#include "comparison.h"

namespace crossroads {

const char* classificationName(Classification classification)
{
    switch (classification) {
    case Classification::Regression:
        return "regression";
    case Classification::Fidelity:
        return "fidelity";
    case Classification::Shared:
        return "shared";
    case Classification::Drift:
        return "drift";
    case Classification::Aligned:
        return "aligned";
    case Classification::Unknown:
        break;
    }
    return "unknown";
}

bool isFailing(Classification classification)
{
    return classification == Classification::Regression || classification == Classification::Fidelity
        || classification == Classification::Shared;
}

int Comparison::failingAtOrAbove(Severity threshold) const
{
    int count = 0;
    for (int s = static_cast<int>(threshold); s < 4; ++s)
        count += failingBySeverity[static_cast<std::size_t>(s)];
    return count;
}

} // namespace crossroads
