// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/revision.h"

#include <QAbstractTableModel>

#include <vector>

namespace crossroads {

/// The revisions of a posture repository, newest first (revision, date, author, summary,
/// snapshot files changed). Pages are appended as the user asks for more.
class RevisionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RevisionColumn, DateColumn, AuthorColumn, SummaryColumn, FilesColumn, ColumnCount };
    enum Role { RevisionIdRole = Qt::UserRole + 1 };

    explicit RevisionListModel(QObject* parent = nullptr);

    void clear();
    void append(const std::vector<Revision>& revisions);
    const std::vector<Revision>& revisions() const { return m_revisions; }
    /// "v1.4 (1a2b3c4d5e)" or the short id: how a revision is named in pickers and charts.
    static QString label(const Revision& revision);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Revision> m_revisions;
};

} // namespace crossroads
