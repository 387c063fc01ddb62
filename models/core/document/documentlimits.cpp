// SPDX-License-Identifier: Apache-2.0
#include "documentlimits.h"

#include <QCoreApplication>

namespace crossroads {

QString valueTooLong(const DocumentLimits& limits)
{
    return QCoreApplication::translate("DocumentBuilder", "a value longer than %1 MiB (text, number, or spaces and comments between values); refused")
        .arg(limits.maxScalarBytes >> 20);
}

} // namespace crossroads
