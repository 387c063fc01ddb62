// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QTableWidget;

namespace crossroads {

/// Help ▸ Keyboard shortcuts: every shortcut a window has, read from its actions and buttons
/// each time the dialog is shown (so the list cannot drift from the code), then the keys that
/// widgets handle themselves.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString keys, command, where;
    };

    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// The window's menu actions in menu order, its other actions, buttons whose shortcut is
    /// not just their mnemonic, and the keys that are not actions.
    static QList<Entry> collect(const QWidget* window);
    QTableWidget* table() const { return m_table; }
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const QWidget* m_window;
    QTableWidget* m_table;
};

} // namespace crossroads
