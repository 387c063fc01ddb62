// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "compare/comparison.h"
#include "report/reportcontrol.h"

#include <QByteArray>

namespace crossroads {

/// The report laid out for print (A4): a cover with scope, date, policy and input digests; an
/// executive summary with a score chart; one section per domain; an appendix of waivers.
/// Needs a QGuiApplication (fonts); the CLI starts one on the offscreen platform.
class PdfReport {
public:
    static Result<QByteArray> write(const Comparison& comparison, const ReportControl& control = {});
};

} // namespace crossroads
