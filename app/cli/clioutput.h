// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace crossroads::cli {

/// The commands' translation context, the same in every file of the CLI.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::cli", text);
}

/// One line on stderr, prefixed with the program's name.
inline void printError(const QString& message)
{
    std::fprintf(stderr, "crossroads-cli: %s\n", qPrintable(message));
}

} // namespace crossroads::cli
