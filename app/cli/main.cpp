// SPDX-License-Identifier: Apache-2.0
// crossroads-cli: the headless face of the engine, for pipelines and terminals.
#include "clicommands.h"
#include "historycommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char* usage = "Usage: crossroads-cli <command> [options]\n"
                    "\n"
                    "Commands:\n"
                    "  compare --dev PATH... --prod PATH... [--map FILE] [--format text|json] [-o FILE] [--fail-on SEVERITY]\n"
                    "  compare --demo                      compare the bundled demo scenario\n"
                    "  check [--side dev|prod] PATH...     one environment against the rule catalogue\n"
                    "  snapshot --side dev|prod PATH... -o FILE.crossroads.json\n"
                    "  collect podman|docker [-o FILE]     read the local engine\n"
                    "  history --repo DIR [--path P] [--format text|json] [--limit N]   snapshots in a git repository\n"
                    "  compare --repo DIR --dev REV:PATH --prod REV:PATH ...   compare snapshots at two revisions\n"
                    "  snapshot ... --commit --repo DIR --path P -m MSG [--branch B]   commit the snapshot\n"
                    "\n"
                    "Exit status: 0 no gap at or above --fail-on, 1 gaps found, 2 bad usage or unreadable input.\n"
                    "Run 'crossroads-cli <command> --help' for the options of a command.\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crossroads-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("crossroads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version")) {
        std::printf("crossroads-cli %s\n", CROSSROADS_VERSION);
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(usage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? crossroads::cli::UsageOrInputError : crossroads::cli::Success;
    }
    arguments.removeAt(1); // the parser sees "crossroads-cli --dev …"
    if (command == QLatin1String("compare"))
        return crossroads::cli::comparesFromRepository(arguments) ? crossroads::cli::runRepositoryCompare(arguments) : crossroads::cli::runCompare(arguments);
    if (command == QLatin1String("check"))
        return crossroads::cli::runCheck(arguments);
    if (command == QLatin1String("snapshot"))
        return crossroads::cli::commitsSnapshot(arguments) ? crossroads::cli::runSnapshotCommit(arguments) : crossroads::cli::runSnapshot(arguments);
    if (command == QLatin1String("history"))
        return crossroads::cli::runHistory(arguments);
    if (command == QLatin1String("collect"))
        return crossroads::cli::runCollect(arguments);
    std::fprintf(stderr, "crossroads-cli: unknown command \"%s\"\n\n%s", qPrintable(command), usage);
    return crossroads::cli::UsageOrInputError;
}
