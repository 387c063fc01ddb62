// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace crossroads::cli {

/// One command of crossroads-cli: its name, how it is called, what it does, and the function
/// that runs it (arguments as "crossroads-cli --opt …", the command name removed). The usage
/// text, the dispatch, the manual page and the completions all come from this one list.
struct CliCommand {
    QString name;
    QStringList synopsis; ///< the arguments after the name, one line a form of the call
    QString summary; ///< one line
    std::function<int(const QStringList&)> run;
};

/// Every command, in the order the usage lists them.
const std::vector<CliCommand>& commands();
const CliCommand* findCommand(const QString& name);
/// "Usage: crossroads-cli <command> [options]" and a line per command form.
QString usageText();

int runCompare(const QStringList& arguments);
/// Names under which input files appear in reports (temporary copies of git revisions).
void setInputDisplayNames(const QHash<QString, QString>& names);
int runCheck(const QStringList& arguments);
/// `savedDespiteUnreadable`, when given, is set when the snapshot was saved but --keep-going
/// left inputs out that could not be read (the exit status is then 2).
int runSnapshot(const QStringList& arguments, bool* savedDespiteUnreadable = nullptr);
int runCollect(const QStringList& arguments);
int runKeygen(const QStringList& arguments);
int runSign(const QStringList& arguments);
/// Exit 0 valid and by a trusted key, 1 invalid, tampered or by an untrusted key, 2 usage or
/// unreadable file.
int runVerify(const QStringList& arguments);
/// Adds public keys to the trusted-keys folder, or lists it.
int runTrust(const QStringList& arguments);
/// Lists every check of the catalogue (text, json or markdown).
int runChecks(const QStringList& arguments);
/// One check in full.
int runExplain(const QStringList& arguments);

} // namespace crossroads::cli
