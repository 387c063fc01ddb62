// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "compare/comparison.h"
#include "reportcontrol.h"

#include <QString>

namespace crossroads {

/// One self-contained HTML file (no script, no external resource; a Content-Security-Policy
/// says so): summary, charts as inline SVG, the gap table (`#gap-table`), details per gap,
/// waivers (`#waiver-table`) and the inputs' SHA-256 digests. Every text is escaped.
class HtmlReport {
public:
    static Result<QString> write(const Comparison& comparison, const ReportControl& control = {});
};

} // namespace crossroads
