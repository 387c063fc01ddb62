// SPDX-License-Identifier: Apache-2.0
#include "helpmenu.h"

#include "reportproblemdialog.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"

namespace crossroads {

namespace {

template<typename Dialog, typename Make>
void present(QPointer<Dialog>& dialog, Make make)
{
    if (dialog.isNull())
        dialog = make();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QWidget* window, const QAbstractItemModel* problems)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    m_userGuide = addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"), this,
        [this] { present(m_guideDialog, [this] { return new UserGuideDialog(m_window); }); });
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = addAction(tr("&Keyboard shortcuts"), this, [this] { present(m_shortcutsDialog, [this] { return new ShortcutsDialog(m_window, m_window); }); });
    m_report = addAction(tr("&Report a problem…"), this, [this, problems] { present(m_reportDialog, [this, problems] { return new ReportProblemDialog(problems, m_window); }); });
}

} // namespace crossroads
