// SPDX-License-Identifier: Apache-2.0
// zsh: a #compdef function built on _arguments, with _describe for the commands.
#include "shellcompletion.h"

namespace crossroads::docgen {

namespace {

/// Inside an _arguments spec between single quotes: brackets and colons are its syntax.
QString specText(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char(':') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString action(ValueKind kind, const QStringList& choices)
{
    switch (kind) {
    case ValueKind::File:
        return QStringLiteral("_files");
    case ValueKind::Folder:
        return QStringLiteral("_files -/");
    case ValueKind::Choice:
        return QStringLiteral("(%1)").arg(choices.join(QLatin1Char(' ')));
    case ValueKind::FileOrChoice:
        return QStringLiteral("{_files; compadd -- %1}").arg(choices.join(QLatin1Char(' ')));
    case ValueKind::None:
    case ValueKind::Text:
        break;
    }
    return QStringLiteral(" ");
}

QString optionSpecs(const QList<OptionDoc>& options, const QString& indent)
{
    QString out;
    for (const OptionDoc& option : options) {
        QStringList spelled;
        for (const QString& name : option.names)
            spelled << (name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name);
        const QString hint = specText(ShellCompletion::hint(option.description));
        QString value;
        if (option.kind != ValueKind::None)
            value = QStringLiteral(":%1:%2").arg(specText(option.valueName.isEmpty() ? QStringLiteral("value") : option.valueName),
                action(option.kind, option.choices));
        const QString repeat = option.repeatable ? QStringLiteral("*") : QString();
        if (spelled.size() == 1) {
            out += indent + QStringLiteral("'%1%2[%3]%4' \\\n").arg(repeat, spelled.front(), hint, value);
        } else {
            // Exclusive alternatives: "(-o --output)"{-o,--output}"[...]:file:_files"
            out += indent + QStringLiteral("'(%1)'%2{%3}'[%4]%5' \\\n")
                       .arg(spelled.join(QLatin1Char(' ')), repeat.isEmpty() ? QString() : QStringLiteral("'*'"), spelled.join(QLatin1Char(',')), hint, value);
        }
    }
    return out;
}

QString positionalSpecs(const CommandDoc& command, const QString& indent)
{
    QString out;
    for (const PositionalDoc& positional : command.positionals) {
        out += indent + QStringLiteral("'*:%1:%2' \\\n").arg(specText(positional.name), action(positional.kind, positional.choices));
        break; // one rest-of-line spec: the commands take one kind of positional
    }
    if (command.positionals.isEmpty()) {
        for (const OptionDoc& option : command.options) {
            if (option.repeatable && option.kind == ValueKind::File) {
                out += indent + QStringLiteral("'*:path:_files' \\\n");
                break;
            }
        }
    }
    return out;
}

} // namespace

QByteArray ShellCompletion::zsh(const ProgramDoc& program)
{
    const QString function = QStringLiteral("_") + identifier(program.name);
    QString out;
    out += QStringLiteral("#compdef %1\n# zsh completion for %1; generated from the option definitions its --help prints.\n\n").arg(program.name);
    out += function + QStringLiteral("() {\n");
    const bool subcommands = program.hasSubcommands();
    if (!subcommands) {
        out += QStringLiteral("    _arguments -s \\\n");
        if (!program.commands.empty()) {
            out += optionSpecs(program.commands.front().options, QStringLiteral("        "));
            out += positionalSpecs(program.commands.front(), QStringLiteral("        "));
        }
        out += optionSpecs(program.globalOptions, QStringLiteral("        "));
        out.chop(3); // the last " \\\n"
        out += QStringLiteral("\n}\n");
    } else {
        out += QStringLiteral("    local -a commands\n    commands=(\n");
        for (const CommandDoc& command : program.commands)
            out += QStringLiteral("        '%1:%2'\n").arg(command.name, specText(command.summary));
        out += QStringLiteral("    )\n    if (( CURRENT == 2 )); then\n        _describe -t commands command commands\n        _arguments \\\n");
        out += optionSpecs(program.globalOptions, QStringLiteral("            "));
        out.chop(3);
        out += QStringLiteral("\n        return\n    fi\n");
        out += QStringLiteral("    local command=$words[2]\n    shift words\n    (( CURRENT-- ))\n    case $command in\n");
        for (const CommandDoc& command : program.commands) {
            out += QStringLiteral("    %1)\n        _arguments -s \\\n").arg(command.name);
            out += optionSpecs(command.options, QStringLiteral("            "));
            out += positionalSpecs(command, QStringLiteral("            "));
            out += QStringLiteral("            '--help[Display help for this command]'\n        ;;\n");
        }
        out += QStringLiteral("    esac\n}\n");
    }
    out += QStringLiteral("\n%1 \"$@\"\n").arg(function);
    return out.toUtf8();
}

} // namespace crossroads::docgen
