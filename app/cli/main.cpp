// SPDX-License-Identifier: Apache-2.0
// crossroads-cli: the headless face of the engine, for pipelines and terminals.
#include "clicommands.h"
#include "clidocs.h"
#include "clisupport.h"
#include "common/outofmemory.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

namespace {

QtMessageHandler qtHandler = nullptr;

/// The offscreen platform that renders PDFs warns when XDG_RUNTIME_DIR is unset (CI runners,
/// cron, containers) and then uses a private folder of its own, which is all a PDF needs: the
/// notice would only be noise on stderr, where a pipeline reads the gate's summary.
void quietRuntimeDirNotice(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // PDF needs fonts, hence a QGuiApplication; headless on the offscreen platform unless the
    // user chose one. Everything else stays a plain QCoreApplication.
    // -o report.pdf without --format is a PDF too (Options::formatName()).
    bool pdf = false;
    const auto isPdfFile = [](const char* path) { return QByteArray(path).toLower().endsWith(".pdf"); };
    for (int i = 1; i < argc; ++i) {
        pdf = pdf || qstrcmp(argv[i], "--format=pdf") == 0
            || (i + 1 < argc && (qstrcmp(argv[i], "--format") == 0 || qstrcmp(argv[i], "-f") == 0) && qstrcmp(argv[i + 1], "pdf") == 0)
            || (i + 1 < argc && (qstrcmp(argv[i], "-o") == 0 || qstrcmp(argv[i], "--output") == 0) && isPdfFile(argv[i + 1]))
            || (qstrncmp(argv[i], "--output=", 9) == 0 && isPdfFile(argv[i] + 9));
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (pdf)
        qtHandler = qInstallMessageHandler(quietRuntimeDirNotice);
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
    if (command == QLatin1String("--manpage")) // for the build: the packaged manual page
        return crossroads::cli::printManPage();
    // Messages and reports in the user's language (LANG=C or an unknown one: English); the
    // manual page above stays English, it is installed under man1 for everyone.
    crossroads::installTranslations(*app);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(qPrintable(crossroads::cli::usageText()), command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? crossroads::cli::UsageOrInputError : crossroads::cli::Success;
    }
    const crossroads::cli::CliCommand* found = crossroads::cli::findCommand(command);
    if (found == nullptr) {
        const QString message = QCoreApplication::translate("CliCommand", "crossroads-cli: unknown command \"%1\"").arg(command);
        std::fprintf(stderr, "%s\n\n%s", qPrintable(message), qPrintable(crossroads::cli::usageText()));
        return crossroads::cli::UsageOrInputError;
    }
    arguments.removeAt(1); // the parser sees "crossroads-cli --dev …"
    try {
        return found->run(arguments);
    } catch (const std::bad_alloc&) {
        // A clear message, not an abort; an output file being written is not committed.
        std::fprintf(stderr, "crossroads-cli: %s\n", qPrintable(crossroads::outOfMemory().toString()));
        return crossroads::cli::UsageOrInputError;
    }
}
