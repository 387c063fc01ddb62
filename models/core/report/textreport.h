// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportcontrol.h"

#include <QCoreApplication>

#include "compare/comparator.h"

#include <QString>

class QIODevice;
class QTextStream;

namespace crossroads {

/// The terminal report: scores, then gaps grouped by domain, worst first, each with both values,
/// their sources and the fix on both sides. Colour only when asked (the CLI asks on a tty).
class TextReport {
    Q_DECLARE_TR_FUNCTIONS(crossroads::TextReport)
public:
    static QString write(const Comparison& comparison, bool colour);
    /// The same, written in UTF-8 as it is produced; false when the device failed or control
    /// was cancelled (checked before each gap, which also reports progress).
    static bool write(const Comparison& comparison, bool colour, QIODevice& device, const ReportControl& control = {});
    /// policy: the policy the check ran under, or null. failures: the one-sided comparison the
    /// baseline was applied to (ComparisonJson::writeCheck), for the new-since-baseline marks.
    static QString writeCheck(const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores, bool colour,
        const Policy* policy = nullptr, const Comparison* failures = nullptr);
    static bool writeCheck(QIODevice& device, const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
        bool colour, const Policy* policy = nullptr, const Comparison* failures = nullptr);

private:
    /// False when cancelled.
    static bool writeComparison(QTextStream& out, const Comparison& comparison, bool colour, const ReportControl& control);
    static void writeCheckReport(QTextStream& out, const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
        bool colour, const Policy* policy, const Comparison* failures);
};

} // namespace crossroads
