// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>
#include <QPointer>

class QAbstractItemModel;

namespace crossroads {

class ReportProblemDialog;
class ShortcutsDialog;
class UserGuideDialog;

/// The Help menu's own entries: the bundled user guide (F1), the window's keyboard shortcuts and
/// how to report a problem. Each opens a dialog beside the window (not modal: the guide can stay
/// open while the user follows it); a second click raises the same one.
class HelpMenu : public QMenu {
    Q_OBJECT
public:
    /// problems: the Problems panel's model, which Report a problem can copy.
    HelpMenu(QWidget* window, const QAbstractItemModel* problems);

    QAction* userGuideAction() const { return m_userGuide; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* reportAction() const { return m_report; }

private:
    QWidget* m_window;
    QAction* m_userGuide;
    QAction* m_shortcuts;
    QAction* m_report;
    QPointer<UserGuideDialog> m_guideDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<ReportProblemDialog> m_reportDialog;
};

} // namespace crossroads
