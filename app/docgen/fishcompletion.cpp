// SPDX-License-Identifier: Apache-2.0
// fish: one `complete` line an option, conditioned on the command seen.
#include "shellcompletion.h"

namespace crossroads::docgen {

namespace {

QString quoted(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

void optionLines(QString& out, const QString& prefix, const QList<OptionDoc>& options)
{
    for (const OptionDoc& option : options) {
        QString line = prefix;
        for (const QString& name : option.names)
            line += name.size() == 1 ? QStringLiteral(" -s %1").arg(name) : QStringLiteral(" -l %1").arg(name);
        switch (option.kind) {
        case ValueKind::None:
            break;
        case ValueKind::File:
            line += QStringLiteral(" -r -F");
            break;
        case ValueKind::Folder:
            line += QStringLiteral(" -r -f -a '(__fish_complete_directories)'");
            break;
        case ValueKind::Choice:
            line += QStringLiteral(" -x -a %1").arg(quoted(option.choices.join(QLatin1Char(' '))));
            break;
        case ValueKind::FileOrChoice:
            line += QStringLiteral(" -r -F -a %1").arg(quoted(option.choices.join(QLatin1Char(' '))));
            break;
        case ValueKind::Text:
            line += QStringLiteral(" -x");
            break;
        }
        out += line + QStringLiteral(" -d ") + quoted(ShellCompletion::hint(option.description)) + QLatin1Char('\n');
    }
}

void positionalLines(QString& out, const QString& prefix, const CommandDoc& command)
{
    for (const PositionalDoc& positional : command.positionals) {
        if (positional.kind == ValueKind::Choice)
            out += prefix + QStringLiteral(" -a %1\n").arg(quoted(positional.choices.join(QLatin1Char(' '))));
        else if (positional.kind == ValueKind::File || positional.kind == ValueKind::Folder)
            out += prefix + QStringLiteral(" -F\n");
    }
    if (command.positionals.isEmpty()) {
        for (const OptionDoc& option : command.options) {
            if (option.repeatable && option.kind == ValueKind::File) {
                out += prefix + QStringLiteral(" -F\n");
                break;
            }
        }
    }
}

} // namespace

QByteArray ShellCompletion::fish(const ProgramDoc& program)
{
    QString out;
    out += QStringLiteral("# fish completion for %1; generated from the option definitions its --help prints.\n").arg(program.name);
    const QString base = QStringLiteral("complete -c %1").arg(program.name);
    out += base + QStringLiteral(" -f\n");
    const bool subcommands = program.hasSubcommands();
    if (!subcommands) {
        if (!program.commands.empty()) {
            optionLines(out, base, program.commands.front().options);
            positionalLines(out, base, program.commands.front());
        }
        optionLines(out, base, program.globalOptions);
        return out.toUtf8();
    }
    QStringList names;
    for (const CommandDoc& command : program.commands)
        names << command.name;
    const QString first = base + QStringLiteral(" -n 'not __fish_seen_subcommand_from %1'").arg(names.join(QLatin1Char(' ')));
    for (const CommandDoc& command : program.commands)
        out += first + QStringLiteral(" -a %1 -d %2\n").arg(command.name, quoted(command.summary));
    optionLines(out, first, program.globalOptions);
    for (const CommandDoc& command : program.commands) {
        const QString prefix = base + QStringLiteral(" -n '__fish_seen_subcommand_from %1'").arg(command.name);
        optionLines(out, prefix, command.options);
        positionalLines(out, prefix, command);
    }
    return out.toUtf8();
}

} // namespace crossroads::docgen
