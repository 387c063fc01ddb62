// SPDX-License-Identifier: Apache-2.0
#include "gapmatrixfilter.h"

#include "gapmatrixmodel.h"

#include <algorithm>

namespace crossroads {

GapMatrixFilter::GapMatrixFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GapMatrixModel::SortRole);
}

void GapMatrixFilter::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidate() refilters rows and columns.
    invalidate();
}

void GapMatrixFilter::setDomain(std::optional<Domain> domain)
{
    if (m_domain == domain)
        return;
    m_domain = domain;
    refilter();
}

void GapMatrixFilter::setMinimumSeverity(std::optional<Severity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    refilter();
}

void GapMatrixFilter::setClassification(std::optional<Classification> classification)
{
    if (m_classification == classification)
        return;
    m_classification = classification;
    refilter();
}

void GapMatrixFilter::setNamespace(const QString& nameSpace)
{
    if (m_namespace == nameSpace)
        return;
    m_namespace = nameSpace;
    refilter();
}

void GapMatrixFilter::setText(const QString& text)
{
    if (m_text == text)
        return;
    m_text = text;
    refilter();
}

void GapMatrixFilter::setPairing(Pairing pairing)
{
    if (m_pairing == pairing)
        return;
    m_pairing = pairing;
    refilter();
}

int GapMatrixFilter::shownWorkloadRows() const
{
    int shown = 0;
    for (int row = 0; row < rowCount(); ++row)
        shown += index(row, 0).data(GapMatrixModel::RowKindRole).toInt() != static_cast<int>(GapMatrixModel::RowKind::NamespaceHeading);
    return shown;
}

bool GapMatrixFilter::cellMatches(const QModelIndex& sourceIndex) const
{
    const QVariant classification = sourceIndex.data(GapMatrixModel::ClassificationRole);
    if (classification.toInt() < 0)
        return false;
    if (m_classification && classification.toInt() != static_cast<int>(*m_classification))
        return false;
    if (m_severity) {
        const QVariant severity = sourceIndex.data(GapMatrixModel::SeverityRole);
        if (!severity.isValid() || severity.toInt() < static_cast<int>(*m_severity))
            return false;
    }
    return true;
}

QVariant GapMatrixFilter::data(const QModelIndex& index, int role) const
{
    if (role != MatchesFilterRole)
        return QSortFilterProxyModel::data(index, role);
    if (!index.isValid() || index.column() == 0)
        return true;
    return !filtersCells() || cellMatches(mapToSource(index));
}

bool GapMatrixFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* matrix = qobject_cast<const GapMatrixModel*>(sourceModel());
    const auto kind = static_cast<GapMatrixModel::RowKind>(sourceModel()->index(sourceRow, 0).data(GapMatrixModel::RowKindRole).toInt());
    if (kind != GapMatrixModel::RowKind::NamespaceHeading || matrix == nullptr)
        return acceptsWorkloadRow(sourceRow);
    const std::vector<int>& members = matrix->membersOf(sourceRow);
    return std::any_of(members.begin(), members.end(), [this](int member) { return acceptsWorkloadRow(member); });
}

bool GapMatrixFilter::acceptsWorkloadRow(int sourceRow) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex name = model->index(sourceRow, 0);
    const auto kind = static_cast<GapMatrixModel::RowKind>(name.data(GapMatrixModel::RowKindRole).toInt());
    const bool unpaired = kind == GapMatrixModel::RowKind::DevOnly || kind == GapMatrixModel::RowKind::ProdOnly;
    if ((m_pairing == Pairing::PairsOnly && unpaired) || (m_pairing == Pairing::UnpairedOnly && !unpaired))
        return false;
    if (!m_namespace.isEmpty() && name.data(GapMatrixModel::NamespaceRole).toString() != m_namespace)
        return false;
    if (!m_text.isEmpty() && !name.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!filtersCells())
        return true;
    const int columns = model->columnCount();
    for (int column = 1; column < columns; ++column) {
        if (!filterAcceptsColumn(column, {}))
            continue;
        if (cellMatches(model->index(sourceRow, column)))
            return true;
    }
    return false;
}

bool GapMatrixFilter::filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const
{
    if (sourceColumn == 0 || !m_domain)
        return true;
    return sourceModel()->headerData(sourceColumn, Qt::Horizontal, GapMatrixModel::DomainRole).toInt() == static_cast<int>(*m_domain)
        && !sourceParent.isValid();
}

bool GapMatrixFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Groups and their headings keep their places in either order: the proxy reverses the
    // whole answer for a descending sort, so those comparisons are reversed here in advance.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const auto before = [ascending](bool leftFirst) { return ascending ? leftFirst : !leftFirst; };
    const auto* matrix = qobject_cast<const GapMatrixModel*>(sourceModel());
    if (matrix == nullptr)
        return QSortFilterProxyModel::lessThan(left, right);
    // Read straight from the matrix: a QVariant per comparison kept a cluster's window waiting.
    const GapMatrixModel::RowOrder l = matrix->rowOrder(left.row());
    const GapMatrixModel::RowOrder r = matrix->rowOrder(right.row());
    if (l.group != r.group)
        return before(l.group < r.group);
    if (l.heading != r.heading)
        return before(l.heading);
    const int a = matrix->sortValue(left.row(), left.column());
    const int b = matrix->sortValue(right.row(), right.column());
    if (a != b)
        return a < b;
    // Ties keep a stable, readable order: by workload name.
    return l.byName < r.byName;
}

} // namespace crossroads
