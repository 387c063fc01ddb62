// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>

class QPalette;

namespace crossroads {

/// An SVG icon whose selected state is drawn in the palette's highlighted-text colour: the
/// icons are drawn in a blue that would vanish on a blue selection.
QIcon selectableIcon(const QString& svgPath, const QPalette& palette, const QSize& size);

} // namespace crossroads
