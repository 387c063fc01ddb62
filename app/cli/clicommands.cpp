// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"

#include "clidocs.h"
#include "historycommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace crossroads::cli {

const std::vector<CliCommand>& commands()
{
    // Built on first use, after main() installed the user's language (the manual page asks
    // before that, so it stays English).
    static const std::vector<CliCommand> all = {
        { QStringLiteral("compare"),
            { QStringLiteral("--dev PATH... --prod PATH... [--map FILE] [--policy FILE...] [--baseline PREVIOUS.json] [--fail-on-new] "
                             "[--format text|json|sarif|markdown|html|pdf] [-o FILE] [--fail-on SEVERITY]"),
                QStringLiteral("--demo"), QStringLiteral("--repo DIR --dev REV:PATH --prod REV:PATH [options]") },
            QCoreApplication::translate("CliCommand", "compare a development environment with a production one (--demo: the bundled demo)"),
            [](const QStringList& arguments) { return comparesFromRepository(arguments) ? runRepositoryCompare(arguments) : runCompare(arguments); } },
        { QStringLiteral("check"), { QStringLiteral("[--side dev|prod] PATH... [--policy FILE...] [--baseline PREVIOUS.json [--fail-on-new]] "
                                                         "[--format text|json|sarif|markdown|html|pdf] [-o FILE] [--fail-on SEVERITY]") },
            QCoreApplication::translate("CliCommand", "judge one environment against the rule catalogue"), runCheck },
        { QStringLiteral("checks"), { QStringLiteral("[--format text|json|markdown] [-o FILE]") }, QCoreApplication::translate("CliCommand", "list every check: id, domain, severity, title, references"),
            runChecks },
        { QStringLiteral("explain"), { QStringLiteral("ID") }, QCoreApplication::translate("CliCommand", "one check in full: what it tests, why it matters, the fix on both sides"),
            runExplain },
        { QStringLiteral("snapshot"),
            { QStringLiteral("--side dev|prod PATH... -o FILE.crossroads.json"), QStringLiteral("--side dev|prod PATH... --commit --repo DIR --path P -m MSG [--branch B]") },
            QCoreApplication::translate("CliCommand", "save an environment's facts as a snapshot file, or commit it to a git repository"),
            [](const QStringList& arguments) { return commitsSnapshot(arguments) ? runSnapshotCommit(arguments) : runSnapshot(arguments); } },
        { QStringLiteral("collect"), { QStringLiteral("podman|docker [-o FILE]") }, QCoreApplication::translate("CliCommand", "read the local engine"), runCollect },
        { QStringLiteral("history"), { QStringLiteral("--repo DIR [--path P] [--format text|json] [--limit N]") },
            QCoreApplication::translate("CliCommand", "the revisions of a git repository that changed snapshots, with failing checks by severity"), runHistory },
        { QStringLiteral("keygen"), { QStringLiteral("-o KEY [--passphrase-file F] [--trust]") },
            QCoreApplication::translate("CliCommand", "create an Ed25519 signing key (KEY, KEY.pub); --trust: trust it here"), runKeygen },
        { QStringLiteral("sign"), { QStringLiteral("FILE --key KEY") }, QCoreApplication::translate("CliCommand", "write the detached signature FILE.sig"), runSign },
        { QStringLiteral("verify"), { QStringLiteral("FILE [--pubkey KEY.pub]") },
            QCoreApplication::translate("CliCommand", "exit 0 valid and by a trusted key, 1 invalid, tampered or untrusted, 2 usage"), runVerify },
        { QStringLiteral("trust"), { QStringLiteral("KEY.pub..."), QStringLiteral("--list") },
            QCoreApplication::translate("CliCommand", "trust signatures made with these keys (the trusted-keys folder of your config)"), runTrust },
        { QStringLiteral("completion"), { QStringLiteral("bash|zsh|fish") }, QCoreApplication::translate("CliCommand", "print the shell completion script for commands, options and values"),
            runCompletion },
    };
    return all;
}

const CliCommand* findCommand(const QString& name)
{
    const auto& all = commands();
    const auto found = std::find_if(all.begin(), all.end(), [&name](const CliCommand& command) { return command.name == name; });
    return found == all.end() ? nullptr : &*found;
}

QString usageText()
{
    QString text = QCoreApplication::translate("CliCommand", "Usage: crossroads-cli <command> [options]") + QStringLiteral("\n\n")
        + QCoreApplication::translate("CliCommand", "Commands:") + QLatin1Char('\n');
    for (const CliCommand& command : commands()) {
        for (const QString& form : command.synopsis)
            text += QStringLiteral("  %1 %2\n").arg(command.name, form);
        text += QStringLiteral("      %1\n").arg(command.summary);
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate("CliCommand",
            "Exit status: 0 no gap at or above --fail-on, 1 gaps found, 2 bad usage or unreadable input\n"
            "(with --keep-going too: the report is written, then the status is 2 whatever --fail-on found).\n"
            "Run 'crossroads-cli <command> --help' for the options of a command.\n");
    return text;
}

} // namespace crossroads::cli
