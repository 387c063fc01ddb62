// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "common/multivalueoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace crossroads {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::CommandLine", text);
}
} // namespace

void CommandLine::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crossroads"));
    QCoreApplication::setApplicationName(QStringLiteral("Crossroads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
}

Result<CommandLine> CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compare the security posture of a development container environment with a production one."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the bundled demo comparison."));
    const QCommandLineOption dev(QStringLiteral("dev"), tr("Development inputs: files or folders (several may follow)."), tr("path"));
    const QCommandLineOption prod(QStringLiteral("prod"), tr("Production inputs: files or folders (several may follow)."), tr("path"));
    const QCommandLineOption map(QStringLiteral("map"), tr("Explicit dev→prod workload pairs (JSON or YAML)."), tr("file"));
    const QCommandLineOption training(QStringLiteral("training"), tr("Open a bundled training scenario by id."), tr("id"));
    const QCommandLineOption history(QStringLiteral("history"), tr("Open a git repository of saved snapshots on the History page."), tr("folder"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), tr("Save a PNG of every page into a folder, then quit."), tr("folder"));
    const QCommandLineOption palette(QStringLiteral("palette"), tr("Use a light or a dark palette instead of the desktop's: light or dark."), tr("name"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"), tr("Open the window at this size, e.g. 1366x768."), tr("WxH"));
    parser.addOptions({ demo, dev, prod, map, training, history, screenshot, palette, windowSize });
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
