// SPDX-License-Identifier: Apache-2.0
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossroads {

namespace {

/// A menu text as a command name: without its mnemonic marks and its "…".
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QChar(0x2026));
    text.remove(QLatin1String("..."));
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence>& shortcuts)
{
    QStringList keys;
    for (const QKeySequence& shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

/// The page or panel a widget sits on: the nearest ancestor with a title (MainWindow titles its
/// pages), else the window.
QString placeOf(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* ancestor = widget->parentWidget(); ancestor != nullptr && ancestor != window; ancestor = ancestor->parentWidget()) {
        if (!ancestor->windowTitle().isEmpty())
            return ancestor->windowTitle();
    }
    return ShortcutsDialog::tr("Window");
}

void collectMenu(const QMenu* menu, const QString& where, QList<ShortcutsDialog::Entry>& entries, QSet<const QAction*>& seen)
{
    for (const QAction* action : menu->actions()) {
        seen.insert(action);
        if (action->menu() != nullptr)
            collectMenu(action->menu(), where + QStringLiteral(" ▸ ") + plain(action->text()), entries, seen);
        else if (!action->shortcuts().isEmpty())
            entries.append({ keysOf(action->shortcuts()), plain(action->text()), where });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Keys"), tr("Command"), tr("Where") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Keys and places are short; the command takes the rest of the width.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    const QSize wanted(fontMetrics().averageCharWidth() * 125, fontMetrics().height() * 42);
    resize(screen() != nullptr ? wanted.boundedTo(screen()->availableGeometry().size() * 0.9) : wanted);
    refresh();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget* window)
{
    QList<Entry> entries;
    QSet<const QAction*> seen;
    if (const auto* main = qobject_cast<const QMainWindow*>(window)) {
        for (const QAction* top : main->menuBar()->actions()) {
            seen.insert(top);
            if (top->menu() != nullptr)
                collectMenu(top->menu(), tr("%1 menu").arg(plain(top->text())), entries, seen);
        }
    }
    // Actions outside the menus (Esc, which cancels an import) and in the pages.
    // Dialogs are children of the window too, but their keys work only in them.
    for (const QAction* action : window->findChildren<QAction*>()) {
        const auto* owner = qobject_cast<const QWidget*>(action->parent());
        if (seen.contains(action) || action->shortcuts().isEmpty() || plain(action->text()).isEmpty() || (owner != nullptr && owner->window() != window))
            continue;
        seen.insert(action);
        entries.append({ keysOf(action->shortcuts()), plain(action->text()), owner == nullptr || owner == window ? tr("Window") : placeOf(owner, window) });
    }
    // A button's own shortcut; Alt and its underlined letter is said once, below.
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        const QKeySequence shortcut = button->shortcut();
        if (button->window() == window && !shortcut.isEmpty() && shortcut != QKeySequence::mnemonic(button->text()))
            entries.append({ shortcut.toString(QKeySequence::NativeText), plain(button->text()), placeOf(button, window) });
    }
    // Keys that widgets handle themselves, not actions.
    const auto key = [](Qt::Key code) { return QKeySequence(code).toString(QKeySequence::NativeText); };
    entries.append({ key(Qt::Key_Escape), tr("Clear the search field"), tr("Gap matrix") });
    entries.append({ tr("Arrow keys"), tr("Move between cells; the detail shows the selected one"), tr("Gap matrix") });
    entries.append({ key(Qt::Key_Enter), tr("Open the selected item: a recent comparison, a finding, a training scenario"), tr("Lists") });
    entries.append({ key(Qt::Key_Delete), tr("Remove the selected input from its side"), tr("Start") });
    entries.append({ tr("Tab, Shift+Tab"), tr("Move to the next or previous field"), tr("Window") });
    entries.append({ tr("Alt+underlined letter"), tr("Open that menu, press that button or go to that field"), tr("Window") });
    return entries;
}

void ShortcutsDialog::refresh()
{
    const QList<Entry> entries = collect(m_window);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries[row].keys));
        m_table->setItem(row, 1, new QTableWidgetItem(entries[row].command));
        m_table->setItem(row, 2, new QTableWidgetItem(entries[row].where));
    }
}

void ShortcutsDialog::showEvent(QShowEvent* event)
{
    refresh(); // the window may have gained actions since
    QDialog::showEvent(event);
}

} // namespace crossroads
