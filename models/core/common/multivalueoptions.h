// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace crossroads {

/// "--dev a b --prod c" → "--dev a --dev b --prod c": QCommandLineParser takes one value per
/// option, the documented usage of both programs lists several paths after one flag.
QStringList expandMultiValueOptions(const QStringList& arguments, const QStringList& multiValueOptions);

} // namespace crossroads
