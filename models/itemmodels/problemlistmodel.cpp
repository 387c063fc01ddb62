// SPDX-License-Identifier: Apache-2.0
#include "problemlistmodel.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace crossroads {

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProblemListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ProblemListModel::append(std::vector<Row> rows)
{
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    endInsertRows();
}

void ProblemListModel::addErrors(const std::vector<Error>& errors, const QStringList& devPaths, const QStringList& prodPaths)
{
    const auto within = [](const QString& file, const QStringList& paths) {
        return std::any_of(paths.cbegin(), paths.cend(), [&file](const QString& path) {
            const QString folder = QDir::cleanPath(path);
            return QDir::cleanPath(file) == folder || QDir::cleanPath(file).startsWith(folder + QLatin1Char('/'));
        });
    };
    std::vector<Row> rows;
    for (const Error& error : errors) {
        if (error.cancelled)
            continue;
        const QString side = within(error.file, devPaths) ? tr("dev") : within(error.file, prodPaths) ? tr("prod") : QString();
        rows.push_back(Row { Kind::Error, side, error.file, error.location, error.message });
    }
    append(std::move(rows));
}

void ProblemListModel::addSkipped(Side side, const std::vector<SkippedItem>& skipped)
{
    std::vector<Row> rows;
    const QString sideText = side == Side::Dev ? tr("dev") : tr("prod");
    for (const SkippedItem& item : skipped) {
        if (!item.unreadable) // an unreadable input is listed once, as the error it is
            rows.push_back(Row { Kind::Skipped, sideText, item.file, item.location, item.reason });
    }
    append(std::move(rows));
}

int ProblemListModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.kind == Kind::Error; }));
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProblemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn: return row.kind == Kind::Error ? tr("Not loaded") : tr("Skipped");
        case SideColumn: return row.side;
        case FileColumn: return row.file.startsWith(QLatin1Char(':')) ? row.file : QFileInfo(row.file).fileName();
        case LocationColumn: return row.location;
        case MessageColumn: return row.message;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return index.column() == FileColumn ? row.file : row.message;
    return {};
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Status");
    case SideColumn: return tr("Side");
    case FileColumn: return tr("File");
    case LocationColumn: return tr("Where");
    case MessageColumn: return tr("Reason");
    default: return {};
    }
}

} // namespace crossroads
