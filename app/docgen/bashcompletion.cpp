// SPDX-License-Identifier: Apache-2.0
// bash: a function for `complete -F`, using bash-completion's _init_completion and _filedir.
#include "shellcompletion.h"

namespace crossroads::docgen {

namespace {

QString words(const QStringList& list)
{
    return list.join(QLatin1Char(' '));
}

QStringList spelled(const OptionDoc& option)
{
    QStringList names;
    for (const QString& name : option.names)
        names << (name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name);
    return names;
}

/// The case arms that complete an option's value, and the words of every option.
void optionCases(QString& out, const QList<OptionDoc>& options, QStringList& allNames, const QString& indent)
{
    for (const OptionDoc& option : options) {
        const QStringList names = spelled(option);
        allNames << names;
        QString action;
        switch (option.kind) {
        case ValueKind::None:
            continue;
        case ValueKind::File:
            action = QStringLiteral("_filedir");
            break;
        case ValueKind::Folder:
            action = QStringLiteral("_filedir -d");
            break;
        case ValueKind::Choice:
            action = QStringLiteral("COMPREPLY=($(compgen -W '%1' -- \"$cur\"))").arg(words(option.choices));
            break;
        case ValueKind::FileOrChoice:
            // builtin:NAME has a colon, a word break for readline: trimmed back after matching.
            action = QStringLiteral("_filedir; COMPREPLY+=($(compgen -W '%1' -- \"$cur\")); __ltrim_colon_completions \"$cur\"").arg(words(option.choices));
            break;
        case ValueKind::Text:
            action = QStringLiteral(":");
            break;
        }
        out += indent + names.join(QLatin1Char('|')) + QStringLiteral(")\n") + indent + QStringLiteral("    ") + action + QStringLiteral("; return ;;\n");
    }
}

/// After the options: the positional arguments (files, or a fixed set of words).
QString positionalAction(const CommandDoc& command)
{
    for (const PositionalDoc& positional : command.positionals) {
        if (positional.kind == ValueKind::Choice)
            return QStringLiteral("COMPREPLY=($(compgen -W '%1' -- \"$cur\"))").arg(words(positional.choices));
        if (positional.kind == ValueKind::File)
            return QStringLiteral("_filedir");
        if (positional.kind == ValueKind::Folder)
            return QStringLiteral("_filedir -d");
    }
    // Options that take several paths (--dev a b) leave a path in the place of a positional.
    for (const OptionDoc& option : command.options) {
        if (option.repeatable && option.kind == ValueKind::File)
            return QStringLiteral("_filedir");
    }
    return {};
}

void commandBody(QString& out, const CommandDoc& command, const QList<OptionDoc>& global, const QString& indent)
{
    QStringList names;
    out += indent + QStringLiteral("case \"$prev\" in\n");
    optionCases(out, command.options, names, indent + QStringLiteral("    "));
    optionCases(out, global, names, indent + QStringLiteral("    "));
    out += indent + QStringLiteral("esac\n");
    out += indent + QStringLiteral("if [[ \"$cur\" == -* ]]; then\n") + indent + QStringLiteral("    COMPREPLY=($(compgen -W '%1' -- \"$cur\"))\n").arg(words(names));
    const QString positional = positionalAction(command);
    if (!positional.isEmpty())
        out += indent + QStringLiteral("else\n") + indent + QStringLiteral("    ") + positional + QLatin1Char('\n');
    out += indent + QStringLiteral("fi\n");
}

} // namespace

QByteArray ShellCompletion::bash(const ProgramDoc& program)
{
    const QString function = QStringLiteral("_") + identifier(program.name);
    QString out;
    out += QStringLiteral("# bash completion for %1; generated from the option definitions its --help prints.\n").arg(program.name);
    out += function + QStringLiteral("()\n{\n    local cur prev words cword split\n    _init_completion -s -n : || return\n");
    const bool subcommands = program.hasSubcommands();
    if (!subcommands) {
        if (!program.commands.empty())
            commandBody(out, program.commands.front(), program.globalOptions, QStringLiteral("    "));
        out += QStringLiteral("}\n");
    } else {
        QStringList commandNames;
        for (const CommandDoc& command : program.commands)
            commandNames << command.name;
        QStringList globalNames;
        for (const OptionDoc& option : program.globalOptions)
            globalNames << spelled(option);
        out += QStringLiteral("    if ((cword == 1)); then\n        COMPREPLY=($(compgen -W '%1 %2' -- \"$cur\"))\n        return\n    fi\n")
                   .arg(words(commandNames), words(globalNames));
        out += QStringLiteral("    case \"${words[1]}\" in\n");
        for (const CommandDoc& command : program.commands) {
            out += QStringLiteral("    %1)\n").arg(command.name);
            commandBody(out, command, { OptionDoc { { QStringLiteral("help") }, {}, {}, {}, ValueKind::None, false } }, QStringLiteral("        "));
            out += QStringLiteral("        ;;\n");
        }
        out += QStringLiteral("    esac\n}\n");
    }
    out += QStringLiteral("complete -F %1 %2\n").arg(function, program.name);
    return out.toUtf8();
}

} // namespace crossroads::docgen
