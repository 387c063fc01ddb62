// SPDX-License-Identifier: Apache-2.0
#include "reportproblemdialog.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace crossroads {

ReportProblemDialog::ReportProblemDialog(const QAbstractItemModel* problems, QWidget* parent)
    : QDialog(parent)
    , m_problems(problems)
    , m_copyVersion(new QPushButton(tr("&Copy version and platform"), this))
    , m_copyProblems(new QPushButton(tr("Copy the &Problems panel"), this))
{
    setWindowTitle(tr("Report a problem"));
    auto* text = new QLabel(tr("<h3>Report a problem</h3>"
                               "<p>Tell whoever looks after Crossroads for you (your team's issue tracker) what you did, what you "
                               "expected and what happened instead. Attach:</p>"
                               "<ul><li>the <b>version and platform</b> (the button below copies them);</li>"
                               "<li>the comparison as an exported <b>JSON report</b> (File ▸ Export report…, JSON) or a saved "
                               "<b>snapshot</b> (<tt>crossroads-cli snapshot</tt>): both are sanitized and hold no secret value;</li>"
                               "<li>the <b>Problems panel</b> (View ▸ Problems) when an input could not be read.</li></ul>"
                               "<p><b>Never attach</b> secrets or the raw files they live in: kubeconfigs, <tt>.env</tt> files, "
                               "Kubernetes Secret manifests, private keys (a signing key, <tt>workspace.key</tt>) or tokens. If an "
                               "input file is needed to show the problem, cut it down and replace every credential first.</p>"),
        this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyVersion->setToolTip(tr("Copies the version of Crossroads and Qt, the system and the locale to the clipboard"));
    m_copyProblems->setToolTip(tr("Copies every line of the Problems panel to the clipboard, as tab-separated text"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyVersion, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyProblems, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyVersion, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionInfo()); });
    connect(m_copyProblems, &QPushButton::clicked, this, [this] {
        if (m_problems != nullptr)
            QGuiApplication::clipboard()->setText(tableText(*m_problems));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 105); // the advice in a few lines, not a narrow column
}

QString ReportProblemDialog::versionInfo()
{
    // For whoever reads the report, so in English whatever the user's language.
    return QStringLiteral("Crossroads %1\nQt %2 (built with %3)\n%4, %5 %6 (%7)\nDisplay platform: %8\nLocale: %9")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
            QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName(), QLocale().name());
}

QString ReportProblemDialog::tableText(const QAbstractItemModel& model)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ReportProblemDialog::showEvent(QShowEvent* event)
{
    // Nothing to copy until an input failed.
    m_copyProblems->setEnabled(m_problems != nullptr && m_problems->rowCount() > 0);
    QDialog::showEvent(event);
}

} // namespace crossroads
