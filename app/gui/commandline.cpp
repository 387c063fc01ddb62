// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "common/multivalueoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace crossroads {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::CommandLine", text);
}
} // namespace

void CommandLine::setApplicationInfo()
{
    // The organisation name keeps the settings where earlier releases saved them
    // (~/.config/Crossroads/Crossroads.conf); the domain and desktop file name carry the id.
    QCoreApplication::setOrganizationName(QStringLiteral("Crossroads"));
    QStringList domain = QString::fromLatin1(CROSSROADS_APP_ID).split(QLatin1Char('.'));
    domain.removeLast(); // "io.github.crossroads_scanner.Crossroads" → "crossroads_scanner.github.io"
    std::reverse(domain.begin(), domain.end());
    QCoreApplication::setOrganizationDomain(domain.join(QLatin1Char('.')));
    QCoreApplication::setApplicationName(QStringLiteral("Crossroads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
}

QList<QCommandLineOption> CommandLine::options()
{
    return {
        QCommandLineOption(QStringLiteral("demo"), tr("Open the bundled demo comparison.")),
        QCommandLineOption(QStringLiteral("dev"), tr("Development inputs: files or folders (several may follow)."), tr("path")),
        QCommandLineOption(QStringLiteral("prod"), tr("Production inputs: files or folders (several may follow)."), tr("path")),
        QCommandLineOption(QStringLiteral("map"), tr("Explicit dev→prod workload pairs (JSON or YAML)."), tr("file")),
        QCommandLineOption(QStringLiteral("training"), tr("Open a bundled training scenario by id."), tr("id")),
        QCommandLineOption(QStringLiteral("history"), tr("Open a git repository of saved snapshots on the History page."), tr("folder")),
        QCommandLineOption(QStringLiteral("screenshot"), tr("Save a PNG of every page into a folder, then quit."), tr("folder")),
        QCommandLineOption(QStringLiteral("palette"), tr("Use a light or a dark palette instead of the desktop's: light or dark."), tr("name")),
        QCommandLineOption(QStringLiteral("window-size"), tr("Open the window at this size, e.g. 1366x768."), tr("WxH")),
    };
}

QString CommandLine::description()
{
    return tr("Compare the security posture of a development container environment with a production one.");
}

Result<CommandLine> CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QList<QCommandLineOption> declared = options();
    parser.addOptions(declared);
    const auto named = [&declared](const char* name) -> const QCommandLineOption& {
        return *std::find_if(declared.begin(), declared.end(), [name](const QCommandLineOption& option) { return option.names().front() == QLatin1String(name); });
    };
    const QCommandLineOption& demo = named("demo");
    const QCommandLineOption& dev = named("dev");
    const QCommandLineOption& prod = named("prod");
    const QCommandLineOption& map = named("map");
    const QCommandLineOption& training = named("training");
    const QCommandLineOption& history = named("history");
    const QCommandLineOption& screenshot = named("screenshot");
    const QCommandLineOption& palette = named("palette");
    const QCommandLineOption& windowSize = named("window-size");
    // Last, so that --help lists Crossroads' own options first; Qt's stay under --help-all.
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(expandMultiValueOptions(arguments, { QStringLiteral("--dev"), QStringLiteral("--prod") })))
        return Error { QString(), QString(), parser.errorText() };
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    CommandLine result;
    result.screenshotFolder = parser.value(screenshot);
    result.trainingScenario = parser.value(training);
    result.historyRepository = parser.value(history);
    result.colorScheme = parser.value(palette);
    if (!result.colorScheme.isEmpty() && result.colorScheme != QLatin1String("light") && result.colorScheme != QLatin1String("dark"))
        return Error { QString(), QString(), tr("--palette takes light or dark, not %1").arg(result.colorScheme) };
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(QLatin1Char('x'));
        bool widthOk = false, heightOk = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&widthOk) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&heightOk) : 0;
        if (!widthOk || !heightOk || width < 640 || height < 480 || width > 16384 || height > 16384)
            return Error { QString(), QString(), tr("--window-size takes WIDTHxHEIGHT in pixels (at least 640x480), not %1").arg(parser.value(windowSize)) };
        result.windowSize = QSize(width, height);
    }
    if (parser.isSet(demo)) {
        result.request = ComparisonRequest::demo();
    } else if (parser.isSet(dev) || parser.isSet(prod)) {
        if (!parser.isSet(dev) || !parser.isSet(prod))
            return Error { QString(), QString(), tr("give both --dev PATH… and --prod PATH…") };
        ComparisonRequest request;
        request.devPaths = parser.values(dev);
        request.prodPaths = parser.values(prod);
        request.mapFile = parser.value(map);
        result.request = request;
    }
    if (!parser.positionalArguments().isEmpty())
        return Error { QString(), QString(), tr("unexpected argument %1; inputs follow --dev or --prod").arg(parser.positionalArguments().front()) };
    return result;
}

} // namespace crossroads
