// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHeaderView>

namespace crossroads {

/// A horizontal header whose section titles run upwards, so 60 narrow check columns stay
/// readable; a coloured band on top marks each column's domain. Section 0 stays horizontal.
class RotatedHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit RotatedHeaderView(QWidget* parent = nullptr);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace crossroads
