// SPDX-License-Identifier: Apache-2.0
#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace crossroads {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    for (QLayoutItem* item : m_items)
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.push_back(item);
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? m_items[static_cast<std::size_t>(index)] : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem* item = m_items[static_cast<std::size_t>(index)];
    m_items.erase(m_items.begin() + index);
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    // One line, as wide as every item side by side.
    QSize size;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        size.rwidth() += hint.width() + (size.width() > 0 ? spacing() : 0);
        size.setHeight(std::max(size.height(), hint.height()));
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::minimumSize() const
{
    // One item a line: the widest item's hint, since items are never squeezed below it.
    QSize size;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(QSize(item->sizeHint().width(), item->minimumSize().height()));
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(spacing(), 0);
    int y = area.y();
    std::size_t first = 0;
    while (first < m_items.size()) {
        // Gather one line.
        std::size_t last = first;
        int used = 0;
        int height = 0;
        int expanding = 0;
        for (; last < m_items.size(); ++last) {
            QLayoutItem* item = m_items[last];
            if (item->isEmpty())
                continue;
            const int width = item->sizeHint().width();
            const int needed = used == 0 ? width : used + gap + width;
            if (used > 0 && needed > area.width())
                break;
            used = needed;
            height = std::max(height, item->sizeHint().height());
            expanding += (item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
        }
        if (apply) {
            const int spare = std::max(area.width() - used, 0);
            int x = area.x();
            int given = 0;
            for (std::size_t i = first; i < last; ++i) {
                QLayoutItem* item = m_items[i];
                if (item->isEmpty())
                    continue;
                int width = item->sizeHint().width();
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding + (given++ == 0 ? spare % expanding : 0);
                    width += share;
                }
                width = std::min(width, area.right() - x + 1); // a single too-wide item is cut to the line
                item->setGeometry(QRect(x, y + (height - item->sizeHint().height()) / 2, width, item->sizeHint().height()));
                x += width + gap;
            }
        }
        y += height + gap;
        first = std::max(last, first + 1);
    }
    return y - gap - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace crossroads
