// SPDX-License-Identifier: Apache-2.0
#include "manpagewriter.h"

#include <algorithm>

namespace crossroads::docgen {

namespace {

/// Text for a line of running text: backslashes and hyphens escaped, a leading period or
/// apostrophe (which would start a request) guarded, non-ASCII as groff escapes.
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const char32_t u : text.toUcs4()) {
        if (u == U'\\')
            out += QStringLiteral("\\e");
        else if (u == U'-')
            out += QStringLiteral("\\-");
        else if (u == U'\t')
            out += QLatin1Char(' ');
        else if (u == U'\n' || (u >= 0x20 && u < 0x7f))
            out += QChar(static_cast<char16_t>(u));
        else if (u >= 0x80)
            out += QStringLiteral("\\[u%1]").arg(QString::number(static_cast<uint>(u), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

/// Paragraphs separated by blank lines become .PP paragraphs.
void paragraphs(QString& out, const QString& text)
{
    bool first = true;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!first)
            out += QStringLiteral(".PP\n");
        out += escaped(paragraph.trimmed()) + QLatin1Char('\n');
        first = false;
    }
}

QString optionHeading(const OptionDoc& option)
{
    QStringList names;
    for (const QString& name : option.names)
        names << (name.size() == 1 ? QStringLiteral("\\fB\\-%1\\fR").arg(escaped(name)) : QStringLiteral("\\fB\\-\\-%1\\fR").arg(escaped(name)));
    QString heading = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        heading += QStringLiteral(" \\fI%1\\fR").arg(escaped(option.valueName));
    return heading;
}

void options(QString& out, const QList<OptionDoc>& list)
{
    for (const OptionDoc& option : list) {
        out += QStringLiteral(".TP\n") + optionHeading(option) + QLatin1Char('\n') + escaped(option.description);
        const bool choicesNamed = std::all_of(option.choices.begin(), option.choices.end(), [&option](const QString& choice) {
            return option.description.contains(choice);
        });
        if (option.kind == ValueKind::Choice && !choicesNamed)
            out += QStringLiteral(" (") + escaped(option.choices.join(QStringLiteral(", "))) + QLatin1Char(')');
        out += QLatin1Char('\n');
    }
}

} // namespace

QByteArray ManPageWriter::write(const ProgramDoc& program)
{
    QString out;
    out += QStringLiteral(".\\\" Generated from the option definitions --help prints; do not edit.\n");
    out += QStringLiteral(".TH \"%1\" 1 \"%2\" \"%3 %4\" \"User Commands\"\n")
               .arg(program.name.toUpper(), program.date, escaped(program.name), escaped(program.version));
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(escaped(program.name), escaped(program.summary));

    out += QStringLiteral(".SH SYNOPSIS\n");
    bool firstForm = true;
    for (const CommandDoc& command : program.commands) {
        const QStringList forms = command.synopsis.isEmpty() ? QStringList { QString() } : command.synopsis;
        for (const QString& form : forms) {
            if (!firstForm)
                out += QStringLiteral(".br\n");
            firstForm = false;
            out += QStringLiteral("\\fB%1\\fR").arg(escaped(program.name));
            if (!command.name.isEmpty())
                out += QStringLiteral(" \\fB%1\\fR").arg(escaped(command.name));
            if (!form.isEmpty())
                out += QLatin1Char(' ') + escaped(form);
            out += QLatin1Char('\n');
        }
    }

    out += QStringLiteral(".SH DESCRIPTION\n");
    paragraphs(out, program.description);

    const bool subcommands = program.hasSubcommands();
    if (subcommands) {
        out += QStringLiteral(".SH COMMANDS\n");
        for (const CommandDoc& command : program.commands) {
            out += QStringLiteral(".SS %1\n").arg(escaped(command.name));
            out += escaped(command.description.isEmpty() ? command.summary : command.description) + QLatin1Char('\n');
            for (const PositionalDoc& positional : command.positionals) {
                out += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n").arg(escaped(positional.syntax.isEmpty() ? positional.name : positional.syntax),
                    escaped(positional.description));
            }
            options(out, command.options);
        }
    } else if (!program.commands.empty()) {
        out += QStringLiteral(".SH OPTIONS\n");
        options(out, program.commands.front().options);
    }
    if (!program.globalOptions.isEmpty()) {
        out += subcommands ? QStringLiteral(".SH GLOBAL OPTIONS\n") : QString();
        options(out, program.globalOptions);
    }
    if (!program.exitStatus.isEmpty()) {
        out += QStringLiteral(".SH EXIT STATUS\n");
        paragraphs(out, program.exitStatus);
    }
    if (!program.environment.isEmpty()) {
        out += QStringLiteral(".SH ENVIRONMENT\n");
        paragraphs(out, program.environment);
    }
    if (!program.files.isEmpty()) {
        out += QStringLiteral(".SH FILES\n");
        paragraphs(out, program.files);
    }
    if (!program.seeAlso.isEmpty()) {
        QStringList references;
        for (const QString& page : program.seeAlso) {
            const qsizetype paren = page.indexOf(QLatin1Char('('));
            references << QStringLiteral(".BR %1 %2").arg(escaped(page.left(paren)), page.mid(paren));
        }
        out += QStringLiteral(".SH SEE ALSO\n") + references.join(QStringLiteral(",\n")) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace crossroads::docgen
