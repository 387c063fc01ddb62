// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "compare/comparison.h"
#include "report/reportcontrol.h"

#include <QStringList>

#include <optional>

namespace crossroads {

/// File ▸ Export: the same report writers as `crossroads-cli compare --format`, chosen by the
/// file dialog's filter, run off the UI thread.
namespace ReportExport {
enum class Format { Json, Sarif, Markdown, Html, Pdf, Text };

QString filters(); ///< for QFileDialog, in Format order
QString filterOf(Format format);
Format formatOfFilter(const QString& filter);
QString suffix(Format format);
/// The format a file name's suffix asks for ("report.txt" → Text), if any.
std::optional<Format> formatOfPath(const QString& path);
/// Writes the report to path, or nothing at all when cancelled or failing.
Status write(const Comparison& comparison, Format format, const QString& path, const ReportControl& control);
} // namespace ReportExport

} // namespace crossroads
