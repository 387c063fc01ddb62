// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace crossroads {

/// Paints a gap-matrix cell: the classification's colour and its glyph (colour is never the
/// only signal), strong for gaps and a faint tint for aligned cells; cells outside the current
/// filter are dimmed. Column 0 (the workload) is painted as ordinary text.
class GapCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace crossroads
