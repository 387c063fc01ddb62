// SPDX-License-Identifier: Apache-2.0
#include "shellcompletion.h"

#include <QRegularExpression>

namespace crossroads::docgen {

QStringList ShellCompletion::shells()
{
    return { QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish") };
}

QByteArray ShellCompletion::write(const QString& shell, const ProgramDoc& program)
{
    if (shell == QLatin1String("bash"))
        return bash(program);
    if (shell == QLatin1String("zsh"))
        return zsh(program);
    if (shell == QLatin1String("fish"))
        return fish(program);
    return {};
}

QString ShellCompletion::hint(const QString& description)
{
    QString text = description.simplified();
    // Parentheses add detail a one-line hint has no room for; then the first sentence.
    static const QRegularExpression detail(QStringLiteral("\\s*\\([^()]*\\)"));
    text.remove(detail);
    static const QRegularExpression end(QStringLiteral("((?<!e\\.g)(?<!i\\.e)\\.\\s|;\\s)"));
    const QRegularExpressionMatch match = end.match(text);
    if (match.hasMatch())
        text.truncate(match.capturedStart());
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString ShellCompletion::identifier(const QString& programName)
{
    QString name = programName;
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace crossroads::docgen
