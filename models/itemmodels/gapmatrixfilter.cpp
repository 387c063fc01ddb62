// SPDX-License-Identifier: Apache-2.0
#include "gapmatrixfilter.h"

#include "gapmatrixmodel.h"

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
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex name = model->index(sourceRow, 0, sourceParent);
    if (!m_namespace.isEmpty() && name.data(GapMatrixModel::NamespaceRole).toString() != m_namespace)
        return false;
    if (!m_text.isEmpty() && !name.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!filtersCells())
        return true;
    const int columns = model->columnCount(sourceParent);
    for (int column = 1; column < columns; ++column) {
        if (!filterAcceptsColumn(column, sourceParent))
            continue;
        if (cellMatches(model->index(sourceRow, column, sourceParent)))
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
    const int a = left.data(sortRole()).toInt();
    const int b = right.data(sortRole()).toInt();
    if (a != b)
        return a < b;
    // Ties keep a stable, readable order: by workload name.
    const QAbstractItemModel* model = sourceModel();
    return model->index(left.row(), 0).data().toString().localeAwareCompare(model->index(right.row(), 0).data().toString()) < 0;
}

} // namespace crossroads
