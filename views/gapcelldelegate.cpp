// SPDX-License-Identifier: Apache-2.0
#include "gapcelldelegate.h"

#include "classificationstyle.h"
#include "gapmatrixfilter.h"
#include "gapmatrixmodel.h"

#include <QApplication>
#include <QPainter>

namespace crossroads {

namespace {

QColor textOn(const QColor& background)
{
    return qGray(background.rgb()) > 140 ? QColor(0x1A, 0x1A, 0x1A) : QColor(Qt::white);
}

} // namespace

void GapCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    if (index.data(GapMatrixModel::RowKindRole).toInt() == static_cast<int>(GapMatrixModel::RowKind::NamespaceHeading)) {
        // A namespace heading runs across the matrix as a quiet band, like the header it continues.
        painter->fillRect(option.rect, option.palette.color(QPalette::Button));
        painter->restore();
        return;
    }
    const QVariant matches = index.data(GapMatrixFilter::MatchesFilterRole);
    if (matches.isValid() && !matches.toBool())
        painter->setOpacity(0.22);
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    const int classification = index.data(GapMatrixModel::ClassificationRole).toInt();
    const QString glyph = index.data(Qt::DisplayRole).toString();
    QColor text = option.palette.color(QPalette::Text);
    if (classification >= 0) {
        const auto kind = static_cast<Classification>(classification);
        QColor fill = ClassificationStyle::color(kind);
        if (kind == Classification::Aligned) {
            fill.setAlphaF(0.16); // aligned is the quiet majority: a tint, not a block
            text = ClassificationStyle::color(kind);
        } else {
            text = textOn(fill);
        }
        painter->fillRect(cell, fill);
    } else {
        text.setAlphaF(0.45);
    }
    QFont font = option.font;
    font.setBold(classification >= 0 && classification != static_cast<int>(Classification::Aligned));
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(cell, Qt::AlignCenter, glyph);
    painter->setOpacity(1.0);
    if (option.state & QStyle::State_Selected) {
        QPen pen(option.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(option.palette.color(QPalette::Text), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(3, 3, -4, -4));
    }
    painter->restore();
}

QSize GapCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    const int side = option.fontMetrics.height() + 8;
    return QSize(side + 4, side);
}

} // namespace crossroads
