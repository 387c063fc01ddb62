// SPDX-License-Identifier: Apache-2.0
#include "guiapplication.h"

#include "colorscheme.h"
#include "commandline.h"
#include "comparisonloader.h"
#include "historyview.h"
#include "mainwindow.h"
#include "trainingview.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace crossroads::GuiApplication {

namespace {

/// Loads the demo (or the comparison asked for), photographs every page, opens the first
/// training scenario, photographs that, then quits: the README's screenshots are made by the
/// program itself.
void screenshotTour(MainWindow& window, const QString& folder, const QString& historyRepository, const std::optional<ComparisonRequest>& request)
{
    auto* loader = window.loader();
    QObject::connect(loader, &ComparisonLoader::failed, &window, [](const Error& error) {
        std::fprintf(stderr, "crossroads: %s\n", qPrintable(error.toString()));
        QCoreApplication::exit(2);
    });
    auto step = std::make_shared<int>(0);
    QObject::connect(loader, &ComparisonLoader::loaded, &window, [&window, folder, historyRepository, step] {
        QTimer::singleShot(300, &window, [&window, folder, historyRepository, step] {
            if ((*step)++ == 0) {
                if (!historyRepository.isEmpty()) {
                    // First, so that the dashboard shows the trend its timeline gives.
                    HistoryView* history = window.history();
                    history->openRepository(historyRepository); // a failure is shown on the page
                    // Revisions, snapshot files and the timeline are read in the background.
                    const QDeadlineTimer deadline(60000);
                    while (history->isBusy() && !deadline.hasExpired()) {
                        QEventLoop pause;
                        QTimer::singleShot(50, &pause, &QEventLoop::quit);
                        pause.exec();
                    }
                }
                window.saveScreenshots(folder);
                if (!window.training()->scenarios().empty())
                    window.openTraining(window.training()->scenarios().front()); // over the comparison photographed: no question
                else
                    QCoreApplication::exit(0);
                return;
            }
            window.training()->next();
            window.showPage(MainWindow::TrainingPage);
            QApplication::processEvents();
            bool saved = window.grab().save(folder + QStringLiteral("/training.png"));
            if (!historyRepository.isEmpty()) {
                window.showPage(MainWindow::HistoryPage);
                QApplication::processEvents();
                saved = window.grab().save(folder + QStringLiteral("/history.png")) && saved;
            }
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    if (request)
        window.openComparison(*request);
    else
        window.openDemo();
}

/// Photographs the training picker and every step of one scenario (training-picker.png,
/// training-ID-N.png), to look at a scenario as its audience will, then quits.
void trainingTour(MainWindow& window, const QString& folder, const QString& id)
{
    const std::vector<TrainingScenario>& scenarios = window.training()->scenarios();
    const auto scenario = std::find_if(scenarios.begin(), scenarios.end(), [&id](const TrainingScenario& each) { return each.id == id; });
    if (scenario == scenarios.end()) {
        std::fprintf(stderr, "crossroads: there is no training scenario \"%s\"\n", qPrintable(id));
        QTimer::singleShot(0, &window, [] { QCoreApplication::exit(2); });
        return;
    }
    QDir().mkpath(folder);
    window.showPage(MainWindow::TrainingPage);
    QApplication::processEvents();
    auto saved = std::make_shared<bool>(window.grab().save(folder + QStringLiteral("/training-picker.png")));
    auto* loader = window.loader();
    QObject::connect(loader, &ComparisonLoader::failed, &window, [](const Error& error) {
        std::fprintf(stderr, "crossroads: %s\n", qPrintable(error.toString()));
        QCoreApplication::exit(2);
    });
    QObject::connect(loader, &ComparisonLoader::loaded, &window, [&window, folder, id, saved] {
        QTimer::singleShot(300, &window, [&window, folder, id, saved] {
            TrainingView* training = window.training();
            for (int step = 0; step < training->stepCount(); ++step) {
                QApplication::processEvents();
                *saved = window.grab().save(folder + QStringLiteral("/training-%1-%2.png").arg(id).arg(step + 1)) && *saved;
                training->next();
            }
            QCoreApplication::exit(*saved ? 0 : 1);
        });
    });
    window.startTraining(*scenario);
}

} // namespace

int run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crossroads/icons/crossroads.svg")));
    // Wayland compositors find the window's icon and name through the installed desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral(CROSSROADS_APP_ID));
    installTranslations(app);
    Result<CommandLine> options = CommandLine::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "crossroads: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (!options->colorScheme.isEmpty())
        applyColorScheme(app, options->colorScheme);
    MainWindow window;
    if (options->windowSize.isValid())
        window.resize(options->windowSize);
    else if (!options->screenshotFolder.isEmpty())
        window.resize(1440, 900);
    window.show();
    if (!options->screenshotFolder.isEmpty()) {
        if (options->trainingScenario.isEmpty())
            screenshotTour(window, options->screenshotFolder, options->historyRepository, options->request);
        else
            trainingTour(window, options->screenshotFolder, options->trainingScenario);
        return QApplication::exec();
    }
    if (!options->historyRepository.isEmpty()) {
        window.history()->openRepository(options->historyRepository); // a failure is shown on the page
        window.showPage(MainWindow::HistoryPage);
    }
    if (options->request) {
        window.openComparison(*options->request);
    } else if (!options->trainingScenario.isEmpty()) {
        bool found = false;
        for (const TrainingScenario& scenario : window.training()->scenarios()) {
            if (scenario.id == options->trainingScenario) {
                window.startTraining(scenario);
                found = true;
            }
        }
        if (!found)
            QMessageBox::warning(&window, QObject::tr("Crossroads"), QObject::tr("There is no training scenario “%1”.").arg(options->trainingScenario));
    }
    return QApplication::exec();
}

} // namespace crossroads::GuiApplication
