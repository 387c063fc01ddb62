// SPDX-License-Identifier: Apache-2.0
#include "rotatedheaderview.h"

#include "classificationstyle.h"
#include "gapmatrixmodel.h"

#include <QPainter>

namespace crossroads {

RotatedHeaderView::RotatedHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

void RotatedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (logicalIndex == 0 || model() == nullptr) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    painter->save();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
    const QVariant domain = model()->headerData(logicalIndex, Qt::Horizontal, GapMatrixModel::DomainRole);
    if (domain.isValid())
        painter->fillRect(QRect(rect.left(), rect.top(), rect.width(), 4), ClassificationStyle::domainColor(static_cast<Domain>(domain.toInt())));
    const QString text = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    painter->translate(rect.left() + (rect.width() + fontMetrics().ascent() - fontMetrics().descent()) / 2, rect.bottom() - 6);
    painter->rotate(-90);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(0, 0, text);
    painter->restore();
}

QSize RotatedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (logicalIndex == 0 || model() == nullptr)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    return QSize(fontMetrics().height() + 8, fontMetrics().horizontalAdvance(text) + 18);
}

} // namespace crossroads
