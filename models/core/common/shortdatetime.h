// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace crossroads {

/// A date and time in the user's locale's short form, with the year in four digits: a
/// posture history spans years, and "04.12.26" reads as a day, a month and a year only to
/// those who already know which is which.
QString shortDateTime(const QDateTime& dateTime);

} // namespace crossroads
