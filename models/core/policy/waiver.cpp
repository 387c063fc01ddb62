// SPDX-License-Identifier: Apache-2.0
#include "waiver.h"

#include <QCoreApplication>

namespace crossroads {

QString Waiver::expiryText() const
{
    return expires.isValid() ? expires.toString(Qt::ISODate) : QCoreApplication::translate("crossroads::Waiver", "the annotation is removed");
}

Waiver::State Waiver::stateOn(const QDate& today) const
{
    if (isExpiredOn(today))
        return State::Expired;
    return matches > 0 ? State::Active : State::Unused;
}

const char* waiverStateName(Waiver::State state)
{
    switch (state) {
    case Waiver::State::Active:
        return "active";
    case Waiver::State::Expired:
        return "expired";
    case Waiver::State::Unused:
        break;
    }
    return "unused";
}

} // namespace crossroads
