// SPDX-License-Identifier: Apache-2.0
#include "headlessrun.h"

#include "commandline.h"
#include "report/textreport.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace crossroads::HeadlessRun {

bool noDisplay()
{
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    installTranslations(app);
    Result<CommandLine> options = CommandLine::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "crossroads: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (!options->request) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("crossroads", "crossroads: no display found. Give --demo or --dev PATH… --prod PATH… to compare "
                                                                  "headless, or use crossroads-cli.")));
        return 2;
    }
    std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("crossroads", "No display found: comparing headless (crossroads-cli has every option).")));
    Result<ComparisonOutcome> outcome = ComparisonJob::run(*options->request);
    if (!outcome) {
        std::fprintf(stderr, "crossroads: %s\n", qPrintable(outcome.error().toString()));
        return 2;
    }
    for (const Error& problem : outcome->problems)
        std::fprintf(stderr, "crossroads: %s\n", qPrintable(problem.toString()));
    const QByteArray text = TextReport::write(outcome->comparison, isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR")).toUtf8();
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    return 0;
}

} // namespace crossroads::HeadlessRun
