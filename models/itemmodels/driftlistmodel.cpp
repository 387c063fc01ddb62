// SPDX-License-Identifier: Apache-2.0
#include "driftlistmodel.h"

#include "classificationstyle.h"

#include <QColor>

namespace crossroads {

DriftListModel::DriftListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DriftListModel::setDrift(Drift drift)
{
    beginResetModel();
    m_drift = std::move(drift);
    endResetModel();
}

QString DriftListModel::kindTitle(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Better: return tr("▲ Better");
    case DriftKind::Worse: return tr("▼ Worse");
    case DriftKind::Appeared: return tr("+ Appeared");
    case DriftKind::Disappeared: break;
    }
    return tr("− Disappeared");
}

int DriftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_drift.changes.size());
}

int DriftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckChange& change = m_drift.changes[static_cast<std::size_t>(index.row())];
    const bool gotWorse = change.kind == DriftKind::Worse || change.kind == DriftKind::Appeared;
    if (role == Qt::DecorationRole && index.column() == ChangeColumn)
        return gotWorse ? ClassificationStyle::color(Classification::Regression) : ClassificationStyle::color(Classification::Aligned);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return ClassificationStyle::severityColor(change.severity);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ChangeColumn: return kindTitle(change.kind);
    case SeverityColumn: return ClassificationStyle::severityTitle(change.severity);
    case CheckColumn: return role == Qt::ToolTipRole ? change.checkId + QStringLiteral(" — ") + change.title : change.title;
    case WorkloadColumn: return change.workload;
    case ContainerColumn: return change.container;
    case BeforeColumn: return change.kind == DriftKind::Appeared ? QString() : change.valueBefore;
    case AfterColumn: return change.kind == DriftKind::Disappeared ? QString() : change.valueAfter;
    default: return {};
    }
}

QVariant DriftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case SeverityColumn: return tr("Severity");
    case CheckColumn: return tr("Check");
    case WorkloadColumn: return tr("Workload");
    case ContainerColumn: return tr("Container");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

} // namespace crossroads
