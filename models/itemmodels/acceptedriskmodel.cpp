// SPDX-License-Identifier: Apache-2.0
#include "acceptedriskmodel.h"

#include "classificationstyle.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace crossroads {

AcceptedRiskModel::AcceptedRiskModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AcceptedRiskModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_risks = m_comparison ? acceptedRisks(*m_comparison) : std::vector<AcceptedRisk> {};
    endResetModel();
}

int AcceptedRiskModel::expiringSoon() const
{
    return static_cast<int>(std::count_if(m_risks.cbegin(), m_risks.cend(), [](const AcceptedRisk& risk) { return risk.expired() || risk.expiringSoon(); }));
}

int AcceptedRiskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_risks.size());
}

int AcceptedRiskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AcceptedRiskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AcceptedRisk& risk = m_risks[static_cast<std::size_t>(index.row())];
    const Waiver& waiver = *risk.waiver;
    if (role == DaysLeftRole)
        return risk.daysLeft;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WaiverColumn: return waiver.id;
        case OwnerColumn: return waiver.owner;
        case CheckColumn: return waiver.check;
        case WorkloadColumn: return waiver.side ? tr("%1 (%2)").arg(waiver.workload, QLatin1String(sideName(*waiver.side))) : waiver.workload;
        case ExpiresColumn:
            if (const QString note = risk.expiryNote(); !note.isEmpty())
                return QStringLiteral("%1 — %2").arg(waiver.expiryText(), note);
            return waiver.expiryText();
        case GapsColumn: return waiver.matches;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return waiver.ticket.isEmpty() ? waiver.reason : tr("%1 (ticket %2)").arg(waiver.reason, waiver.ticket);
    if (role == Qt::FontRole && index.column() == ExpiresColumn && (risk.expired() || risk.expiringSoon())) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && index.column() == ExpiresColumn && (risk.expired() || risk.expiringSoon()))
        return ClassificationStyle::severityColor(risk.expired() ? Severity::Critical : Severity::Medium);
    if (role == Qt::TextAlignmentRole && index.column() == GapsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AcceptedRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WaiverColumn: return tr("Waiver");
    case OwnerColumn: return tr("Owner");
    case CheckColumn: return tr("Check");
    case WorkloadColumn: return tr("Workload");
    case ExpiresColumn: return tr("Expires");
    case GapsColumn: return tr("Gaps");
    default: return {};
    }
}

} // namespace crossroads
