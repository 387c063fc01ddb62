// SPDX-License-Identifier: Apache-2.0
#include "revisionspec.h"

#include <QCoreApplication>

namespace crossroads {

Result<RevisionSpec> RevisionSpec::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return Error { text, {},
            QCoreApplication::translate("crossroads",
                "write a snapshot in the repository as REV:PATH, e.g. v1.4:prod/posture.crossroads.json") };
    return RevisionSpec { text.left(colon), text.mid(colon + 1) };
}

} // namespace crossroads
