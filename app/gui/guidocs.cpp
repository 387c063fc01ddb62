// SPDX-License-Identifier: Apache-2.0
#include "guidocs.h"

#include "commandline.h"

#include "manpagewriter.h"
#include "shellcompletion.h"

#include <QCoreApplication>

#include <cstdio>

namespace crossroads::GuiDocs {

namespace {

docgen::ProgramDoc programDoc()
{
    docgen::ProgramDoc doc;
    doc.name = QStringLiteral("crossroads");
    doc.version = QCoreApplication::applicationVersion();
    doc.date = docgen::pageDate();
    doc.summary = QStringLiteral("compare the security posture of development and production container environments (desktop application)");
    doc.description = QStringLiteral(
        "crossroads puts a development container environment (rootless Podman, Docker, compose) and a production one (Kubernetes) "
        "side by side: a dashboard for governance reviews, a gap matrix of workload pairs by checks with the detail and the fix on "
        "both sides, the network exposure of each side, training scenarios, and the history of saved snapshots in a git "
        "repository. Reports (JSON, SARIF, Markdown, HTML, PDF, text) are exported from File, Export.\n\n"
        "Without options it opens on a welcome page. With no display (neither DISPLAY nor WAYLAND_DISPLAY set) it runs the same "
        "comparison headless and prints the text report.\n\n"
        "Its companion for pipelines and terminals is crossroads-cli(1).");
    docgen::CommandDoc command;
    for (const QCommandLineOption& option : CommandLine::options()) {
        const QString name = option.names().front();
        const QStringList choices = name == QLatin1String("palette") ? QStringList { QStringLiteral("light"), QStringLiteral("dark") } : QStringList();
        command.options.append(docgen::describe(option, choices, name == QLatin1String("dev") || name == QLatin1String("prod")));
    }
    command.synopsis = { QStringLiteral("[--demo | --dev PATH... --prod PATH... [--map FILE] | --training ID | --history DIR] [--palette light|dark]") };
    command.description = CommandLine::description();
    doc.commands.push_back(command);
    doc.globalOptions = { docgen::OptionDoc { { QStringLiteral("h"), QStringLiteral("help") }, {}, QStringLiteral("Print the options."), {}, docgen::ValueKind::None, false },
        docgen::OptionDoc { { QStringLiteral("help-all") }, {}, QStringLiteral("Print the options, Qt's own too."), {}, docgen::ValueKind::None, false },
        docgen::OptionDoc { { QStringLiteral("v"), QStringLiteral("version") }, {}, QStringLiteral("Print the version."), {}, docgen::ValueKind::None, false } };
    doc.exitStatus = QStringLiteral("0 when the window is closed; 2 for bad usage or, headless, unreadable input.");
    doc.files = QStringLiteral("~/.config/Crossroads/Crossroads.conf: recent comparisons and view settings.\n\n"
                               "~/.config/crossroads/workspace.key: the workspace key that fingerprints credentials (shared with crossroads-cli).");
    doc.environment = QStringLiteral("LANGUAGE, LANG: the language of the window and of exported reports (English, Spanish, German).\n\n"
                                     "QT_QPA_PLATFORM: offscreen runs the window without a display (screenshots).");
    doc.seeAlso = { QStringLiteral("crossroads-cli(1)") };
    return doc;
}

} // namespace

int run(int argc, char* argv[])
{
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool manPage = first == "--manpage";
    if (!manPage && !(first == "--completion" && argc == 3))
        return -1;
    QCoreApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    const QByteArray content = manPage ? docgen::ManPageWriter::write(programDoc()) : docgen::ShellCompletion::write(QString::fromLocal8Bit(argv[2]), programDoc());
    if (content.isEmpty()) {
        std::fputs("crossroads: --completion takes bash, zsh or fish\n", stderr);
        return 2;
    }
    std::fwrite(content.constData(), 1, static_cast<std::size_t>(content.size()), stdout);
    return 0;
}

} // namespace crossroads::GuiDocs
