// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "compare/comparator.h"

#include <QString>

namespace crossroads {

/// The terminal report: scores, then gaps grouped by domain, worst first, each with both values,
/// their sources and the fix on both sides. Colour only when asked (the CLI asks on a tty).
class TextReport {
    Q_DECLARE_TR_FUNCTIONS(crossroads::TextReport)
public:
    static QString write(const Comparison& comparison, bool colour);
    /// policy: the policy the check ran under, or null. failures: the one-sided comparison the
    /// baseline was applied to (ComparisonJson::writeCheck), for the new-since-baseline marks.
    static QString writeCheck(const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores, bool colour,
        const Policy* policy = nullptr, const Comparison* failures = nullptr);
};

} // namespace crossroads
