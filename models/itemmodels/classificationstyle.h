// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QColor>
#include <QString>

namespace crossroads {

/// A matrix cell that holds no classification: the check does not apply to the row, or the
/// workload has no counterpart and the check found nothing on its own side.
enum class CellState { Classified, NotApplicable, Unpaired };

/// How a classification looks everywhere in the GUI: the colours and glyphs of report/palette.h,
/// which the reports use too, with translated titles.
namespace ClassificationStyle {
QColor color(Classification classification);
QColor severityColor(Severity severity);
QColor domainColor(Domain domain); ///< a muted colour per domain, for bands and charts
QColor sideColor(Side side); ///< dev and prod in every chart
QString glyph(Classification classification);
QString glyph(CellState state);
QString title(Classification classification); ///< translated: "Regression"
QString description(Classification classification); ///< translated one-liner for legends
QString title(CellState state);
QString severityTitle(Severity severity); ///< translated: "Critical"
/// Worst first: regression, prod-only, fidelity, dev-only, shared, unknown, drift, waived, aligned
/// (what it means for production first, as every summary ranks).
int rank(Classification classification);
} // namespace ClassificationStyle

} // namespace crossroads
