// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace crossroads {

/// Text that is secondary (where a value comes from, a hint) but must stay readable: the
/// palette's text colour moved a third of the way towards the background. A disabled label's
/// grey was below any contrast guideline on the light palette.
inline void showAsSecondary(QWidget* widget)
{
    QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
    const QColor muted(mix(text.red(), window.red()), mix(text.green(), window.green()), mix(text.blue(), window.blue()));
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive })
        palette.setColor(group, QPalette::WindowText, muted);
    widget->setPalette(palette);
}

} // namespace crossroads
