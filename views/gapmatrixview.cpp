// SPDX-License-Identifier: Apache-2.0
#include "gapmatrixview.h"

#include "classificationlegend.h"
#include "classificationstyle.h"
#include "flowlayout.h"
#include "gapcelldelegate.h"
#include "gapmatrixfilter.h"
#include "gapmatrixmodel.h"
#include "rotatedheaderview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace crossroads {

namespace {

template <typename T>
std::optional<T> selected(const QComboBox* box)
{
    const QVariant value = box->currentData();
    if (!value.isValid())
        return std::nullopt;
    return static_cast<T>(value.toInt());
}

} // namespace

GapMatrixView::GapMatrixView(QWidget* parent)
    : QWidget(parent)
    , m_model(new GapMatrixModel(this))
    , m_filter(new GapMatrixFilter(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_domain(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_classification(new QComboBox(this))
    , m_namespace(new QComboBox(this))
    , m_pairing(new QComboBox(this))
    , m_ids(new QCheckBox(tr("Check &ids"), this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Filter workloads…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter workloads by name"));
    m_domain->addItem(tr("All domains"));
    for (int d = 0; d < domainCount; ++d)
        m_domain->addItem(domainTitle(static_cast<Domain>(d)), d);
    m_domain->setAccessibleName(tr("Domain"));
    m_severity->addItem(tr("Any severity"));
    for (int s = 3; s >= 0; --s)
        m_severity->addItem(tr("%1 and above").arg(ClassificationStyle::severityTitle(static_cast<Severity>(s))), s);
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_classification->addItem(tr("Any classification"));
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        m_classification->addItem(ClassificationStyle::glyph(classification) + QLatin1Char(' ') + ClassificationStyle::title(classification), c);
    }
    m_classification->setAccessibleName(tr("Classification"));
    m_namespace->addItem(tr("All namespaces"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_pairing->addItem(tr("All workloads"), static_cast<int>(GapMatrixFilter::Pairing::All));
    m_pairing->addItem(tr("Pairs only"), static_cast<int>(GapMatrixFilter::Pairing::PairsOnly));
    m_pairing->addItem(tr("Without a counterpart"), static_cast<int>(GapMatrixFilter::Pairing::UnpairedOnly));
    m_pairing->setAccessibleName(tr("Pairing"));
    m_pairing->setToolTip(tr("Show every workload, only the dev ⇄ prod pairs, or only the workloads with no counterpart on the other side"));
    m_ids->setToolTip(tr("Label the columns with check ids (CR-RT-001) instead of short titles"));
    m_ids->setChecked(QSettings().value(QStringLiteral("matrix/checkIds"), false).toBool());
    auto* clear = new QPushButton(tr("Clear filters"), this);
    // Every fixed entry reads in full, in any language; a long namespace name is cut rather
    // than widening the window beyond a laptop screen.
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace, m_pairing }) {
        int longest = 0;
        for (int item = 0; item < (box == m_namespace ? 1 : box->count()); ++item)
            longest = std::max(longest, static_cast<int>(box->itemText(item).size()));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(longest + 1);
    }
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 16);

    // The filters wrap onto a second line where the window or the language needs it.
    auto* filters = new FlowLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search);
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace, m_pairing })
        filters->addWidget(box);
    filters->addWidget(clear);

    m_table->setModel(m_filter);
    m_table->setHorizontalHeader(new RotatedHeaderView(m_table));
    m_table->setItemDelegate(new GapCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the matrix
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSortingEnabled(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Row names live in the vertical header so they stay visible while checks scroll sideways;
    // column 0 holds the same names for sorting and filtering and is hidden.
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setMaximumWidth(420);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Gap matrix"));
    m_table->setAccessibleDescription(tr("Rows are workload pairs, columns are checks; arrow keys move between cells"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(new ClassificationLegend(this), 1);
    auto* side = new QVBoxLayout;
    side->addWidget(m_count, 0, Qt::AlignRight);
    side->addWidget(m_ids, 0, Qt::AlignRight);
    side->addStretch();
    footer->addLayout(side);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, this, &GapMatrixView::applyFilters);
    m_search->installEventFilter(this); // Esc clears the search before it cancels anything else
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace, m_pairing })
        connect(box, &QComboBox::currentIndexChanged, this, &GapMatrixView::applyFilters);
    m_model->setColumnLabels(m_ids->isChecked() ? GapMatrixModel::ColumnLabels::Ids : GapMatrixModel::ColumnLabels::ShortTitles);
    connect(m_ids, &QCheckBox::toggled, this, [this](bool ids) {
        m_model->setColumnLabels(ids ? GapMatrixModel::ColumnLabels::Ids : GapMatrixModel::ColumnLabels::ShortTitles);
        QSettings().setValue(QStringLiteral("matrix/checkIds"), ids);
    });
    connect(clear, &QPushButton::clicked, this, &GapMatrixView::clearFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &GapMatrixView::emitSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GapMatrixView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GapMatrixView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GapMatrixView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GapMatrixView::updateCount);
}

void GapMatrixView::setComparison(std::shared_ptr<const Comparison> comparison, std::shared_ptr<const GapMatrixModel::Layout> layout)
{
    if (layout)
        m_model->setComparison(std::move(comparison), std::move(layout));
    else
        m_model->setComparison(std::move(comparison));
    const QSignalBlocker blocker(m_namespace);
    m_namespace->clear();
    m_namespace->addItem(tr("All namespaces"));
    for (const QString& nameSpace : m_model->namespaces())
        m_namespace->addItem(nameSpace, nameSpace);
    // Worst rows first. Already sorted so, the proxy sorted the new rows on the model's reset:
    // sorting 50,000 rows a second time kept the window from answering.
    if (m_filter->sortColumn() != 0 || m_filter->sortOrder() != Qt::AscendingOrder)
        m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setColumnHidden(0, true);
    // The row names' column keeps the width of the widest name of the comparison, so that it
    // does not jump whenever a filter shows other rows.
    // The longest names are measured first, until one that even in the font's widest character
    // could not be wider than the widest so far, or 512 of them: a cluster has 50,000 rows
    // (named alike, so the bound rarely ends it), and measuring every one kept the window from
    // answering for a sixth of a second.
    const QFontMetrics metrics(m_table->verticalHeader()->font());
    std::vector<QString> names;
    names.reserve(static_cast<std::size_t>(m_model->rowCount()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.push_back(m_model->headerData(row, Qt::Vertical).toString());
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    const int widestCharacter = std::max(1, metrics.maxWidth());
    constexpr std::size_t measuredAtMost = 512;
    int widest = 0;
    for (std::size_t i = 0; i < std::min(names.size(), measuredAtMost); ++i) {
        if (names[i].size() * widestCharacter <= widest)
            break; // shorter ones follow
        widest = std::max(widest, metrics.horizontalAdvance(names[i]));
    }
    m_table->verticalHeader()->setFixedWidth(std::min(widest + metrics.averageCharWidth() * 3, 420));
    updateCount();
    selectWorstCell();
}

void GapMatrixView::selectWorstCell()
{
    const QModelIndex proxy = m_filter->mapFromSource(m_model->worstCell());
    if (!proxy.isValid())
        return;
    // From the top left, so the engines, the first checks and the cell's namespace heading stay
    // in sight when the cell is on the first screen. A hidden page has no geometry to scroll
    // by yet: showEvent() brings the cell into view then.
    m_table->scrollToTop();
    m_table->horizontalScrollBar()->setValue(0);
    m_table->setCurrentIndex(proxy);
    if (isVisible())
        m_table->scrollTo(proxy, QAbstractItemView::EnsureVisible);
    else
        m_revealCurrent = true;
}

void GapMatrixView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_revealCurrent)
        return;
    m_revealCurrent = false;
    QTimer::singleShot(0, m_table, [this] { m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::EnsureVisible); });
}

void GapMatrixView::applyFilters()
{
    m_filter->setText(m_search->text().trimmed());
    m_filter->setDomain(selected<Domain>(m_domain));
    m_filter->setMinimumSeverity(selected<Severity>(m_severity));
    m_filter->setClassification(selected<Classification>(m_classification));
    m_filter->setNamespace(m_namespace->currentData().toString());
    m_filter->setPairing(static_cast<GapMatrixFilter::Pairing>(m_pairing->currentData().toInt()));
    updateCount();
    if (!m_table->currentIndex().isValid())
        Q_EMIT selectionCleared();
}

bool GapMatrixView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            // Taking the override keeps the window's Esc (cancel an import) from firing.
            if (event->type() == QEvent::KeyPress)
                m_search->clear();
            event->accept();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GapMatrixView::clearFilters()
{
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace, m_pairing }) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    applyFilters();
}

void GapMatrixView::updateCount()
{
    m_count->setText(tr("%1 of %n row(s)", nullptr, m_model->workloadRowCount()).arg(m_filter->shownWorkloadRows()));
}

void GapMatrixView::showGap(int gapIndex)
{
    const QModelIndex source = m_model->indexOfGap(gapIndex);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        clearFilters();
        proxy = m_filter->mapFromSource(source);
    }
    m_table->setCurrentIndex(proxy);
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
}

void GapMatrixView::emitSelection(const QModelIndex& current)
{
    if (!current.isValid() || current.column() == 0)
        return;
    const QList<int> gaps = current.data(GapMatrixModel::GapIndexesRole).value<QList<int>>();
    const QString row = m_filter->index(current.row(), 0).data().toString();
    const QString check = m_filter->headerData(current.column(), Qt::Horizontal, GapMatrixModel::CheckIdRole).toString();
    Q_EMIT gapsSelected(gaps, tr("%1 on %2: %3").arg(check, row, current.data(Qt::AccessibleTextRole).toString()));
}

} // namespace crossroads
