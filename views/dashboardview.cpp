// SPDX-License-Identifier: Apache-2.0
#include "dashboardview.h"

#include "acceptedriskmodel.h"
#include "classificationstyle.h"
#include "enginefactsmodel.h"
#include "gaplistmodel.h"
#include "report/findingsummary.h"
#include "report/reportsupport.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <memory>

namespace crossroads {

namespace {

/// Rows in the most severe findings: enough for any review, few enough to lay out at once.

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

/// The sides' credential fingerprints cannot be compared: said where the scope is, or a missing
/// CR-SEC-005 finding would read as "no credential is reused".
QString keyWarningLine(const Comparison& comparison)
{
    const QString warning = report::keyWarning(comparison);
    return warning.isEmpty() ? QString() : QStringLiteral("<br>⚠ <b>%1</b>").arg(warning.toHtmlEscaped());
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_engineFacts(new EngineFactsModel(this))
    , m_worstModel(new GapListModel(this))
    , m_riskModel(new AcceptedRiskModel(this))
{
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::RichText);

    // One card per classification: glyph, count, name; a click filters the matrix.
    auto* cards = new QHBoxLayout;
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        auto* card = new QPushButton(this);
        card->setFlat(false);
        // Room for the count and a name on two lines ("Brecha de fidelidad"): a button does not
        // size itself by its layout.
        QFont countFont = font();
        countFont.setPointSize(16);
        countFont.setBold(true);
        card->setMinimumHeight(QFontMetrics(countFont).height() + fontMetrics().height() * 2 + 12);
        card->setToolTip(ClassificationStyle::description(classification));
        card->setAccessibleName(ClassificationStyle::title(classification));
        auto* label = new QLabel(card);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true); // "Brecha de fidelidad" may take two lines rather than widen the window
        label->setTextFormat(Qt::RichText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(4, 4, 4, 4);
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
    // A box of its own: its counts are the history's (every snapshot checked on its own), not
    // this comparison's, and must not read as if they were.
    auto* trendBox = new QGroupBox(tr("Trend in the history repository"), this);
    m_trend = new QLabel(trendBox);
    m_trend->setWordWrap(true);
    m_trend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(trendBox))->addWidget(m_trend);
    setTrend({}, {});

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("Scores per domain, development and production"));
    auto* chartBox = new QGroupBox(tr("Scores per domain (0–100, higher is better)"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chartView);

    // One line per domain: which side is weaker there, and how badly.
    auto* verdicts = new QGroupBox(tr("Verdict per domain"), this);
    auto* verdictLayout = new QVBoxLayout(verdicts);
    for (int d = 0; d < domainCount; ++d) {
        auto* line = new QLabel(verdicts);
        line->setWordWrap(true);
        line->setTextFormat(Qt::RichText);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        verdictLayout->addWidget(line);
        m_verdicts << line;
    }
    verdictLayout->addStretch(1);

    m_engine = compactTable(m_engineFacts, this);
    m_engine->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_engine->horizontalHeader()->setSectionResizeMode(EngineFactsModel::FactColumn, QHeaderView::ResizeToContents);
    // Values wrap rather than elide: "0→1000 (1), 1→100000 (65536)" must be read whole.
    m_engine->setWordWrap(true);
    m_engine->setTextElideMode(Qt::ElideNone);
    m_engine->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_engine->setAccessibleName(tr("Engine facts"));

    m_risks = compactTable(m_riskModel, this);
    m_risks->setAccessibleName(tr("Accepted risks"));
    m_risks->setToolTip(tr("Risks accepted by policy waivers; the reason is in each row's tooltip"));
    m_risks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noRisk = new QLabel(tr("No risk is accepted by a waiver. Accept one with “Accept as a risk” in a gap's detail, or load a policy (Policy menu)."), this);
    m_noRisk->setWordWrap(true);
    m_noRisk->setAlignment(Qt::AlignCenter);
    m_riskStack = new QStackedWidget(this);
    m_riskStack->addWidget(m_noRisk);
    m_riskStack->addWidget(m_risks);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->addTab(m_riskStack, tr("Accepted risks"));
    m_sideTabs->addTab(m_engine, tr("Container engines"));

    m_worst = compactTable(m_worstModel, this);
    m_worst->setAccessibleName(tr("Most severe open findings"));
    m_worst->setToolTip(tr("Press Enter or double-click to open the gap"));
    m_worst->setWordWrap(true);
    m_worst->setTextElideMode(Qt::ElideNone);
    m_worst->setColumnHidden(GapListModel::ContainerColumn, true); // the workload column names the containers
    // The short columns as wide as their text, the long ones share the rest and wrap: nothing
    // is elided, and nothing hides beyond a horizontal scroll bar.
    for (const int column : { GapListModel::SeverityColumn, GapListModel::ClassificationColumn })
        m_worst->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const int column : { GapListModel::CheckColumn, GapListModel::WorkloadColumn, GapListModel::DevValueColumn, GapListModel::ProdValueColumn })
        m_worst->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_worst->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_worstBox = new QGroupBox(tr("Most severe open findings"), this);
    auto* worstLayout = new QVBoxLayout(m_worstBox);
    worstLayout->addWidget(m_worst);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_scope, 0, 0, 1, 3);
    grid->addLayout(cards, 1, 0, 1, 3);
    grid->addWidget(verdicts, 2, 0);
    grid->addWidget(chartBox, 2, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(severities);
    right->addWidget(trendBox);
    right->addWidget(m_sideTabs, 1);
    grid->addLayout(right, 2, 2);
    grid->addWidget(m_worstBox, 3, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 3);

    connect(m_worst, &QTableView::activated, this, [this](const QModelIndex& index) { Q_EMIT gapActivated(index.data(GapListModel::GapIndexRole).toInt()); });
}

void DashboardView::setComparison(std::shared_ptr<const Comparison> comparison, std::shared_ptr<const DashboardSummary> summary)
{
    m_engineFacts->setComparison(comparison);
    m_riskModel->setComparison(comparison);
    if (!comparison) {
        m_worstModel->setGaps(comparison, {});
        return;
    }
    const Comparison& c = *comparison;
    if (!summary)
        summary = std::make_shared<const DashboardSummary>(DashboardSummary::of(c));
    const std::vector<std::size_t>& ranked = summary->worst;
    const std::size_t severe = summary->severe;
    m_worstModel->setGaps(comparison, ranked);
    QString title = severe > 0 ? tr("Most severe open findings: %n critical or high, criticals of every kind first", nullptr, static_cast<int>(severe))
                               : tr("Most severe open findings: none critical or high");
    if (severe > ranked.size())
        title += tr(" (the first %1; the Gap matrix shows all)").arg(ranked.size());
    m_worstBox->setTitle(title);
    m_riskStack->setCurrentWidget(m_riskModel->rowCount() > 0 ? static_cast<QWidget*>(m_risks) : m_noRisk);
    const int soon = m_riskModel->expiringSoon();
    m_sideTabs->setTabText(0, soon > 0 ? tr("Accepted risks (%1, %2 expiring)").arg(m_riskModel->rowCount()).arg(soon) : tr("Accepted risks (%1)").arg(m_riskModel->rowCount()));
    m_scope->setText(tr("<b>%1</b> (development) ⇄ <b>%2</b> (production) · %n pair(s)", nullptr, static_cast<int>(c.matching.pairs.size()))
                         .arg(c.dev.name.toHtmlEscaped(), c.prod.name.toHtmlEscaped())
        + tr(", %1 dev-only and %2 prod-only workload(s) · Pod Security judged at Kubernetes %3%4")
              .arg(c.matching.unpairedDev.size())
              .arg(c.matching.unpairedProd.size())
              .arg(c.prodVersion.toString(), c.prodVersionStated ? QString() : tr(" (no node version found: latest)"))
        + keyWarningLine(c));
    updateCounts(c);
    updateVerdicts(summary->verdicts);
    updateChart(c);
    m_risks->resizeColumnsToContents();
}

void DashboardView::setTrend(const std::vector<TimelinePoint>& timeline, const QString& repository)
{
    if (timeline.size() < 2) {
        m_trend->setText(timeline.empty() ? tr("Open a history repository (History page) to see how its latest revision moved against the previous one.")
                                          : tr("The history holds one revision: nothing to compare it with yet."));
        m_trend->setToolTip({});
        return;
    }
    const TimelinePoint& latest = timeline[0];
    const TimelinePoint& previous = timeline[1];
    const auto name = [](const Revision& revision) { return revision.tags.isEmpty() ? revision.shortId.left(7) : revision.tags.front(); };
    QStringList bySeverity;
    for (int s = 3; s >= 0; --s) {
        const auto at = static_cast<std::size_t>(s);
        if (latest.failingBySeverity[at] != 0 || previous.failingBySeverity[at] != 0)
            bySeverity << tr("%1 %2 → %3")
                              .arg(ClassificationStyle::severityTitle(static_cast<Severity>(s)).toLower())
                              .arg(previous.failingBySeverity[at])
                              .arg(latest.failingBySeverity[at]);
    }
    const int change = latest.failing() - previous.failing();
    const QString direction = change > 0 ? tr("▲ %n more", nullptr, change) : change < 0 ? tr("▼ %n fewer", nullptr, -change) : tr("no change");
    // The repository is named in the text itself: its counts are not this comparison's.
    m_trend->setText(tr("%1, from %2 to %3: %4 → %5 failing checks in its snapshots (%6); %7.")
                         .arg(QFileInfo(repository).fileName(), name(previous.revision), name(latest.revision))
                         .arg(previous.failing())
                         .arg(latest.failing())
                         .arg(direction, bySeverity.join(QStringLiteral(", "))));
    m_trend->setToolTip(tr("History of %1: the failing checks of every snapshot file at a revision, each checked on its own (the History page's timeline)")
                            .arg(repository));
}

QString DashboardView::trendText() const
{
    return m_trend->text();
}

QString DashboardView::domainVerdictText(Domain domain) const
{
    return m_verdicts[static_cast<int>(domain)]->text();
}

void DashboardView::updateVerdicts(const std::array<DomainVerdict, domainCount>& verdicts)
{
    for (int d = 0; d < domainCount; ++d) {
        const DomainVerdict& verdict = verdicts[static_cast<std::size_t>(d)];
        // The glyph of the kind of finding the line leads with, in its colour; the words say the rest.
        const Classification mark = verdict.heaviest();
        m_verdicts[d]->setText(QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span> %3")
                                   .arg(ClassificationStyle::color(mark).name(), ClassificationStyle::glyph(mark), verdict.text().toHtmlEscaped()));
    }
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
    // Labelled below: Qt Charts labels a bar with its value only, and a domain with nothing
    // judged would read "0" here while every report says it was not judged.
    series->setLabelsVisible(false);
    // Bars as thick as a label: at Qt's default half width, the labels of a category's two
    // bars overlapped when both scores were close (78 and 93).
    series->setBarWidth(0.85);

    auto* chart = new QChart;
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->addSeries(series);
    auto* domains = new QBarCategoryAxis;
    domains->append(categories);
    chart->addAxis(domains, Qt::AlignLeft);
    series->attachAxis(domains);
    auto* scores = new QValueAxis;
    // Room past 100 for a label, with ticks only up to 100: a score of 93 had its label
    // pushed back onto its bar.
    scores->setRange(0, 112);
    scores->setTickType(QValueAxis::TicksDynamic);
    scores->setTickAnchor(0);
    scores->setTickInterval(20);
    scores->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(scores, Qt::AlignBottom);
    series->attachAxis(scores);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    labelBars(chart, series, comparison);
}

void DashboardView::labelBars(QChart* chart, QAbstractBarSeries* series, const Comparison& comparison)
{
    // Past the bar's end in the text colour: inside, white on a thin bar spilt onto the background.
    struct BarLabel {
        QGraphicsSimpleTextItem* item;
        QPointF end; ///< the bar's end in chart values: (score, row)
    };
    auto labels = std::make_shared<std::vector<BarLabel>>();
    const QFont font = series->barSets().constFirst()->labelFont();
    for (const Side side : { Side::Dev, Side::Prod }) {
        const DomainScores& scores = side == Side::Dev ? comparison.devScores : comparison.prodScores;
        // The first set's bar is the lower half of its row (the series' bar width, 0.85, halved twice).
        const qreal offset = side == Side::Dev ? -0.2125 : 0.2125;
        for (int row = 0; row <= domainCount; ++row) {
            const int score = row == domainCount ? scores.overall : scores.score[static_cast<std::size_t>(row)];
            auto* item = new QGraphicsSimpleTextItem(score < 0 ? tr("not judged") : QString::number(score), chart);
            item->setFont(font);
            item->setBrush(palette().color(score < 0 ? QPalette::PlaceholderText : QPalette::WindowText));
            labels->push_back(BarLabel { item, QPointF(qMax(0, score), row + offset) });
        }
    }
    auto place = [chart, series, labels] {
        for (const BarLabel& label : *labels) {
            const QPointF end = chart->mapToPosition(label.end, series);
            label.item->setPos(end.x() + 4, end.y() - label.item->boundingRect().height() / 2);
        }
    };
    connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

} // namespace crossroads
