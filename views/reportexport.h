// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "compare/comparison.h"
#include "report/reportcontrol.h"

#include <QStringList>

namespace crossroads {

/// File ▸ Export: the same report writers as `crossroads-cli compare --format`, chosen by the
/// file dialog's filter, run off the UI thread.
namespace ReportExport {
enum class Format { Json, Sarif, Markdown, Html, Pdf };

QString filters(); ///< for QFileDialog, in Format order
Format formatOfFilter(const QString& filter);
QString suffix(Format format);
Result<QByteArray> write(const Comparison& comparison, Format format, const ReportControl& control);
} // namespace ReportExport

} // namespace crossroads
