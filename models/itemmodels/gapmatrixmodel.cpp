// SPDX-License-Identifier: Apache-2.0
#include "gapmatrixmodel.h"

#include "report/findingsummary.h"
#include "report/reportsupport.h"
#include "rules/rulecatalogue.h"

#include <QFont>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace crossroads {

namespace {

quint64 cellKey(int row, int column)
{
    return (static_cast<quint64>(row) << 32) | static_cast<quint32>(column);
}

QString pairKey(const QString& dev, const QString& prod)
{
    return dev + QLatin1Char('\n') + prod;
}

/// A column label that fits a rotated header: the catalogue's short title, a policy check's
/// title when it is short enough, else its id.
QString columnLabel(const QString& shortTitle, const QString& title, const QString& id)
{
    if (!shortTitle.isEmpty())
        return shortTitle;
    return title.size() <= 28 ? title : id;
}

} // namespace

GapMatrixModel::GapMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_layout(std::make_shared<const Layout>())
{
}

void GapMatrixModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    std::shared_ptr<const Layout> layout = comparison ? layOut(*comparison) : std::make_shared<const Layout>();
    setComparison(std::move(comparison), std::move(layout));
}

void GapMatrixModel::setComparison(std::shared_ptr<const Comparison> comparison, std::shared_ptr<const Layout> layout)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_layout = std::move(layout);
    endResetModel();
}

void GapMatrixModel::setColumnLabels(ColumnLabels labels)
{
    if (m_labels == labels)
        return;
    m_labels = labels;
    if (!m_layout->columns.empty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, static_cast<int>(m_layout->columns.size()));
}

std::shared_ptr<const GapMatrixModel::Layout> GapMatrixModel::layOut(const Comparison& comparison, const std::atomic_bool* cancel)
{
    constexpr std::size_t cancelEvery = 4096;
    const auto cancelledAt = [cancel](std::size_t g) { return cancel != nullptr && g % cancelEvery == 0 && cancel->load(std::memory_order_relaxed); };
    auto built = std::make_shared<Layout>();
    Layout& layout = *built;

    // Columns: every check of the catalogue in force (a policy's adds its requirements), the
    // comparison-level ones included, grouped by domain.
    QHash<QString, int> columnOf;
    const RuleCatalogue& catalogue = comparison.catalogue ? *comparison.catalogue : RuleCatalogue::builtIn();
    for (const Check& check : catalogue.checks()) {
        const bool engine = check.scope == CheckScope::Engine || check.factName == QLatin1String("runtime.engine_mismatch");
        layout.columns.push_back(Column { check.id, check.title, columnLabel(check.shortTitle, check.title, check.id), check.domain, check.severity, engine, check.platforms });
    }
    QSet<QString> known;
    for (const Column& column : layout.columns)
        known.insert(column.id);
    for (std::size_t g = 0; g < comparison.gaps.size(); ++g) {
        if (cancelledAt(g))
            return nullptr;
        const Gap& gap = comparison.gaps[g];
        if (!known.contains(gap.checkId)) {
            known.insert(gap.checkId);
            layout.columns.push_back(Column { gap.checkId, gap.title, columnLabel({}, gap.title, gap.checkId), gap.domain, gap.severity, false, {} });
        }
    }
    std::stable_sort(layout.columns.begin(), layout.columns.end(), [](const Column& a, const Column& b) { return a.domain < b.domain; });
    for (std::size_t c = 0; c < layout.columns.size(); ++c)
        columnOf.insert(layout.columns[c].id, static_cast<int>(c) + 1);

    // Rows: the engines, the pairs, then what has no counterpart.
    QHash<QString, int> rowOfPair;
    QHash<QString, int> rowOfDev, rowOfProdOnly;
    const QString engine = tr("(engine)");
    layout.rows.push_back(Row { tr("Container engines"), QString(), engine, engine, RowKind::Engine, comparison.dev.engineFact(FactKey::EngineKind).value.toString(),
        comparison.prod.engineFact(FactKey::EngineKind).value.toString() });
    rowOfPair.insert(pairKey(engine, engine), 0);
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& dev = comparison.dev.workloads[pair.dev];
        const Workload& prod = comparison.prod.workloads[pair.prod];
        const int row = static_cast<int>(layout.rows.size());
        layout.rows.push_back(Row { dev.displayName() + QStringLiteral(" ⇄ ") + prod.displayName(), prod.nameSpace, dev.displayName(), prod.displayName(), RowKind::Pair,
            dev.platform, prod.platform });
        rowOfPair.insert(pairKey(dev.displayName(), prod.displayName()), row);
        rowOfDev.insert(dev.displayName(), row);
    }
    for (std::size_t index : comparison.matching.unpairedDev) {
        const Workload& dev = comparison.dev.workloads[index];
        rowOfDev.insert(dev.displayName(), static_cast<int>(layout.rows.size()));
        layout.rows.push_back(Row { tr("%1 (dev only)").arg(dev.displayName()), dev.nameSpace, dev.displayName(), QString(), RowKind::DevOnly, dev.platform, {} });
    }
    for (std::size_t index : comparison.matching.unpairedProd) {
        const Workload& prod = comparison.prod.workloads[index];
        rowOfProdOnly.insert(prod.displayName(), static_cast<int>(layout.rows.size()));
        layout.rows.push_back(Row { tr("%1 (prod only)").arg(prod.displayName()), prod.nameSpace, QString(), prod.displayName(), RowKind::ProdOnly, {}, prod.platform });
    }

    // Cells default to aligned where the check applies: the comparator keeps only the rest.
    const std::size_t width = layout.columns.size();
    layout.cells.assign(layout.rows.size() * width, static_cast<quint8>(Classification::Aligned));
    layout.cellSeverity.assign(layout.rows.size() * width, 0);
    for (std::size_t r = 0; r < layout.rows.size(); ++r) {
        for (std::size_t c = 0; c < width; ++c) {
            quint8& cell = layout.cells[r * width + c];
            const Row& row = layout.rows[r];
            const Column& column = layout.columns[c];
            // A check a platform has no counterpart for: only a finding on the other side shows.
            const auto appliesTo = [&column](const QString& platform) { return column.platforms.isEmpty() || platform.isEmpty() || column.platforms.contains(platform); };
            if ((row.kind == RowKind::Engine) != column.engine)
                cell = notApplicable;
            else if (row.kind == RowKind::DevOnly || row.kind == RowKind::ProdOnly)
                cell = appliesTo(row.kind == RowKind::DevOnly ? row.devPlatform : row.prodPlatform) ? unpaired : notApplicable;
            else if (!appliesTo(row.devPlatform) || !appliesTo(row.prodPlatform))
                cell = notApplicable;
        }
    }
    for (std::size_t g = 0; g < comparison.gaps.size(); ++g) {
        if (cancelledAt(g))
            return nullptr;
        const Gap& gap = comparison.gaps[g];
        int row = rowOfPair.value(pairKey(gap.devWorkload, gap.prodWorkload), -1);
        if (row < 0 && gap.devWorkload.isEmpty())
            row = rowOfProdOnly.value(gap.prodWorkload, -1); // a finding of a prod workload with no counterpart
        if (row < 0)
            row = rowOfDev.value(gap.devWorkload, -1); // a dev-only finding, or a dev credential found in a prod Secret
        const int column = columnOf.value(gap.checkId, -1);
        if (row < 0 || column < 0)
            continue;
        layout.cellGaps.emplace_back(cellKey(row, column), static_cast<int>(g));
        const std::size_t at = static_cast<std::size_t>(row) * width + column - 1;
        quint8& cell = layout.cells[at];
        const bool worse = cell >= notApplicable || ClassificationStyle::rank(gap.classification) < ClassificationStyle::rank(static_cast<Classification>(cell))
            || (gap.classification == static_cast<Classification>(cell) && static_cast<quint8>(gap.severity) > layout.cellSeverity[at]);
        if (worse) {
            cell = static_cast<quint8>(gap.classification);
            layout.cellSeverity[at] = static_cast<quint8>(gap.severity);
        }
        Row& owner = layout.rows[static_cast<std::size_t>(row)];
        // Rows rank as the dashboard ranks findings: criticals of any kind first, then by what
        // the finding means for production; notes and aligned checks after every finding.
        const int rank = isFailing(gap.classification) ? (3 - static_cast<int>(gap.severity)) * 10 + ClassificationStyle::rank(gap.classification)
                                                        : 100 + ClassificationStyle::rank(gap.classification);
        owner.worstRank = std::min(owner.worstRank, rank);
    }
    std::sort(layout.cellGaps.begin(), layout.cellGaps.end());
    groupByNamespace(layout);
    // Ties in a sort are broken by name: collating 50,000 names in every comparison kept the
    // window from answering, so each row's place by name is worked out here, once.
    std::vector<int> order(layout.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&layout](int a, int b) {
        return layout.rows[static_cast<std::size_t>(a)].label.localeAwareCompare(layout.rows[static_cast<std::size_t>(b)].label) < 0;
    });
    layout.byName.assign(order.size(), 0);
    for (std::size_t place = 0; place < order.size(); ++place)
        layout.byName[static_cast<std::size_t>(order[place])] = static_cast<int>(place);
    return built;
}

void GapMatrixModel::groupByNamespace(Layout& layout)
{
    // One heading per namespace (a dev-only container has none: it gets a heading of its own),
    // the namespaces ordered worst first, then by name; the engines stay first, apart.
    struct Group {
        QString nameSpace;
        int worstRank = 999;
        std::vector<int> members;
    };
    std::vector<Group> groups;
    QHash<QString, std::size_t> groupOf;
    for (std::size_t r = 0; r < layout.rows.size(); ++r) {
        const Row& row = layout.rows[r];
        if (row.kind == RowKind::Engine)
            continue;
        auto found = groupOf.constFind(row.nameSpace);
        if (found == groupOf.constEnd()) {
            found = groupOf.insert(row.nameSpace, groups.size());
            groups.push_back(Group { row.nameSpace, 999, {} });
        }
        Group& group = groups[found.value()];
        group.worstRank = std::min(group.worstRank, row.worstRank);
        group.members.push_back(static_cast<int>(r));
    }
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.worstRank != b.worstRank)
            return a.worstRank < b.worstRank;
        return a.nameSpace.localeAwareCompare(b.nameSpace) < 0;
    });
    for (std::size_t g = 0; g < groups.size(); ++g) {
        Group& group = groups[g];
        const int order = static_cast<int>(g) + 1;
        for (int member : group.members)
            layout.rows[static_cast<std::size_t>(member)].group = order;
        const QString name = group.nameSpace.isEmpty() ? tr("No namespace") : group.nameSpace;
        layout.rows.push_back(Row { tr("%1 · %n workload(s)", nullptr, static_cast<int>(group.members.size())).arg(name), group.nameSpace, {}, {}, RowKind::NamespaceHeading,
            {}, {}, group.worstRank, order });
        layout.members.push_back(std::move(group.members));
    }
    layout.headings = groups.size();
    layout.cells.resize(layout.rows.size() * layout.columns.size(), heading);
    layout.cellSeverity.resize(layout.rows.size() * layout.columns.size(), 0);
}

const std::vector<int>& GapMatrixModel::membersOf(int headingRow) const
{
    static const std::vector<int> none;
    const int first = static_cast<int>(m_layout->rows.size() - m_layout->headings);
    if (headingRow < first || headingRow >= static_cast<int>(m_layout->rows.size()))
        return none;
    return m_layout->members[static_cast<std::size_t>(headingRow - first)];
}

QModelIndex GapMatrixModel::worstCell() const
{
    if (!m_comparison)
        return {};
    // The order the dashboard ranks findings in, so both lead with the same finding.
    for (std::size_t gap : rankedFindings(*m_comparison)) {
        const QModelIndex cell = indexOfGap(static_cast<int>(gap));
        if (cell.isValid())
            return cell;
    }
    return {};
}

Qt::ItemFlags GapMatrixModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // A heading row only names its namespace: the cursor passes over it.
    if (m_layout->rows[static_cast<std::size_t>(index.row())].kind == RowKind::NamespaceHeading)
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index);
}

int GapMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_layout->rows.size());
}

int GapMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_layout->rows.empty() ? 0 : static_cast<int>(m_layout->columns.size()) + 1;
}

QList<int> GapMatrixModel::gapsOf(int row, int column) const
{
    QList<int> result;
    const quint64 key = cellKey(row, column);
    auto it = std::lower_bound(m_layout->cellGaps.begin(), m_layout->cellGaps.end(), std::make_pair(key, -1));
    for (; it != m_layout->cellGaps.end() && it->first == key; ++it)
        result << it->second;
    return result;
}

GapMatrixModel::RowOrder GapMatrixModel::rowOrder(int row) const
{
    const Row& shown = m_layout->rows[static_cast<std::size_t>(row)];
    return RowOrder { shown.group, shown.kind == RowKind::NamespaceHeading, m_layout->byName[static_cast<std::size_t>(row)] };
}

int GapMatrixModel::sortValue(int row, int column) const
{
    const Row& shown = m_layout->rows[static_cast<std::size_t>(row)];
    if (column == 0)
        return shown.worstRank;
    if (shown.kind == RowKind::NamespaceHeading)
        return 0; // data() has no SortRole for a heading's cells
    const quint8 value = cell(row, column);
    const CellState state = value == unpaired ? CellState::Unpaired : value == notApplicable ? CellState::NotApplicable : CellState::Classified;
    return state == CellState::Classified ? ClassificationStyle::rank(static_cast<Classification>(value)) : 10 + static_cast<int>(state);
}

QVariant GapMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_layout->rows[static_cast<std::size_t>(index.row())];
    if (role == RowKindRole)
        return static_cast<int>(row.kind);
    if (role == GroupOrderRole)
        return row.group;
    // A namespace heading names itself in column 0 (as any row does) and holds no cells.
    if (row.kind == RowKind::NamespaceHeading && index.column() != 0)
        return role == ClassificationRole ? QVariant(-1) : QVariant();
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.label;
        case Qt::ToolTipRole:
            return row.kind == RowKind::Pair ? tr("Development: %1\nProduction: %2").arg(row.devName, row.prodName) : row.label;
        case NamespaceRole:
            return row.nameSpace;
        case SortRole:
            return sortValue(index.row(), 0);
        default:
            return {};
        }
    }
    const quint8 value = cell(index.row(), index.column());
    const CellState state = value == unpaired ? CellState::Unpaired : value == notApplicable ? CellState::NotApplicable : CellState::Classified;
    const auto classification = static_cast<Classification>(value);
    const Column& column = m_layout->columns[static_cast<std::size_t>(index.column() - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return state == CellState::Classified ? ClassificationStyle::glyph(classification) : ClassificationStyle::glyph(state);
    case Qt::AccessibleTextRole:
        return state == CellState::Classified ? ClassificationStyle::title(classification) : ClassificationStyle::title(state);
    case Qt::ToolTipRole: {
        if (state != CellState::Classified)
            return QStringLiteral("%1\n%2").arg(column.title, ClassificationStyle::title(state));
        QString tip = QStringLiteral("%1 (%2)\n%3").arg(column.title, column.id, ClassificationStyle::title(classification));
        const QList<int> gaps = gapsOf(index.row(), index.column());
        if (!gaps.isEmpty()) {
            const Gap& gap = m_comparison->gaps[static_cast<std::size_t>(gaps.front())];
            tip += QStringLiteral(" · %1").arg(ClassificationStyle::severityTitle(gap.severity));
            tip += QLatin1Char('\n') + tr("dev: %1").arg(report::valueText(gap, Side::Dev)) + QLatin1Char('\n') + tr("prod: %1").arg(report::valueText(gap, Side::Prod));
            if (gaps.size() > 1)
                tip += QLatin1Char('\n') + tr("and %n more container(s)", nullptr, static_cast<int>(gaps.size()) - 1);
        }
        return tip;
    }
    case ClassificationRole:
        return state == CellState::Classified ? static_cast<int>(classification) : -1;
    case CellStateRole:
        return static_cast<int>(state);
    case SeverityRole:
        return state == CellState::Classified && classification != Classification::Aligned
            ? QVariant(static_cast<int>(m_layout->cellSeverity[static_cast<std::size_t>(index.row()) * m_layout->columns.size() + index.column() - 1]))
            : QVariant();
    case GapIndexesRole:
        return QVariant::fromValue(gapsOf(index.row(), index.column()));
    case SortRole:
        return sortValue(index.row(), index.column());
    default:
        return {};
    }
}

QVariant GapMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The row's name again: a view can show it in its vertical header, which stays in
        // place while the check columns scroll sideways.
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return data(index(section, 0), role);
        if (role == Qt::FontRole && m_layout->rows[static_cast<std::size_t>(section)].kind == RowKind::NamespaceHeading) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Workload (dev ⇄ prod)");
        return {};
    }
    if (section < 1 || section > static_cast<int>(m_layout->columns.size()))
        return {};
    const Column& column = m_layout->columns[static_cast<std::size_t>(section - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return m_labels == ColumnLabels::Ids ? column.id : column.shortTitle;
    case CheckTitleRole:
        return column.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2\n%3 · %4").arg(column.id, column.title, domainTitle(column.domain), ClassificationStyle::severityTitle(column.severity));
    case DomainRole:
        return static_cast<int>(column.domain);
    case CheckIdRole:
        return column.id;
    case CheckSeverityRole:
        return static_cast<int>(column.severity);
    default:
        return {};
    }
}

QModelIndex GapMatrixModel::indexOfGap(int gapIndex) const
{
    for (const auto& [key, gap] : m_layout->cellGaps) {
        if (gap == gapIndex)
            return index(static_cast<int>(key >> 32), static_cast<int>(key & 0xFFFFFFFFu));
    }
    return {};
}

QStringList GapMatrixModel::namespaces() const
{
    QStringList result;
    for (const Row& row : m_layout->rows) {
        if (!row.nameSpace.isEmpty() && !result.contains(row.nameSpace))
            result << row.nameSpace;
    }
    result.sort();
    return result;
}

} // namespace crossroads
