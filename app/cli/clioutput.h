// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QString>

#include <cstdio>

namespace crossroads::cli {

/// The commands' translation context, the same in every file of the CLI.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::cli", text);
}

/// The same with a count: "%n file(s)".
inline QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("crossroads::cli", text, disambiguation, n);
}

/// One line on stderr, prefixed with the program's name.
inline void printError(const QString& message)
{
    std::fprintf(stderr, "crossroads-cli: %s\n", qPrintable(message));
}

/// A command's help: QCommandLineParser names the executable's path in its usage line; users
/// type "crossroads-cli check", so that is what the usage line says.
inline void printHelp(const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString usage = QStringLiteral("Usage: ") + arguments.value(0);
    if (text.startsWith(usage))
        text.replace(0, usage.size(), QStringLiteral("Usage: crossroads-cli ") + arguments.value(1));
    std::fputs(qPrintable(text), stdout);
}

} // namespace crossroads::cli
