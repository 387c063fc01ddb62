// SPDX-License-Identifier: Apache-2.0
#include "dashboardview.h"

#include "classificationstyle.h"
#include "enginefactsmodel.h"
#include "gaplistmodel.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace crossroads {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QTableView* compactTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_engineFacts(new EngineFactsModel(this))
    , m_worstModel(new GapListModel(this))
{
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::RichText);

    // One card per classification: glyph, count, name; a click filters the matrix.
    auto* cards = new QHBoxLayout;
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        auto* card = new QPushButton(this);
        card->setFlat(false);
        card->setMinimumHeight(fontMetrics().height() * 4);
        card->setToolTip(ClassificationStyle::description(classification));
        card->setAccessibleName(ClassificationStyle::title(classification));
        auto* label = new QLabel(card);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::RichText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->addWidget(label);
        m_classificationCounts << label;
        cards->addWidget(card, 1);
        connect(card, &QPushButton::clicked, this, [this, classification] { Q_EMIT classificationActivated(classification); });
    }

    auto* severities = new QGroupBox(tr("Failing checks by severity"), this);
    auto* severityLayout = new QGridLayout(severities);
    for (int s = 3; s >= 0; --s) {
        const auto severity = static_cast<Severity>(s);
        auto* swatch = new QLabel(severities);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("background:%1; border-radius:2px;").arg(ClassificationStyle::severityColor(severity).name()));
        auto* count = new QLabel(severities);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = count->font();
        bold.setBold(true);
        count->setFont(bold);
        const int row = 3 - s;
        severityLayout->addWidget(swatch, row, 0);
        severityLayout->addWidget(new QLabel(ClassificationStyle::severityTitle(severity), severities), row, 1);
        severityLayout->addWidget(count, row, 2);
        m_severityCounts.prepend(count);
    }
    severityLayout->setColumnStretch(1, 1);
    severityLayout->setRowStretch(4, 1);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("Scores per domain, development and production"));
    auto* chartBox = new QGroupBox(tr("Scores per domain (0–100, higher is better)"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chartView);

    m_engine = compactTable(m_engineFacts, this);
    m_engine->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_engine->horizontalHeader()->setSectionResizeMode(EngineFactsModel::FactColumn, QHeaderView::ResizeToContents);
    m_engine->setTextElideMode(Qt::ElideMiddle);
    m_engine->setAccessibleName(tr("Engine facts"));
    auto* engineBox = new QGroupBox(tr("Container engines"), this);
    auto* engineLayout = new QVBoxLayout(engineBox);
    engineLayout->addWidget(m_engine);

    m_worst = compactTable(m_worstModel, this);
    m_worst->setAccessibleName(tr("Worst regressions"));
    m_worst->setToolTip(tr("Press Enter or double-click to open the gap"));
    auto* worstBox = new QGroupBox(tr("Worst regressions: production weaker than what was tested"), this);
    auto* worstLayout = new QVBoxLayout(worstBox);
    worstLayout->addWidget(m_worst);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_scope, 0, 0, 1, 2);
    grid->addLayout(cards, 1, 0, 1, 2);
    grid->addWidget(chartBox, 2, 0);
    auto* right = new QVBoxLayout;
    right->addWidget(severities);
    right->addWidget(engineBox, 1);
    grid->addLayout(right, 2, 1);
    grid->addWidget(worstBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 2);

    connect(m_worst, &QTableView::activated, this, [this](const QModelIndex& index) { Q_EMIT gapActivated(index.data(GapListModel::GapIndexRole).toInt()); });
}

void DashboardView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_engineFacts->setComparison(comparison);
    m_worstModel->setComparison(comparison, [](const Gap& gap) { return gap.classification == Classification::Regression; }, 12);
    if (!comparison)
        return;
    const Comparison& c = *comparison;
    m_scope->setText(tr("<b>%1</b> (development) ⇄ <b>%2</b> (production) · %n pair(s)", nullptr, static_cast<int>(c.matching.pairs.size()))
                         .arg(c.dev.name.toHtmlEscaped(), c.prod.name.toHtmlEscaped())
        + tr(", %1 dev-only and %2 prod-only workload(s) · Pod Security judged at Kubernetes %3%4")
              .arg(c.matching.unpairedDev.size())
              .arg(c.matching.unpairedProd.size())
              .arg(c.prodVersion.toString(), c.prodVersionStated ? QString() : tr(" (no node version found: latest)")));
    updateCounts(c);
    updateChart(c);
    m_worst->resizeColumnsToContents();
    for (int column = 0; column < m_worstModel->columnCount(); ++column)
        m_worst->setColumnWidth(column, qMin(m_worst->columnWidth(column), 320));
}

void DashboardView::updateCounts(const Comparison& comparison)
{
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        m_classificationCounts[c]->setText(QStringLiteral("<span style=\"color:%1; font-size:16pt; font-weight:bold\">%2 %3</span><br>%4")
                                               .arg(ClassificationStyle::color(classification).name(), ClassificationStyle::glyph(classification))
                                               .arg(comparison.classificationCounts[static_cast<std::size_t>(c)])
                                               .arg(ClassificationStyle::title(classification).toHtmlEscaped()));
    }
    for (int s = 0; s < 4; ++s)
        m_severityCounts[s]->setText(QString::number(comparison.failingBySeverity[static_cast<std::size_t>(s)]));
}

void DashboardView::updateChart(const Comparison& comparison)
{
    auto* dev = new QBarSet(tr("Development"));
    auto* prod = new QBarSet(tr("Production"));
    dev->setColor(ClassificationStyle::sideColor(Side::Dev));
    prod->setColor(ClassificationStyle::sideColor(Side::Prod));
    QStringList categories;
    for (int d = 0; d < domainCount; ++d) {
        categories << domainTitle(static_cast<Domain>(d));
        *dev << qMax(0, comparison.devScores.score[static_cast<std::size_t>(d)]);
        *prod << qMax(0, comparison.prodScores.score[static_cast<std::size_t>(d)]);
    }
    categories << tr("Overall");
    *dev << qMax(0, comparison.devScores.overall);
    *prod << qMax(0, comparison.prodScores.overall);
    // Horizontal bars: the domain names get a line of their own, in any language.
    auto* series = new QHorizontalBarSeries;
    series->append(dev);
    series->append(prod);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);

    auto* chart = new QChart;
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->addSeries(series);
    auto* domains = new QBarCategoryAxis;
    domains->append(categories);
    chart->addAxis(domains, Qt::AlignLeft);
    series->attachAxis(domains);
    auto* scores = new QValueAxis;
    scores->setRange(0, 100);
    scores->setTickCount(6);
    scores->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(scores, Qt::AlignBottom);
    series->attachAxis(scores);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    dev->setLabelColor(Qt::white);
    prod->setLabelColor(Qt::white);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

} // namespace crossroads
