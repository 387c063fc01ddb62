// SPDX-License-Identifier: Apache-2.0
#pragma once

// One palette for every place a person sees a classification, a severity, a domain or a side:
// the GUI (through ClassificationStyle), the HTML, PDF and Markdown reports and their charts.
// Colours come from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies), and each classification has a glyph of its own shape, so colour is never the
// only signal. Core is QtCore only, hence 0xRRGGBB values rather than QColor.
#include "compare/comparison.h"

#include <QString>

namespace crossroads::Palette {

unsigned classification(Classification classification);
unsigned severity(Severity severity);
unsigned domain(Domain domain); ///< a muted colour per domain, for bands and charts
unsigned side(Side side); ///< dev and prod bars in every chart
QString glyph(Classification classification);
QString hex(unsigned rgb); ///< "#d55e00"
/// The colour at `alpha` (0–1) over white, for table rows tinted by classification.
QString tint(unsigned rgb, double alpha);

} // namespace crossroads::Palette
