// SPDX-License-Identifier: Apache-2.0
#include "check.h"

namespace crossroads {

const char* severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return "low";
    case Severity::Medium:
        return "medium";
    case Severity::High:
        return "high";
    case Severity::Critical:
        return "critical";
    }
    return "medium";
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (const Severity severity : { Severity::Low, Severity::Medium, Severity::High, Severity::Critical }) {
        if (name == QLatin1String(severityName(severity)))
            return severity;
    }
    return std::nullopt;
}

int severityWeight(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return 1;
    case Severity::Medium:
        return 3;
    case Severity::High:
        return 6;
    case Severity::Critical:
        return 10;
    }
    return 1;
}

} // namespace crossroads
