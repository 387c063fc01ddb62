// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "session/comparisonjob.h"

#include <QCommandLineOption>
#include <QList>
#include <QSize>
#include <QStringList>

#include <optional>

namespace crossroads {

/// The options of `crossroads`: what to open at start, and where to save screenshots.
struct CommandLine {
    std::optional<ComparisonRequest> request; ///< --demo or --dev/--prod; none: the welcome page
    QString screenshotFolder; ///< --screenshot DIR: save every page as PNG, then quit
    QString trainingScenario; ///< --training ID: open a bundled scenario
    QString historyRepository; ///< --history DIR: open a posture repository on the History page
    QString colorScheme; ///< --palette light|dark, or empty for the desktop's
    QSize windowSize; ///< --window-size WxH, or invalid for the saved or default size

    static void setApplicationInfo();
    static Result<CommandLine> parse(const QStringList& arguments);
    /// Crossroads' own options, as --help, the manual page and the completions list them.
    static QList<QCommandLineOption> options();
    static QString description();
};

} // namespace crossroads
