// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QAbstractTableModel>

#include <memory>

namespace crossroads {

/// The engine and host facts of both sides in one table (fact, development, production):
/// rootless or rootful, daemonless, OCI runtime, cgroup version, MAC, user namespaces, nodes.
/// Rows whose values differ are flagged, so the dashboard can mark them.
class EngineFactsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FactColumn, DevColumn, ProdColumn, ColumnCount };
    enum Role { DiffersRole = Qt::UserRole + 1 };

    explicit EngineFactsModel(QObject* parent = nullptr);
    void setComparison(std::shared_ptr<const Comparison> comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString label;
        QString dev, prod;
        QString devSource, prodSource;
        bool devDerived = false, prodDerived = false;
    };
    std::vector<Row> m_rows;
};

} // namespace crossroads
