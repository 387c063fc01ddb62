// SPDX-License-Identifier: Apache-2.0
#include "classificationlegend.h"

#include "secondarytext.h"

#include "classificationstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace crossroads {

ClassificationLegend::ClassificationLegend(QWidget* parent)
    : QWidget(parent)
{
    // Four entries a row: the legend must not set the window's minimum width.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(2);
    constexpr int perRow = 4;
    int entry = 0;
    auto place = [&](QLayout* item) { layout->addLayout(item, entry / perRow, entry % perRow, Qt::AlignLeft); ++entry; };
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        const QColor color = ClassificationStyle::color(classification);
        auto* swatch = new QLabel(ClassificationStyle::glyph(classification), this);
        swatch->setAlignment(Qt::AlignCenter);
        swatch->setFixedSize(22, 20);
        const bool light = classification == Classification::Aligned;
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; border-radius: 3px; }")
                .arg(light ? QStringLiteral("rgba(0,158,115,40)") : color.name(), light ? color.name() : (qGray(color.rgb()) > 140 ? QStringLiteral("#1a1a1a") : QStringLiteral("white"))));
        auto* label = new QLabel(ClassificationStyle::title(classification), this);
        const QString description = ClassificationStyle::description(classification);
        swatch->setToolTip(description);
        label->setToolTip(description);
        label->setAccessibleDescription(description);
        auto* pair = new QHBoxLayout;
        pair->setSpacing(5);
        pair->addWidget(swatch);
        pair->addWidget(label);
        place(pair);
    }
    // The longest entry, a sentence in some languages: a row of its own that wraps.
    // The two states without a glyph of colour: a dash, and a blank cell.
    auto* notPaired = new QLabel(tr("– %1 · blank: %2").arg(ClassificationStyle::title(CellState::Unpaired), ClassificationStyle::title(CellState::NotApplicable)), this);
    showAsSecondary(notPaired);
    notPaired->setWordWrap(true);
    layout->addWidget(notPaired, (entry + perRow - 1) / perRow, 0, 1, perRow + 1);
    layout->setColumnStretch(perRow, 1);
    setAccessibleName(tr("Legend of the gap matrix"));
}

} // namespace crossroads
