// SPDX-License-Identifier: Apache-2.0
#include "waiverdialog.h"

#include "policy/policyfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace crossroads {

WaiverDialog::WaiverDialog(const Gap& gap, const Policy& policy, const QStringList& writableFiles, QWidget* parent)
    : QDialog(parent)
    , m_id(nextId(policy))
    , m_check(new QLineEdit(gap.checkId, this))
    , m_workload(new QLineEdit(this))
    , m_side(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_expires(new QDateEdit(QDate::currentDate().addDays(90), this))
    , m_file(new QComboBox(this))
    , m_where(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Accept a risk: add waiver %1").arg(m_id));
    auto* summary = new QLabel(tr("<b>%1</b><br>%2 ⇄ %3").arg(gap.title.toHtmlEscaped(), gap.devWorkload.toHtmlEscaped(), gap.prodWorkload.toHtmlEscaped()), this);
    summary->setWordWrap(true);

    // The side that fails is the side whose failure is accepted; a shared failure needs both.
    const bool devFails = gap.classification == Classification::Fidelity || gap.classification == Classification::Shared;
    const bool prodFails = gap.classification == Classification::Regression || gap.classification == Classification::Shared;
    m_side->addItem(tr("Both sides"));
    m_side->addItem(tr("Development only"), static_cast<int>(Side::Dev));
    m_side->addItem(tr("Production only"), static_cast<int>(Side::Prod));
    m_side->setCurrentIndex(devFails && !prodFails ? 1 : prodFails && !devFails ? 2 : 0);
    m_workload->setText(devFails && !prodFails ? gap.devWorkload : gap.prodWorkload);
    m_workload->setToolTip(tr("A name or a wildcard pattern on namespace/name, e.g. shop/*"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_owner->setPlaceholderText(tr("Who answers for this risk"));
    m_reason->setPlaceholderText(tr("Why it is acceptable until the expiry date"));
    m_ticket->setPlaceholderText(tr("Optional: issue or change ticket"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(QDate::currentDate());
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    for (const QString& file : writableFiles)
        m_file->addItem(file, file);
    auto* browse = new QPushButton(tr("Choose or create…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Policy file for the waiver"), QString(), tr("Policy files (*.json)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
        if (m_file->findData(path) < 0)
            m_file->addItem(path, path);
        m_file->setCurrentIndex(m_file->findData(path));
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Check:"), m_check);
    form->addRow(tr("&Workload:"), m_workload);
    form->addRow(tr("&Side:"), m_side);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Ticket:"), m_ticket);
    form->addRow(tr("&Expires:"), m_expires);
    // A row given a layout gets a label without a buddy: "&" would show and its key do nothing.
    auto* fileLabel = new QLabel(tr("Policy &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_where->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_where);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write waiver"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_check, m_workload, m_owner, m_reason })
        connect(edit, &QLineEdit::textChanged, this, &WaiverDialog::updateAcceptable);
    connect(m_file, &QComboBox::currentIndexChanged, this, &WaiverDialog::updateAcceptable);
    m_owner->setFocus();
    resize(640, sizeHint().height());
    updateAcceptable();
}

void WaiverDialog::updateAcceptable()
{
    const QString file = policyFile();
    m_where->setText(file.isEmpty() ? tr("Choose the policy file the waiver is written to.")
                                    : QFileInfo::exists(file) ? tr("Waiver %1 will be added to %2; nothing else in the file changes.").arg(m_id, file)
                                                             : tr("%1 will be created as a policy holding waiver %2.").arg(file, m_id));
    const bool complete = !m_check->text().trimmed().isEmpty() && !m_workload->text().trimmed().isEmpty() && !m_owner->text().trimmed().isEmpty()
        && !m_reason->text().trimmed().isEmpty() && !file.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

Waiver WaiverDialog::waiver() const
{
    Waiver waiver;
    waiver.id = m_id;
    waiver.check = m_check->text().trimmed();
    waiver.workload = m_workload->text().trimmed();
    if (m_side->currentData().isValid())
        waiver.side = static_cast<Side>(m_side->currentData().toInt());
    waiver.owner = m_owner->text().trimmed();
    waiver.reason = m_reason->text().trimmed();
    waiver.ticket = m_ticket->text().trimmed();
    waiver.expires = m_expires->date();
    return waiver;
}

QString WaiverDialog::policyFile() const
{
    return m_file->currentData().toString();
}

QString WaiverDialog::nextId(const Policy& policy)
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("W-%1").arg(n);
        if (std::none_of(policy.waivers.begin(), policy.waivers.end(), [&id](const Waiver& w) { return w.id == id; }))
            return id;
    }
}

Status WaiverDialog::write(const QString& path, const Waiver& waiver)
{
    if (!QFileInfo::exists(path)) {
        QSaveFile file(path);
        const QJsonObject policy { { QStringLiteral("schema"), QStringLiteral("crossroads.policy/v1") },
            { QStringLiteral("name"), QFileInfo(path).completeBaseName() }, { QStringLiteral("waivers"), QJsonArray() } };
        const QByteArray empty = QJsonDocument(policy).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(empty) != empty.size() || !file.commit())
            return Error { path, QString(), tr("cannot create: %1").arg(file.errorString()) };
    }
    return PolicyFile::addWaiver(path, waiver);
}

} // namespace crossroads
