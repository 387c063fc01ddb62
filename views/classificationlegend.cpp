// SPDX-License-Identifier: Apache-2.0
#include "classificationlegend.h"

#include "classificationstyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace crossroads {

ClassificationLegend::ClassificationLegend(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    auto* title = new QLabel(tr("Legend:"), this);
    layout->addWidget(title);
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
        layout->addLayout(pair);
    }
    auto* notPaired = new QLabel(QStringLiteral("– ") + ClassificationStyle::title(CellState::Unpaired), this);
    notPaired->setEnabled(false);
    layout->addWidget(notPaired);
    layout->addStretch();
    setAccessibleName(tr("Legend of the gap matrix"));
}

} // namespace crossroads
