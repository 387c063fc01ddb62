// SPDX-License-Identifier: Apache-2.0
#include "jsonerrortext.h"

namespace crossroads {

QString jsonErrorText(const char* what)
{
    QString text = QString::fromUtf8(what);
    if (const qsizetype quoted = text.indexOf(QLatin1String("; last read:")); quoted >= 0)
        text.truncate(quoted);
    if (const qsizetype colon = text.indexOf(QLatin1String(": ")); colon >= 0)
        text = text.mid(colon + 2);
    return text;
}

} // namespace crossroads
