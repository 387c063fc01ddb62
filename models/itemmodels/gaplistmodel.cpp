// SPDX-License-Identifier: Apache-2.0
#include "gaplistmodel.h"

#include "report/reportsupport.h"

#include "classificationstyle.h"

#include <QColor>

namespace crossroads {

GapListModel::GapListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GapListModel::setComparison(std::shared_ptr<const Comparison> comparison, Predicate predicate, int limit)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_rows.clear();
    if (m_comparison) {
        for (std::size_t g = 0; g < m_comparison->gaps.size() && (limit < 0 || m_rows.size() < limit); ++g) {
            if (!predicate || predicate(m_comparison->gaps[g]))
                m_rows << static_cast<int>(g);
        }
    }
    endResetModel();
}

void GapListModel::setGaps(std::shared_ptr<const Comparison> comparison, const std::vector<std::size_t>& gaps)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_rows.clear();
    if (m_comparison) {
        for (const std::size_t gap : gaps) {
            if (gap < m_comparison->gaps.size())
                m_rows << static_cast<int>(gap);
        }
    }
    endResetModel();
}

int GapListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GapListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int gapIndex = m_rows[index.row()];
    const Gap& gap = m_comparison->gaps[static_cast<std::size_t>(gapIndex)];
    if (role == GapIndexRole)
        return gapIndex;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn: return ClassificationStyle::severityTitle(gap.severity);
        case ClassificationColumn:
            return role == Qt::DisplayRole ? ClassificationStyle::glyph(gap.classification) + QLatin1Char(' ') + ClassificationStyle::title(gap.classification)
                                           : ClassificationStyle::description(gap.classification);
        case CheckColumn: return role == Qt::DisplayRole ? gap.title : gap.checkId + QStringLiteral(" — ") + gap.title;
        case WorkloadColumn: return report::workloads(gap, QStringLiteral(" ⇄ "));
        case ContainerColumn: return gap.container;
        case DevValueColumn:
            return role == Qt::ToolTipRole && !report::defaultText(gap, Side::Dev).isEmpty() ? report::defaultText(gap, Side::Dev) : report::valueText(gap, Side::Dev);
        case ProdValueColumn:
            return role == Qt::ToolTipRole && !report::defaultText(gap, Side::Prod).isEmpty() ? report::defaultText(gap, Side::Prod) : report::valueText(gap, Side::Prod);
        default: return {};
        }
    }
    // A colour swatch beside the text: the text itself keeps the palette's contrast.
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return ClassificationStyle::severityColor(gap.severity);
    if (role == Qt::DecorationRole && index.column() == ClassificationColumn)
        return ClassificationStyle::color(gap.classification);
    return {};
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ClassificationColumn: return tr("Classification");
    case CheckColumn: return tr("Check");
    case WorkloadColumn: return tr("Workload (dev ⇄ prod)");
    case ContainerColumn: return tr("Container");
    case DevValueColumn: return tr("Development");
    case ProdValueColumn: return tr("Production");
    default: return {};
    }
}

} // namespace crossroads
