// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/error.h"
#include "snapshot/snapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace crossroads {

/// What could not be loaded, for the non-modal problems panel: files that failed (with the
/// place in them) and items that were skipped on purpose, each with its side.
class ProblemListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, SideColumn, FileColumn, LocationColumn, MessageColumn, ColumnCount };
    enum class Kind { Error, Skipped };

    explicit ProblemListModel(QObject* parent = nullptr);

    void clear();
    /// Errors of a comparison's inputs; each gets the side whose paths name its file (or hold it).
    void addErrors(const std::vector<Error>& errors, const QStringList& devPaths = {}, const QStringList& prodPaths = {});
    void addSkipped(Side side, const std::vector<SkippedItem>& skipped);
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind;
        QString side, file, location, message;
    };
    void append(std::vector<Row> rows);
    std::vector<Row> m_rows;
};

} // namespace crossroads
