// SPDX-License-Identifier: Apache-2.0
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace crossroads {

namespace {
const QString guideFolder = QStringLiteral(":/crossroads/docs/");
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Crossroads user guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    QFile guide(resourceFor());
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build (%1).").arg(guide.fileName()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Wide enough for the guide's command lines (code does not wrap), never beyond the screen.
    const QSize wanted(fontMetrics().averageCharWidth() * 135, fontMetrics().height() * 42);
    resize(screen() != nullptr ? wanted.boundedTo(screen()->availableGeometry().size() * 0.9) : wanted);
}

QString UserGuideDialog::resourceFor(const QLocale& locale)
{
    for (const QString& language : locale.uiLanguages()) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == QLatin1String("en"))
            break;
        const QString translated = guideFolder + QStringLiteral("user-guide.%1.md").arg(code);
        if (QFile::exists(translated))
            return translated;
    }
    return guideFolder + QStringLiteral("user-guide.md");
}

} // namespace crossroads
