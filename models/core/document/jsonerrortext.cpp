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
    // "[json.exception.out_of_range.406] number overflow …": the bracketed id means nothing to a user.
    if (text.startsWith(QLatin1Char('['))) {
        if (const qsizetype close = text.indexOf(QLatin1String("] ")); close >= 0)
            text = text.mid(close + 2);
    }
    // "parse error at line 3, column 5: syntax error …": callers name the place themselves.
    if (text.startsWith(QLatin1String("parse error"))) {
        if (const qsizetype colon = text.indexOf(QLatin1String(": ")); colon >= 0)
            text = text.mid(colon + 2);
    }
    // "number overflow parsing '1e400'": say what it means to someone who did not write nlohmann.
    if (text.startsWith(QLatin1String("number overflow parsing '")))
        text = QStringLiteral("number %1 is out of range (larger than a double holds)").arg(text.mid(25).chopped(1).left(40));
    return text;
}

} // namespace crossroads
