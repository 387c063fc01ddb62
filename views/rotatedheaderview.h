// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHeaderView>

namespace crossroads {

/// A horizontal header whose section titles run upwards, so 60 narrow check columns stay
/// readable. On top, each run of columns of one domain carries the domain's name and a
/// coloured bar. Section 0 stays horizontal.
class RotatedHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit RotatedHeaderView(QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int domainBandHeight() const { return fontMetrics().height() + 6; }
    static constexpr int barHeight = 4;
};

} // namespace crossroads
