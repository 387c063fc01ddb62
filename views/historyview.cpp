// SPDX-License-Identifier: Apache-2.0
#include "historyview.h"

#include "backgroundtask.h"
#include "classificationstyle.h"
#include "common/outofmemory.h"
#include "driftlistmodel.h"
#include "rules/rulecatalogue.h"
#include "revisionlistmodel.h"
#include "roundaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace crossroads {

namespace {
constexpr int pageSize = 200;
}

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RevisionListModel(this))
    , m_path(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_loadMore(new QPushButton(tr("Load &more"), this))
    , m_chart(new QChartView(this))
    , m_timelineProblems(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelTimeline(new QPushButton(tr("Cancel"), this))
    , m_devRevision(new QComboBox(this))
    , m_devPath(new QComboBox(this))
    , m_prodRevision(new QComboBox(this))
    , m_prodPath(new QComboBox(this))
    , m_compare(new QPushButton(QIcon(QStringLiteral(":/crossroads/icons/matrix.svg")), tr("C&ompare dev ⇄ prod"), this))
    , m_driftButton(new QPushButton(tr("Show &drift (first → second)"), this))
    , m_drift(new DriftListModel(this))
    , m_driftTable(new QTableView(this))
    , m_driftSummary(new QLabel(this))
    , m_driftProgress(new QProgressBar(this))
    , m_cancelDrift(new QPushButton(tr("Cancel"), this))
    , m_timelineDelay(new QTimer(this))
{
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A git repository of saved .crossroads.json snapshots"));
    m_path->setAccessibleName(tr("Repository"));
    m_filter->setPlaceholderText(tr("*.crossroads.json"));
    m_filter->setToolTip(tr("Which snapshot files count: paths, folders or globs, separated by spaces"));
    m_filter->setAccessibleName(tr("Snapshot files"));
    auto* open = new QPushButton(QIcon(QStringLiteral(":/crossroads/icons/open.svg")), tr("Open &repository…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Repository:"), this));
    top->addWidget(m_path, 3);
    top->addWidget(open);
    auto* filterLabel = new QLabel(tr("&Files:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);

    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Revisions"));
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_status, 1);
    listButtons->addWidget(m_loadMore);
    listLayout->addLayout(listButtons);

    m_chart->setRenderHint(QPainter::Antialiasing);
    // Small minimums: with the Problems panel open the page still fits a 768-pixel-high screen.
    m_chart->setMinimumHeight(110);
    m_chart->installEventFilter(this); // the count axis takes as many steps as its height holds
    m_table->setMinimumHeight(fontMetrics().height() * 4);
    m_driftTable->setMinimumHeight(fontMetrics().height() * 4);
    m_chart->setAccessibleName(tr("Failing checks by severity over the revisions"));
    auto* timeline = new QGroupBox(tr("Failing checks by severity, oldest to newest"), this);
    auto* timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->addWidget(m_chart);
    timelineLayout->addWidget(m_timelineProblems);
    m_timelineProblems->setWordWrap(true);
    m_timelineProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timelineProblems->hide();
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelTimeline);
    timelineLayout->addLayout(progressRow);

    auto* compareBox = new QGroupBox(tr("Compare snapshots at revisions"), this);
    auto* form = new QFormLayout(compareBox);
    auto* devRow = new QHBoxLayout;
    devRow->addWidget(m_devRevision, 1);
    devRow->addWidget(m_devPath, 1);
    auto* prodRow = new QHBoxLayout;
    prodRow->addWidget(m_prodRevision, 1);
    prodRow->addWidget(m_prodPath, 1);
    // Labels with a buddy, so their mnemonics move the focus to the revision pickers.
    auto* devLabel = new QLabel(tr("&Development (or before):"), compareBox);
    devLabel->setBuddy(m_devRevision);
    auto* prodLabel = new QLabel(tr("&Production (or after):"), compareBox);
    prodLabel->setBuddy(m_prodRevision);
    form->addRow(devLabel, devRow);
    form->addRow(prodLabel, prodRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_driftButton);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    m_driftButton->setToolTip(tr("The same side at two revisions: which checks got worse, appeared, got better or disappeared"));
    for (QComboBox* box : { m_devRevision, m_devPath, m_prodRevision, m_prodPath }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    m_devRevision->setAccessibleName(tr("Development revision"));
    m_devPath->setAccessibleName(tr("Development snapshot"));
    m_prodRevision->setAccessibleName(tr("Production revision"));
    m_prodPath->setAccessibleName(tr("Production snapshot"));

    m_driftTable->setModel(m_drift);
    m_driftTable->verticalHeader()->setVisible(false);
    m_driftTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_driftTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_driftTable->setAlternatingRowColors(true);
    m_driftTable->setWordWrap(false);
    m_driftTable->horizontalHeader()->setStretchLastSection(true);
    m_driftTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_driftTable->setAccessibleName(tr("Drift between two revisions"));
    auto* driftBox = new QGroupBox(tr("Drift"), this);
    auto* driftLayout = new QVBoxLayout(driftBox);
    auto* driftRow = new QHBoxLayout;
    driftRow->addWidget(m_driftSummary, 1);
    driftRow->addWidget(m_driftProgress);
    driftRow->addWidget(m_cancelDrift);
    driftLayout->addLayout(driftRow);
    driftLayout->addWidget(m_driftTable);
    m_driftProgress->setRange(0, 0); // two snapshot loads: no steps to count, only "busy"
    m_driftProgress->setMaximumWidth(160);
    m_driftProgress->setAccessibleName(tr("Reading snapshots"));
    m_driftProgress->hide();
    m_cancelDrift->hide();
    m_cancelDrift->setObjectName(QStringLiteral("cancelDrift"));
    m_driftSummary->setText(tr("Pick two revisions of the same snapshot file below and show the drift."));
    m_driftSummary->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(timeline);
    splitter->addWidget(driftBox);
    // Room for a few rows of drift under the chart on a laptop screen; the splitter moves.
    splitter->setSizes({ 200, 240, 240 });
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(compareBox);

    m_progress->hide();
    m_cancelTimeline->hide();
    m_loadMore->setEnabled(false);
    m_compare->setEnabled(false);
    m_driftButton->setEnabled(false);
    connect(m_driftButton, &QPushButton::clicked, this, &HistoryView::showDrift);
    connect(m_cancelDrift, &QPushButton::clicked, this, [this] {
        // The worker stops between its steps; its answer is dropped. Drift stays off until it
        // has returned, so cancelled loads never pile up on the thread pool.
        ++m_driftTicket;
        if (m_driftCancel)
            m_driftCancel->store(true);
        finishDrift();
        m_driftSummary->setText(tr("Drift cancelled."));
    });
    m_status->setText(tr("Open a repository to see how the posture moved between releases."));

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Posture repository (working tree or bare)"));
        if (!path.isEmpty())
            openRepository(path);
    });
    connect(m_filter, &QLineEdit::editingFinished, this, [this] {
        if (m_history)
            openRepository(m_history->path());
    });
    connect(m_loadMore, &QPushButton::clicked, this, &HistoryView::loadMore);
    connect(m_cancelTimeline, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &HistoryView::showTimeline);
    connect(m_devPath, &QComboBox::currentIndexChanged, this, &HistoryView::updateButtons);
    connect(m_prodPath, &QComboBox::currentIndexChanged, this, &HistoryView::updateButtons);
    connect(m_devRevision, &QComboBox::currentIndexChanged, this, [this] { fillPaths(m_devRevision, m_devPath, QStringLiteral("dev"), m_devPathsTicket); });
    connect(m_prodRevision, &QComboBox::currentIndexChanged, this, [this] { fillPaths(m_prodRevision, m_prodPath, QStringLiteral("prod"), m_prodPathsTicket); });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        ComparisonRequest request;
        request.repository = m_history->path();
        request.devSpec = m_devRevision->currentData().toString() + QLatin1Char(':') + m_devPath->currentText();
        request.prodSpec = m_prodRevision->currentData().toString() + QLatin1Char(':') + m_prodPath->currentText();
        request.devName = QStringLiteral("dev@%1").arg(m_devRevision->currentText());
        request.prodName = QStringLiteral("prod@%1").arg(m_prodRevision->currentText());
        Q_EMIT compareRequested(request);
    });
    // The chart rebuilds with the revisions; a timer coalesces "load more" clicks.
    m_timelineDelay->setSingleShot(true);
    m_timelineDelay->setInterval(200);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_timelineDelay, qOverload<>(&QTimer::start));
    connect(m_timelineDelay, &QTimer::timeout, this, &HistoryView::startTimeline);
}

HistoryView::~HistoryView()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

bool HistoryView::openRepository(const QString& path)
{
    Result<PostureHistory> history = PostureHistory::open(path);
    if (!history) {
        showError(history.error());
        return false;
    }
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // answers still on their way belong to the previous repository
    m_listing = false;
    finishDrift();
    m_history.emplace(std::move(history).value());
    m_path->setText(QDir::toNativeSeparators(path));
    m_model->clear();
    m_timeline.clear();
    for (QComboBox* box : { m_devRevision, m_prodRevision, m_devPath, m_prodPath })
        box->clear();
    loadMore();
    return true;
}

void HistoryView::loadMore()
{
    if (!m_history || m_listing)
        return;
    RevisionQuery query;
    query.pathFilters = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    query.offset = m_model->rowCount();
    query.limit = pageSize;
    m_listing = true;
    m_loadMore->setEnabled(false);
    m_status->setText(tr("Reading revisions…"));
    // A repository handle is not thread-safe: the worker opens its own.
    const QString repository = m_history->path();
    runInBackground(
        this,
        [repository, query]() -> Result<RevisionPage> {
            Result<PostureHistory> history = PostureHistory::open(repository);
            if (!history)
                return history.error();
            return history->revisions(query);
        },
        [this, generation = m_generation](Result<RevisionPage> page) {
            if (generation == m_generation)
                showPage(std::move(page));
        });
}

void HistoryView::showPage(Result<RevisionPage> page)
{
    m_listing = false;
    if (!page) {
        m_loadMore->setEnabled(m_more); // a retry stays possible
        showError(page.error());
        return;
    }
    m_more = page->more;
    const int before = m_model->rowCount();
    m_model->append(page->revisions);
    for (const Revision& revision : page->revisions) {
        m_devRevision->addItem(RevisionListModel::label(revision), revision.id);
        m_prodRevision->addItem(RevisionListModel::label(revision), revision.id);
    }
    m_loadMore->setEnabled(m_more);
    updateButtons();
    m_status->setText(m_model->rowCount() == 0 ? tr("No revision touched a snapshot file%1.").arg(m_history->isShallow() ? tr(" (shallow clone: older history is missing)") : QString())
                                               : tr("%n revision(s)", nullptr, m_model->rowCount()) + (m_more ? tr(", more available") : QString()));
    if (before == 0)
        m_table->resizeColumnsToContents();
}

void HistoryView::fillPaths(QComboBox* revision, QComboBox* paths, const QString& preferSide, quint64& ticket)
{
    paths->clear();
    paths->setEnabled(true); // an earlier pick may still be reading; its answer will be dropped
    paths->setPlaceholderText(QString());
    const quint64 current = ++ticket; // a later pick overtakes this one
    updateButtons();
    if (!m_history || revision->currentIndex() < 0)
        return;
    paths->setEnabled(false);
    paths->setPlaceholderText(tr("Reading…"));
    ++m_pathReads;
    const QString repository = m_history->path();
    const QString revisionId = revision->currentData().toString();
    runInBackground(
        this,
        [repository, revisionId]() -> Result<QStringList> {
            Result<PostureHistory> history = PostureHistory::open(repository);
            if (!history)
                return history.error();
            return history->snapshotPaths(revisionId);
        },
        [this, paths, preferSide, current, &ticket, generation = m_generation](Result<QStringList> files) {
            --m_pathReads;
            if (generation != m_generation || current != ticket)
                return;
            paths->setEnabled(true);
            paths->setPlaceholderText(QString());
            if (!files) {
                showError(files.error());
                return;
            }
            paths->addItems(*files);
            for (int i = 0; i < paths->count(); ++i) {
                if (paths->itemText(i).contains(preferSide, Qt::CaseInsensitive)) {
                    paths->setCurrentIndex(i);
                    break;
                }
            }
            updateButtons();
        });
}

void HistoryView::updateButtons()
{
    const bool bothPicked = !m_devPath->currentText().isEmpty() && !m_prodPath->currentText().isEmpty();
    m_compare->setEnabled(bothPicked);
    // One file at one revision has no drift: say what to pick instead of showing none.
    const bool samePick = m_devRevision->currentData() == m_prodRevision->currentData() && m_devPath->currentText() == m_prodPath->currentText();
    m_driftButton->setEnabled(bothPicked && !samePick && !m_driftRunning && m_driftJobs == 0);
    m_driftButton->setToolTip(samePick && bothPicked ? tr("Both picks are the same file at the same revision: pick an earlier revision first, or another file")
                                                     : tr("The same side at two revisions: which checks got worse, appeared, got better or disappeared"));
}

void HistoryView::startTimeline()
{
    if (!m_history || m_model->rowCount() == 0)
        return;
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic_int>(0);
    m_progress->setRange(0, m_model->rowCount());
    m_progress->setValue(0);
    m_progress->show();
    m_cancelTimeline->show();
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, done = m_done] {
        m_progress->setValue(done->load());
        if (!m_watcher.isRunning())
            poll->deleteLater();
    });
    poll->start(100);
    const QString repository = m_history->path();
    const std::vector<Revision> revisions = m_model->revisions();
    const QStringList filters = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_timelinePending = true;
    m_watcher.setFuture(QtConcurrent::run([repository, revisions, filters, cancel = m_cancel, done = m_done] {
        return withoutRunningOutOfMemory([&] {
            return PostureTimeline::compute(repository, revisions, filters, [cancel, done](int step, int) {
                done->store(step);
                return !cancel->load();
            });
        });
    }));
}

void HistoryView::showTimeline()
{
    m_timelinePending = false;
    m_progress->hide();
    m_cancelTimeline->hide();
    Result<std::vector<TimelinePoint>> result = m_watcher.future().takeResult();
    if (!result) {
        if (!result.error().cancelled)
            showError(result.error());
        return;
    }
    m_timeline = std::move(result).value();
    Q_EMIT timelineChanged(m_history ? m_history->path() : QString());
    // Unreadable snapshots count as nothing in the chart: say which ones, not only in the CLI.
    QStringList problems;
    for (const TimelinePoint& point : m_timeline) {
        for (const Error& problem : point.problems)
            problems << problem.toString(); // names REV:PATH already
    }
    m_timelineProblems->setVisible(!problems.isEmpty());
    m_timelineProblems->setText(tr("⚠ %n snapshot file(s) could not be read and count as nothing: %1", nullptr, static_cast<int>(problems.size()))
                                    .arg(problems.value(0)));
    m_timelineProblems->setToolTip(problems.join(QLatin1Char('\n')));
    auto* series = new QStackedBarSeries;
    QStringList categories;
    std::array<QBarSet*, 4> sets {};
    for (int s = 3; s >= 0; --s) {
        sets[static_cast<std::size_t>(s)] = new QBarSet(ClassificationStyle::severityTitle(static_cast<Severity>(s)));
        sets[static_cast<std::size_t>(s)]->setColor(ClassificationStyle::severityColor(static_cast<Severity>(s)));
    }
    int tallest = 0; // the highest stacked bar
    // Oldest on the left, as time reads.
    for (auto point = m_timeline.rbegin(); point != m_timeline.rend(); ++point) {
        categories << (point->revision.tags.isEmpty() ? point->revision.shortId.left(7) : point->revision.tags.front());
        for (int s = 0; s < 4; ++s)
            *sets[static_cast<std::size_t>(s)] << point->failingBySeverity[static_cast<std::size_t>(s)];
        tallest = qMax(tallest, point->failing());
    }
    for (int s = 3; s >= 0; --s)
        series->append(sets[static_cast<std::size_t>(s)]);
    auto* chart = new QChart;
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->addSeries(series);
    auto* revisionsAxis = new QBarCategoryAxis;
    revisionsAxis->append(categories);
    revisionsAxis->setLabelsAngle(categories.size() > 12 ? -60 : 0);
    chart->addAxis(revisionsAxis, Qt::AlignBottom);
    series->attachAxis(revisionsAxis);
    auto* counts = new QValueAxis;
    // Qt's automatic range splits the tallest bar into uneven ticks (0/60/121/181/242).
    m_tallest = tallest;
    RoundAxis::applyCounts(counts, tallest, countIntervals());
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

int HistoryView::countIntervals() const
{
    // Qt Charts cuts a tick label to "…" when the ticks are closer than a label is tall: as
    // many steps as the chart's height holds at two lines of text each (the category labels
    // and margins take about four), five at most.
    const int line = fontMetrics().height();
    return std::clamp((m_chart->height() - 4 * line) / (2 * line), 1, 5);
}

bool HistoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chart && event->type() == QEvent::Resize && m_chart->chart() != nullptr) {
        const QList<QAbstractAxis*> axes = m_chart->chart()->axes(Qt::Vertical);
        if (auto* counts = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front()))
            RoundAxis::applyCounts(counts, m_tallest, countIntervals());
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::showDrift()
{
    if (!m_history || m_devPath->currentText().isEmpty() || m_prodPath->currentText().isEmpty())
        return;
    const QString repository = m_history->path();
    const QString beforeRevision = m_devRevision->currentData().toString();
    const QString beforePath = m_devPath->currentText();
    const QString afterRevision = m_prodRevision->currentData().toString();
    const QString afterPath = m_prodPath->currentText();
    const QString title = tr("%1 at %2 → %3 at %4").arg(beforePath, m_devRevision->currentText(), afterPath, m_prodRevision->currentText());
    m_driftSummary->setText(tr("Reading %1…").arg(title));
    m_driftRunning = true;
    m_driftProgress->show();
    m_cancelDrift->show();
    updateButtons();
    const quint64 ticket = ++m_driftTicket;
    m_driftCancel = std::make_shared<std::atomic_bool>(false);
    ++m_driftJobs;
    updateButtons();
    runInBackground(
        this,
        [repository, beforeRevision, beforePath, afterRevision, afterPath, cancel = m_driftCancel]() -> Result<Drift> {
            const Error cancelled { QString(), QString(), QString(), true };
            Result<PostureHistory> history = PostureHistory::open(repository);
            if (!history)
                return history.error();
            Result<Snapshot> before = history->loadSnapshot(beforeRevision, beforePath);
            if (!before)
                return before.error();
            if (cancel->load())
                return cancelled;
            Result<Snapshot> after = history->loadSnapshot(afterRevision, afterPath);
            if (!after)
                return after.error();
            if (cancel->load())
                return cancelled;
            return SnapshotDrift::between(*before, *after, RuleCatalogue::builtIn());
        },
        [this, ticket, title, sameFile = beforePath == afterPath, generation = m_generation](Result<Drift> drift) {
            --m_driftJobs;
            updateButtons();
            if (generation != m_generation || ticket != m_driftTicket)
                return;
            finishDrift();
            if (!drift) {
                m_drift->setDrift(Drift {}); // no rows of an earlier drift under this error
                m_driftSummary->setText(QStringLiteral("⚠ ") + drift.error().toString());
                return;
            }
            m_drift->setDrift(std::move(drift).value());
            const Drift& shown = m_drift->drift();
            QString summary = tr("%1: %2 worse, %3 appeared, %4 better, %5 disappeared.")
                                  .arg(title)
                                  .arg(shown.count(DriftKind::Worse))
                                  .arg(shown.count(DriftKind::Appeared))
                                  .arg(shown.count(DriftKind::Better))
                                  .arg(shown.count(DriftKind::Disappeared));
            if (sameFile)
                m_driftSummary->setText(summary);
            else
                m_driftSummary->setText(summary + QLatin1Char(' ') + tr("(Two different files: workloads of one appear as gone from the other.)"));
            m_driftTable->resizeColumnsToContents();
        });
}

void HistoryView::finishDrift()
{
    m_driftRunning = false;
    m_driftProgress->hide();
    m_cancelDrift->hide();
    updateButtons();
}

bool HistoryView::driftRunning() const
{
    return m_driftRunning;
}

bool HistoryView::listing() const
{
    return m_listing;
}

bool HistoryView::isBusy() const
{
    return m_listing || m_pathReads > 0 || m_driftJobs > 0 || m_timelineDelay->isActive() || m_timelinePending || m_watcher.isRunning();
}

bool HistoryView::timelineRunning() const
{
    return m_watcher.isRunning();
}

QString HistoryView::message() const
{
    return m_status->text();
}

QString HistoryView::timelineProblems() const
{
    return m_timelineProblems->toolTip();
}

void HistoryView::showError(const Error& error)
{
    m_status->setText(QStringLiteral("⚠ ") + error.toString());
}

} // namespace crossroads
