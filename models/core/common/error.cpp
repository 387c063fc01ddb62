// SPDX-License-Identifier: Apache-2.0
#include "error.h"

namespace crossroads {

QString Error::toString() const
{
    QString text;
    if (!file.isEmpty())
        text += file + QStringLiteral(": ");
    if (!location.isEmpty())
        text += location + QStringLiteral(": ");
    text += message;
    return text;
}

} // namespace crossroads
