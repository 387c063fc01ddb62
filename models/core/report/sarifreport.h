// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportcontrol.h"

#include "compare/comparison.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace crossroads {

/// SARIF 2.1.0 for code-scanning UIs and pipelines: one run; rules from the catalogue with help
/// text and PSS / CIS Docker taxonomies; one result per gap with level, the input file and line
/// to fix first, properties carrying domain, classification and both values; waived gaps as
/// accepted suppressions (expired waivers as rejected ones); baselineState when a baseline was
/// applied; every input as an artifact with its SHA-256.
class SarifReport {
public:
    static constexpr const char* fingerprintName = "crossroadsGap/v1";
    static constexpr const char* sourceRootId = "SRCROOT";
    /// With a source root, inputs below it are written relative to it (uriBaseId SRCROOT, whose
    /// absolute location is in the run's originalUriBaseIds); others keep their own path.
    static QByteArray write(const Comparison& comparison, const QString& sourceRoot = {});
    /// The same, written to out as it is produced; false when a write failed.
    /// control: progress, and a cancel that stops it (false) before the next gap.
    static bool write(const Comparison& comparison, QIODevice& out, const QString& sourceRoot = {}, const ReportControl& control = {});
};

} // namespace crossroads
