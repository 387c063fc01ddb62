// SPDX-License-Identifier: Apache-2.0
#include "multivalueoptions.h"

namespace crossroads {

QStringList expandMultiValueOptions(const QStringList& arguments, const QStringList& multiValueOptions)
{
    QStringList result;
    QString current;
    for (const QString& argument : arguments) {
        if (argument.startsWith(QLatin1Char('-'))) {
            current = multiValueOptions.contains(argument) ? argument : QString();
            if (current.isEmpty())
                result << argument;
            continue;
        }
        if (!current.isEmpty())
            result << current;
        result << argument;
    }
    return result;
}

} // namespace crossroads
