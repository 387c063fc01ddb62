// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLayout>

#include <vector>

namespace crossroads {

/// Lays widgets out left to right and starts a new line when the next one does not fit, so a
/// row of filters stays whole in a narrow window or a longer language instead of cutting its
/// texts. Items keep their size hints; on each line the spare width goes to the items that
/// expand horizontally (a search field).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;

    std::vector<QLayoutItem*> m_items;
};

} // namespace crossroads
