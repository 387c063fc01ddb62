// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads::docgen {

/// What a shell may complete after an option or as a positional argument.
/// FileOrChoice: a path, or one of fixed words (--policy FILE or builtin:NAME).
enum class ValueKind { None, File, Folder, Choice, FileOrChoice, Text };

/// One option as --help shows it, plus what its value may be.
struct OptionDoc {
    QStringList names; ///< "o", "output"
    QString valueName; ///< empty for a switch
    QString description;
    QStringList choices; ///< the values a Choice takes
    ValueKind kind = ValueKind::None;
    bool repeatable = false; ///< several values may follow (--dev a b)
};

struct PositionalDoc {
    QString name, syntax, description;
    QStringList choices;
    ValueKind kind = ValueKind::Text;
};

/// A command of a program with subcommands; a program without them has one, unnamed.
struct CommandDoc {
    QString name;
    QStringList synopsis; ///< one line a form of the call, after the name
    QString summary; ///< one line
    QString description; ///< the parser's application description
    QList<OptionDoc> options;
    QList<PositionalDoc> positionals;
};

/// Everything the manual page and the completions of one program say.
struct ProgramDoc {
    QString name; ///< "crossroads-cli"
    QString version;
    QString date; ///< YYYY-MM-DD, for the manual page's footer
    QString summary; ///< NAME line
    QString description; ///< paragraphs separated by blank lines
    std::vector<CommandDoc> commands;
    QList<OptionDoc> globalOptions; ///< --help, --version, ...
    QString exitStatus; ///< paragraphs
    QString files; ///< paragraphs, may be empty
    QString environment; ///< paragraphs, may be empty
    QStringList seeAlso; ///< "crossroads(1)"

    /// A program of named commands (crossroads-cli), not one of options only (crossroads).
    bool hasSubcommands() const { return !commands.empty() && !commands.front().name.isEmpty(); }
};

/// The doc of a QCommandLineOption as the program declared it (hidden options are left out by
/// the writers). `kind` is guessed from the value name when not given: file, path, key → File;
/// folder, dir → Folder.
OptionDoc describe(const QCommandLineOption& option, const QStringList& choices = {}, bool repeatable = false);
ValueKind kindForValueName(const QString& valueName);
/// The date a manual page shows: SOURCE_DATE_EPOCH's (reproducible package builds), else today.
QString pageDate();

} // namespace crossroads::docgen
