// SPDX-License-Identifier: Apache-2.0
#include "rotatedheaderview.h"

#include "classificationstyle.h"
#include "gapmatrixmodel.h"

#include <QPainter>

#include <algorithm>

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
        painter->fillRect(QRect(rect.left(), rect.top() + domainBandHeight(), rect.width(), barHeight), ClassificationStyle::domainColor(static_cast<Domain>(domain.toInt())));
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
    return QSize(fontMetrics().height() + 8, fontMetrics().horizontalAdvance(text) + 18 + domainBandHeight() + barHeight);
}

void RotatedHeaderView::paintEvent(QPaintEvent* event)
{
    QHeaderView::paintEvent(event);
    if (model() == nullptr)
        return;
    // The domain names go over the sections just painted, one label per run of columns of
    // a domain; a label stays in sight while its run is scrolled partly out of view.
    QPainter painter(viewport());
    const int band = domainBandHeight();
    const QColor background = palette().color(QPalette::Button);
    const QColor line = palette().color(QPalette::Mid);
    int visual = 0;
    while (visual < count()) {
        const int first = logicalIndex(visual);
        const QVariant domain = model()->headerData(first, Qt::Horizontal, GapMatrixModel::DomainRole);
        if (isSectionHidden(first) || !domain.isValid()) {
            ++visual;
            continue;
        }
        int last = first;
        for (++visual; visual < count(); ++visual) {
            const int next = logicalIndex(visual);
            if (isSectionHidden(next))
                continue;
            if (model()->headerData(next, Qt::Horizontal, GapMatrixModel::DomainRole) != domain)
                break;
            last = next;
        }
        const int left = sectionViewportPosition(first);
        const int right = sectionViewportPosition(last) + sectionSize(last);
        if (right < 0 || left > viewport()->width())
            continue;
        const QRect run(left, 0, right - left, band);
        painter.fillRect(run, background);
        painter.setPen(line);
        painter.drawLine(run.topRight(), QPoint(run.right(), band + barHeight));
        const QRect label = QRect(QPoint(std::max(left, 0) + 4, 0), QPoint(right - 5, band - 1));
        painter.setPen(palette().color(QPalette::ButtonText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QString name = domainTitle(static_cast<Domain>(domain.toInt()));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(name, Qt::ElideRight, label.width()));
    }
}

} // namespace crossroads
