// SPDX-License-Identifier: Apache-2.0
#include "selectableicon.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace crossroads {

QIcon selectableIcon(const QString& svgPath, const QPalette& palette, const QSize& size)
{
    // Pixmaps at one and two device pixels per point: an SVG icon keeps one added pixmap per
    // state only, so the icon is built from pixmaps alone.
    const QIcon svg(svgPath);
    QIcon icon;
    for (const qreal scale : { 1.0, 2.0 }) {
        const QPixmap normal = svg.pixmap(size, scale);
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap tinted = normal;
        QPainter painter(&tinted);
        // Keep the shape (alpha), replace the colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(0, 0), tinted.size()), palette.color(QPalette::HighlightedText));
        painter.end();
        icon.addPixmap(tinted, QIcon::Selected);
    }
    return icon;
}

} // namespace crossroads
