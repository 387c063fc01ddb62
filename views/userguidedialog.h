// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QLocale>

class QTextBrowser;

namespace crossroads {

/// Help ▸ User guide (F1): docs/user-guide.md, compiled into the program so it reads offline,
/// in the user's language when there is a translation of it.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    /// The resource of the guide for locale: user-guide.LANG.md when bundled, else the English one.
    static QString resourceFor(const QLocale& locale = QLocale());
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace crossroads
