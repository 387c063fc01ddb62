// SPDX-License-Identifier: Apache-2.0
// crossroads-cli: the headless face of the engine, for pipelines and terminals.
#include "clicommands.h"
#include "historycommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

namespace {

const char* usage = "Usage: crossroads-cli <command> [options]\n"
                    "\n"
                    "Commands:\n"
                    "  compare --dev PATH... --prod PATH... [--map FILE] [--policy FILE...] [--baseline PREVIOUS.json] [--fail-on-new]\n"
                    "          [--format text|json|sarif|markdown|html|pdf] [-o FILE] [--fail-on SEVERITY]\n"
                    "  compare --demo                      compare the bundled demo scenario\n"
                    "  check [--side dev|prod] PATH...     one environment against the rule catalogue\n"
                    "  snapshot --side dev|prod PATH... -o FILE.crossroads.json\n"
                    "  collect podman|docker [-o FILE]     read the local engine\n"
                    "  keygen -o KEY [--passphrase-file F] [--trust]   create an Ed25519 signing key (KEY, KEY.pub); --trust: trust it here\n"
                    "  sign FILE --key KEY                 write the detached signature FILE.sig\n"
                    "  verify FILE [--pubkey KEY.pub]      exit 0 valid and by a trusted key, 1 invalid, tampered or untrusted, 2 usage\n"
                    "  trust KEY.pub... | --list           trust signatures made with these keys (trusted-keys folder of your config)\n"
                    "  history --repo DIR [--path P] [--format text|json] [--limit N]   snapshots in a git repository\n"
                    "  compare --repo DIR --dev REV:PATH --prod REV:PATH ...   compare snapshots at two revisions\n"
                    "  snapshot ... --commit --repo DIR --path P -m MSG [--branch B]   commit the snapshot\n"
                    "\n"
                    "Exit status: 0 no gap at or above --fail-on, 1 gaps found, 2 bad usage or unreadable input\n"
                    "(with --keep-going too: the report is written, then the status is 2 whatever --fail-on found).\n"
                    "Run 'crossroads-cli <command> --help' for the options of a command.\n";

} // namespace

int main(int argc, char* argv[])
{
    // PDF needs fonts, hence a QGuiApplication; headless on the offscreen platform unless the
    // user chose one. Everything else stays a plain QCoreApplication.
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        pdf = pdf || qstrcmp(argv[i], "--format=pdf") == 0
            || (i + 1 < argc && (qstrcmp(argv[i], "--format") == 0 || qstrcmp(argv[i], "-f") == 0) && qstrcmp(argv[i + 1], "pdf") == 0);
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
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
    if (command == QLatin1String("keygen"))
        return crossroads::cli::runKeygen(arguments);
    if (command == QLatin1String("sign"))
        return crossroads::cli::runSign(arguments);
    if (command == QLatin1String("verify"))
        return crossroads::cli::runVerify(arguments);
    if (command == QLatin1String("trust"))
        return crossroads::cli::runTrust(arguments);
    std::fprintf(stderr, "crossroads-cli: unknown command \"%s\"\n\n%s", qPrintable(command), usage);
    return crossroads::cli::UsageOrInputError;
}
