// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/snapshotdrift.h"

#include <QAbstractTableModel>

namespace crossroads {

/// How one side moved between two revisions: each check that got worse, appeared, got better
/// or disappeared, worst severity first, with the value before and after.
class DriftListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChangeColumn, SeverityColumn, CheckColumn, WorkloadColumn, ContainerColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit DriftListModel(QObject* parent = nullptr);

    void setDrift(Drift drift);
    const Drift& drift() const { return m_drift; }
    static QString kindTitle(DriftKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Drift m_drift;
};

} // namespace crossroads
