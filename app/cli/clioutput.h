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
    // Qt's own word for "Usage:" is in the user's language ("Aufruf:"): find the path after it.
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype path = arguments.isEmpty() ? -1 : text.indexOf(arguments.front());
    if (path >= 0 && (lineEnd < 0 || path < lineEnd))
        text.replace(path, arguments.front().size(), QStringLiteral("crossroads-cli ") + arguments.value(1));
    std::fputs(qPrintable(text), stdout);
}

} // namespace crossroads::cli
