// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "compare/comparison.h"
#include "reportcontrol.h"

#include <QString>

class QIODevice;
class QTextStream;

namespace crossroads {

/// One self-contained HTML file (no script, no external resource; a Content-Security-Policy
/// says so): summary, charts as inline SVG, the gap table (`#gap-table`), details per gap,
/// waivers (`#waiver-table`) and the inputs' SHA-256 digests. Every text is escaped.
class HtmlReport {
public:
    static Result<QString> write(const Comparison& comparison, const ReportControl& control = {});
    /// The same, written in UTF-8 as it is produced (a cluster's report runs to hundreds of
    /// megabytes); an error when cancelled or when the device failed.
    static Status write(const Comparison& comparison, QIODevice& device, const ReportControl& control = {});

private:
    static Status writeTo(QTextStream& html, const Comparison& comparison, const ReportControl& control);
};

} // namespace crossroads
