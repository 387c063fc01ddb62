// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportcontrol.h"

#include "compare/comparison.h"

#include <QString>

class QIODevice;
class QTextStream;

namespace crossroads {

/// GitHub-flavoured Markdown for a pull request comment: verdict, scores, the failing gaps with
/// the fix, waived gaps with owner and expiry, waiver problems, and the inputs' digests.
/// Drift and unknown results are counted, not listed, to keep the comment short.
class MarkdownReport {
public:
    static QString write(const Comparison& comparison);
    /// The same, written in UTF-8 as it is produced; false when the device failed.
    /// control: progress, and a cancel that stops it (false) before the next gap.
    static bool write(const Comparison& comparison, QIODevice& device, const ReportControl& control = {});

private:
    /// False when cancelled.
    static bool writeTo(QTextStream& md, const Comparison& comparison, const ReportControl& control);
};

} // namespace crossroads
