// SPDX-License-Identifier: Apache-2.0
#include "shortdatetime.h"

#include <QLocale>
#include <QRegularExpression>

namespace crossroads {

QString shortDateTime(const QDateTime& dateTime)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // "yy" alone (not part of "yyyy") becomes "yyyy".
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return locale.toString(dateTime, format);
}

} // namespace crossroads
