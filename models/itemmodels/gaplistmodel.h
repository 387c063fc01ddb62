// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace crossroads {

/// A list of gaps, one per row (severity, classification, check, workloads, values), for the
/// dashboard's most severe findings and the training steps. Which gaps it shows is a predicate
/// and a limit, in the comparison's order, or a list of gap indices in the caller's order.
class GapListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, ClassificationColumn, CheckColumn, WorkloadColumn, ContainerColumn, DevValueColumn, ProdValueColumn, ColumnCount };
    enum Role { GapIndexRole = Qt::UserRole + 1 };
    using Predicate = std::function<bool(const Gap&)>;

    explicit GapListModel(QObject* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison, Predicate predicate = {}, int limit = -1);
    /// These gaps (indices into Comparison::gaps), in this order.
    void setGaps(std::shared_ptr<const Comparison> comparison, const std::vector<std::size_t>& gaps);
    int gapIndex(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Comparison> m_comparison;
    QList<int> m_rows;
};

} // namespace crossroads
