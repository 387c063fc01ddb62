// SPDX-License-Identifier: Apache-2.0
#include "revisionlistmodel.h"

#include "common/shortdatetime.h"


namespace crossroads {

RevisionListModel::RevisionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RevisionListModel::clear()
{
    beginResetModel();
    m_revisions.clear();
    endResetModel();
}

void RevisionListModel::append(const std::vector<Revision>& revisions)
{
    if (revisions.empty())
        return;
    const int first = static_cast<int>(m_revisions.size());
    beginInsertRows({}, first, first + static_cast<int>(revisions.size()) - 1);
    m_revisions.insert(m_revisions.end(), revisions.begin(), revisions.end());
    endInsertRows();
}

QString RevisionListModel::label(const Revision& revision)
{
    const QStringList names = revision.tags + revision.branches;
    return names.isEmpty() ? revision.shortId : QStringLiteral("%1 (%2)").arg(names.join(QStringLiteral(", ")), revision.shortId);
}

int RevisionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Revision& revision = m_revisions[static_cast<std::size_t>(index.row())];
    if (role == RevisionIdRole)
        return revision.id;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2 <%3>\n\n%4").arg(revision.id, revision.authorName, revision.authorEmail, revision.message.trimmed());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RevisionColumn: return label(revision);
    case DateColumn: return shortDateTime(revision.authoredAt);
    case AuthorColumn: return revision.authorName;
    case SummaryColumn: return revision.summary;
    case FilesColumn: return revision.changedPaths.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn: return tr("Revision");
    case DateColumn: return tr("Date");
    case AuthorColumn: return tr("Author");
    case SummaryColumn: return tr("Message");
    case FilesColumn: return tr("Snapshots changed");
    default: return {};
    }
}

} // namespace crossroads
