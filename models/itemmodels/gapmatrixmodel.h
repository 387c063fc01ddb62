// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "classificationstyle.h"
#include "compare/comparison.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>
#include <vector>

namespace crossroads {

/// The gap matrix: one row per workload pair (plus the engines, and unpaired workloads), one
/// column per check, grouped by domain. Column 0 names the row. Each cell holds the worst
/// classification of that check on that row (over its containers) and the gaps behind it.
/// Workload rows are grouped by namespace under a heading row per namespace (appended after the
/// workload rows: GapMatrixFilter's order puts each heading above its members). Cells are
/// stored densely as bytes, so 10,000 rows × 60 checks stay small and fast.
class GapMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ClassificationRole = Qt::UserRole + 1, ///< int (Classification), or -1 when the cell holds none
        CellStateRole, ///< int (CellState)
        SeverityRole, ///< int (Severity) of the worst gap in the cell
        GapIndexesRole, ///< QList<int>: indexes into Comparison::gaps
        RowKindRole, ///< int (RowKind), on every cell of the row
        NamespaceRole, ///< QString, on column 0
        SortRole, ///< a value that orders rows worst first
        DomainRole, ///< int (Domain), header data of a check column
        CheckIdRole, ///< QString, header data of a check column
        CheckSeverityRole, ///< int (Severity), header data of a check column
        GroupOrderRole, ///< int, on every cell: the engines 0, then namespaces worst first
        CheckTitleRole, ///< QString, header data of a check column: the full title
    };
    enum class RowKind { Engine, Pair, DevOnly, ProdOnly, NamespaceHeading };
    /// What a check column's header says: a short title ("Privileged") or the id (CR-RT-001).
    enum class ColumnLabels { ShortTitles, Ids };

    explicit GapMatrixModel(QObject* parent = nullptr);

    /// The rows, columns and cells of a comparison: a cluster's take a second to work out, so
    /// they can be worked out on another thread (layOut() is thread-safe) and handed over.
    struct Layout;
    /// cancel: checked every few thousand gaps; a cancelled layout is null.
    static std::shared_ptr<const Layout> layOut(const Comparison& comparison, const std::atomic_bool* cancel = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    /// With its layout worked out already (layOut() of the same comparison).
    void setComparison(std::shared_ptr<const Comparison> comparison, std::shared_ptr<const Layout> layout);
    const Comparison* comparison() const { return m_comparison.get(); }
    void setColumnLabels(ColumnLabels labels);
    ColumnLabels columnLabels() const { return m_labels; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The cell of a gap (for "show in matrix"), or an invalid index.
    QModelIndex indexOfGap(int gapIndex) const;
    QStringList namespaces() const;
    /// The cell that matters most: the worst classification, then the highest severity.
    QModelIndex worstCell() const;
    /// The workload rows of a namespace heading row (empty for any other row).
    const std::vector<int>& membersOf(int headingRow) const;
    int workloadRowCount() const;

    /// What rows are sorted by, read without a QVariant per comparison (GapMatrixFilter sorts
    /// 50,000 rows of a cluster): GroupOrderRole, whether it is a namespace heading, and the
    /// row's place among all rows by name (QString::localeAwareCompare, worked out in layOut()).
    struct RowOrder {
        int group = 0;
        bool heading = false;
        int byName = 0;
    };
    RowOrder rowOrder(int row) const;
    /// SortRole of a cell (column 0: the row's worst rank), as data() gives it.
    int sortValue(int row, int column) const;

private:
    struct Column {
        QString id, title, shortTitle;
        Domain domain;
        Severity severity;
        bool engine = false;
        QStringList platforms; ///< Check::platforms: where the check means something
    };
    struct Row {
        QString label, nameSpace, devName, prodName;
        RowKind kind;
        QString devPlatform, prodPlatform; ///< Workload::platform, or the engine kinds
        int worstRank = 999;
        int group = 0; ///< GroupOrderRole
    };
    static constexpr quint8 notApplicable = 0xFE;
    static constexpr quint8 unpaired = 0xFF;
    static constexpr quint8 heading = 0xFD;

    static void groupByNamespace(Layout& layout);
    QList<int> gapsOf(int row, int column) const;
    quint8 cell(int row, int column) const;

    std::shared_ptr<const Comparison> m_comparison;
    ColumnLabels m_labels = ColumnLabels::ShortTitles;
    std::shared_ptr<const Layout> m_layout;
};

struct GapMatrixModel::Layout {
    std::size_t headings = 0;
    std::vector<std::vector<int>> members; ///< per namespace heading, in row order (the headings come last)
    std::vector<Column> columns; ///< check columns; model column = index + 1
    std::vector<Row> rows;
    std::vector<quint8> cells; ///< Classification or a marker, rows × check columns
    std::vector<quint8> cellSeverity;
    std::vector<std::pair<quint64, int>> cellGaps; ///< (row << 32 | column, gap index), sorted
    std::vector<int> byName; ///< per row, its place when all rows are sorted by label
};

inline int GapMatrixModel::workloadRowCount() const
{
    return static_cast<int>(m_layout->rows.size() - m_layout->headings);
}

inline quint8 GapMatrixModel::cell(int row, int column) const
{
    return m_layout->cells[static_cast<std::size_t>(row) * m_layout->columns.size() + column - 1];
}

} // namespace crossroads
