// SPDX-License-Identifier: Apache-2.0
#include "gapmatrixview.h"

#include "classificationlegend.h"
#include "classificationstyle.h"
#include "gapcelldelegate.h"
#include "gapmatrixfilter.h"
#include "gapmatrixmodel.h"
#include "rotatedheaderview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
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
    auto* clear = new QPushButton(tr("Clear filters"), this);
    // Long entries (namespaces, translations) must not make the window wider than a laptop screen.
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 14);

    auto* filters = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_domain, 1);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_classification, 1);
    filters->addWidget(m_namespace, 1);
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
    footer->addWidget(m_count);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, this, &GapMatrixView::applyFilters);
    m_search->installEventFilter(this); // Esc clears the search before it cancels anything else
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace })
        connect(box, &QComboBox::currentIndexChanged, this, &GapMatrixView::applyFilters);
    connect(clear, &QPushButton::clicked, this, &GapMatrixView::clearFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &GapMatrixView::emitSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GapMatrixView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GapMatrixView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GapMatrixView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GapMatrixView::updateCount);
}

void GapMatrixView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_model->setComparison(std::move(comparison));
    const QSignalBlocker blocker(m_namespace);
    m_namespace->clear();
    m_namespace->addItem(tr("All namespaces"));
    for (const QString& nameSpace : m_model->namespaces())
        m_namespace->addItem(nameSpace, nameSpace);
    m_table->sortByColumn(0, Qt::AscendingOrder); // worst rows first
    m_table->setColumnHidden(0, true);
    // The row names' column keeps the width of the widest name of the comparison, so that it
    // does not jump whenever a filter shows other rows.
    const QFontMetrics metrics(m_table->verticalHeader()->font());
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_model->headerData(row, Qt::Vertical).toString()));
    m_table->verticalHeader()->setFixedWidth(std::min(widest + metrics.averageCharWidth() * 3, 420));
    updateCount();
}

void GapMatrixView::applyFilters()
{
    m_filter->setText(m_search->text().trimmed());
    m_filter->setDomain(selected<Domain>(m_domain));
    m_filter->setMinimumSeverity(selected<Severity>(m_severity));
    m_filter->setClassification(selected<Classification>(m_classification));
    m_filter->setNamespace(m_namespace->currentData().toString());
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
    for (QComboBox* box : { m_domain, m_severity, m_classification, m_namespace }) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    applyFilters();
}

void GapMatrixView::updateCount()
{
    m_count->setText(tr("%1 of %n row(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
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
