// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QColor>
#include <QString>

namespace crossroads {

/// A matrix cell that holds no classification: the check does not apply to the row, or the
/// workload has no counterpart and the check found nothing on its own side.
enum class CellState { Classified, NotApplicable, Unpaired };

/// How a classification looks everywhere in the GUI and the reports: a colour from the
/// Okabe–Ito palette (distinguishable with the common colour-vision deficiencies) and a glyph
/// of its own shape, so colour is never the only signal.
namespace ClassificationStyle {
QColor color(Classification classification);
QColor severityColor(Severity severity);
QColor domainColor(Domain domain); ///< a muted colour per domain, for bands and charts
QString glyph(Classification classification);
QString glyph(CellState state);
QString title(Classification classification); ///< translated: "Regression"
QString description(Classification classification); ///< translated one-liner for legends
QString title(CellState state);
QString severityTitle(Severity severity); ///< translated: "Critical"
/// Worst first: regression, prod-only, shared, fidelity, dev-only, unknown, drift, waived, aligned.
int rank(Classification classification);
} // namespace ClassificationStyle

} // namespace crossroads
