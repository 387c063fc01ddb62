// SPDX-License-Identifier: Apache-2.0
#include "jsonerrortext.h"

namespace crossroads {

QString jsonErrorText(const char* what)
{
    QString text = QString::fromUtf8(what);
    // "...: invalid literal; last read: '}<U+000A>x'; expected end of input": the quote goes, the
    // expectation after it stays. The real "'; expected" is the last one (the quote may hold anything).
    if (const qsizetype quoted = text.indexOf(QLatin1String("; last read: '")); quoted >= 0) {
        const qsizetype expected = text.lastIndexOf(QLatin1String("'; expected "));
        if (expected > quoted)
            text.remove(quoted, expected + 1 - quoted);
        else
            text.truncate(quoted);
    }
    if (const qsizetype colon = text.indexOf(QLatin1String(": ")); colon >= 0)
        text = text.mid(colon + 2);
    return text;
}

} // namespace crossroads
