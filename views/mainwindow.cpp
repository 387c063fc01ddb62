// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "backgroundtask.h"
#include "collect/enginecollector.h"
#include "common/outofmemory.h"
#include "comparisonloader.h"
#include "dashboardview.h"
#include "dropzone.h"
#include "gapdetailview.h"
#include "gapmatrixfilter.h"
#include "gapmatrixview.h"
#include "helpmenu.h"
#include "historyview.h"
#include "guiresources.h"
#include "networkview.h"
#include "problemlistmodel.h"
#include "problemspanel.h"
#include "recentcomparisons.h"
#include "secrets/workspacekey.h"
#include "selectableicon.h"
#include "snapshot/snapshotfile.h"
#include "trainingview.h"
#include "waiverdialog.h"
#include "welcomepage.h"
#include "integrity/detachedsignature.h"
#include "integrity/signingkey.h"
#include "integrity/trustedkeys.h"
#include "policy/policyfile.h"
#include "reportexport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QProgressDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace crossroads {

namespace {

QString titleOf(const Comparison& comparison)
{
    return QStringLiteral("%1 ⇄ %2").arg(comparison.dev.name, comparison.prod.name);
}

QString verifiedStyle()
{
    return QStringLiteral("color: #1e8449;");
}

QString untrustedStyle()
{
    return QStringLiteral("color: #b9770e; font-weight: bold;");
}

QString invalidStyle()
{
    return QStringLiteral("color: #c0392b; font-weight: bold;");
}

/// The badge's verdict on one file; for a key nobody trusts, also how to trust it. Runs in the
/// background too (only reads files).
EvidenceCheck checkSignedFile(const QString& path, const TrustedKeys& trusted)
{
    EvidenceCheck check = DetachedSignature::checkEvidence(path, trusted);
    if (check.status == EvidenceStatus::UntrustedKey)
        check.message += MainWindow::tr("; if you know it is the signer's key, copy its public key (.pub) into %1").arg(QDir::toNativeSeparators(trusted.folder()));
    return check;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    // The icons must be registered before the first page is built, in these initialisers.
    , m_loader((ensureGuiResources(), new ComparisonLoader(this)))
    , m_policyLabel(new QLabel(this))
    , m_evidenceLabel(new QLabel(this))
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_dashboard(new DashboardView(this))
    , m_matrix(new GapMatrixView(this))
    , m_network(new NetworkView(this))
    , m_training(new TrainingView(this))
    , m_history(new HistoryView(this))
    , m_detail(new GapDetailView(this))
    , m_problemModel(new ProblemListModel(this))
    , m_problemsPanel(new ProblemsPanel(m_problemModel, this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Crossroads"));
    setWindowIcon(QIcon(QStringLiteral(":/crossroads/icons/crossroads.svg")));
    setAcceptDrops(true);

    struct PageEntry {
        QString icon, title;
        QWidget* widget;
    };
    const PageEntry entries[] = {
        { QStringLiteral("welcome"), tr("Start"), m_welcome },
        { QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard },
        { QStringLiteral("matrix"), tr("Gap matrix"), m_matrix },
        { QStringLiteral("network"), tr("Network"), m_network },
        { QStringLiteral("training"), tr("Training"), m_training },
        { QStringLiteral("history"), tr("History"), m_history },
    };
    m_pages->setIconSize(QSize(24, 24));
    for (const PageEntry& entry : entries) {
        auto* item = new QListWidgetItem(entry.title, m_pages);
        item->setData(Qt::UserRole, QStringLiteral(":/crossroads/icons/%1.svg").arg(entry.icon));
        item->setSizeHint(QSize(0, fontMetrics().height() * 3));
        entry.widget->setWindowTitle(entry.title); // names the page in Keyboard shortcuts
        m_stack->addWidget(entry.widget);
    }
    updatePageIcons();
    m_pages->setFixedWidth(fontMetrics().horizontalAdvance(tr("Gap matrix")) + 72);
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setFrameShape(QFrame::NoFrame);
    m_pages->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setToolTip(tr("Stop the running import (Esc)"));
    statusBar()->addWidget(m_stage, 1);
    statusBar()->addPermanentWidget(m_evidenceLabel);
    statusBar()->addPermanentWidget(m_policyLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setBusy(false);
    m_evidenceLabel->hide();
    m_policyLabel->setText(tr("No policy"));

    createDocks();
    createActions();

    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QListWidget::currentRowChanged, this, &MainWindow::fitDetailToPage);
    connect(m_loader, &ComparisonLoader::progressChanged, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        m_stage->setText(stage);
    });
    connect(m_loader, &ComparisonLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ComparisonLoader::failed, this, [this](const Error& error) { onFailed(error); });
    connect(m_loader, &ComparisonLoader::cancelled, this, &MainWindow::onCancelled);
    connect(m_cancel, &QPushButton::clicked, m_loader, &ComparisonLoader::cancel);

    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::compareRequested, this, &MainWindow::openComparison);
    connect(m_welcome, &WelcomePage::collectRequested, this, &MainWindow::collectEngine);
    connect(m_welcome, &WelcomePage::trainingRequested, this, [this] {
        m_training->showPicker();
        showPage(TrainingPage);
    });
    connect(m_dashboard, &DashboardView::gapActivated, this, &MainWindow::showGap);
    connect(m_dashboard, &DashboardView::classificationActivated, this, [this](Classification classification) {
        m_matrix->classificationFilter()->setCurrentIndex(m_matrix->classificationFilter()->findData(static_cast<int>(classification)));
        showPage(MatrixPage);
    });
    connect(m_matrix, &GapMatrixView::gapsSelected, this, [this](const QList<int>& gaps, const QString& title) {
        m_detail->showGaps(gaps, title);
        // A new comparison selects its worst cell while another page is in front: the detail
        // then waits for the matrix page.
        if (currentPage() == MatrixPage)
            m_detailDock->show();
        else
            m_detailHiddenForPage = true;
    });
    connect(m_matrix, &GapMatrixView::selectionCleared, m_detail, &GapDetailView::clearSelection);
    connect(m_detail, &GapDetailView::waiverRequested, this, &MainWindow::addWaiver);
    connect(m_training, &TrainingView::scenarioRequested, this, &MainWindow::startTraining);
    connect(m_training, &TrainingView::showInMatrix, this, &MainWindow::showGap);
    connect(m_history, &HistoryView::compareRequested, this, &MainWindow::openComparison);
    connect(m_history, &HistoryView::timelineChanged, this, [this](const QString& repository) { m_dashboard->setTrend(m_history->timeline(), repository); });

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_detailDock = new QDockWidget(tr("Gap detail"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_detailDock->hide();
    resizeDocks({ m_detailDock }, { fontMetrics().averageCharWidth() * 80 }, Qt::Horizontal);

    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* demo = file->addAction(QIcon(QStringLiteral(":/crossroads/icons/dashboard.svg")), tr("Open the &demo"), this, &MainWindow::openDemo);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* compare = file->addAction(QIcon(QStringLiteral(":/crossroads/icons/open.svg")), tr("&Compare environments…"), this,
        [this] { showPage(WelcomePageIndex); });
    compare->setShortcut(QKeySequence::Open);
    QMenu* collect = file->addMenu(QIcon(QStringLiteral(":/crossroads/icons/collect.svg")), tr("Co&llect local engine"));
    collect->addAction(tr("Podman"), this, [this] { collectEngine(QStringLiteral("podman")); });
    collect->addAction(tr("Docker"), this, [this] { collectEngine(QStringLiteral("docker")); });
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export report…"), this, &MainWindow::exportReport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Sign a file…"), this, [this] { signFile(); });
    file->addAction(tr("&Verify a signed file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Signed report or snapshot"));
        if (path.isEmpty())
            return;
        const EvidenceCheck check = verifyFile(path);
        const QString title = QFileInfo(path).fileName();
        switch (check.status) {
        case EvidenceStatus::Invalid:
            QMessageBox::critical(this, tr("Signature does not hold"), tr("%1: %2").arg(title, check.message));
            break;
        case EvidenceStatus::Unsigned:
            QMessageBox::warning(this, tr("Not signed"), tr("%1 has no signature (%2.sig).").arg(title, title));
            break;
        case EvidenceStatus::UntrustedKey:
            QMessageBox::warning(this, tr("Signed by an untrusted key"), tr("%1: %2").arg(title, check.message));
            break;
        case EvidenceStatus::Verified:
            QMessageBox::information(this, tr("Signature verified"), tr("%1: %2").arg(title, check.message));
            break;
        }
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* action = view->addAction(m_pages->item(page)->icon(), m_pages->item(page)->text(), this, [this, page] { showPage(static_cast<Page>(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
    }
    view->addSeparator();
    view->addAction(m_detailDock->toggleViewAction());
    m_detailDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(m_problemsDock->toggleViewAction());
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction* find = view->addAction(tr("&Find in matrix"), this, [this] {
        showPage(MatrixPage);
        m_matrix->searchField()->setFocus();
        m_matrix->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    createPolicyMenu();

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    QAction* next = training->addAction(tr("&Next step"), m_training, &TrainingView::next);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    QAction* previous = training->addAction(tr("&Previous step"), m_training, &TrainingView::previous);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));

    auto* help = new HelpMenu(this, m_problemModel);
    menuBar()->addMenu(help);
    help->addSeparator();
    help->addAction(tr("&About Crossroads"), this, [this] {
        QMessageBox::about(this, tr("About Crossroads"),
            tr("<h3>Crossroads %1</h3><p>Compares the security posture of a development container environment with a production one.</p>"
               "<p>Secret values never leave the import: credentials are kept only as keyed fingerprints.</p>")
                .arg(QApplication::applicationVersion()));
    });

    auto* cancel = new QAction(tr("Cancel the running import"), this); // the text names it in Keyboard shortcuts
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancel, &QAction::triggered, m_loader, &ComparisonLoader::cancel);
    addAction(cancel);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Roomy where there is room, never larger than a laptop's screen.
        const QSize available = screen() != nullptr ? screen()->availableGeometry().size() : QSize(1400, 900);
        resize(QSize(1400, 900).boundedTo(available * 0.95));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_loader->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    // Charts and the diagram paint with palette colours chosen when built: rebuild on a switch.
    if (event->type() == QEvent::PaletteChange) {
        updatePageIcons();
        if (m_comparison) {
            m_dashboard->setComparison(m_comparison);
            m_network->setComparison(m_comparison);
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updatePageIcons()
{
    for (int row = 0; row < m_pages->count(); ++row) {
        QListWidgetItem* item = m_pages->item(row);
        item->setIcon(selectableIcon(item->data(Qt::UserRole).toString(), m_pages->palette(), m_pages->iconSize()));
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::fitDetailToPage(int page)
{
    // The gap detail belongs to the matrix, the one page where a gap is selected (the dashboard
    // and training open gaps in the matrix or in their own detail); elsewhere it would show a
    // selection the page does not. It comes back with the matrix, if it was open.
    const bool showsGaps = page == MatrixPage;
    if (!showsGaps && m_detailDock->isVisible()) {
        m_detailDock->hide();
        m_detailHiddenForPage = true;
    } else if (showsGaps && m_detailHiddenForPage) {
        m_detailDock->show();
        m_detailHiddenForPage = false;
    }
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentRow(page);
    m_stack->currentWidget()->setFocus();
}

void MainWindow::openDemo()
{
    openComparison(ComparisonRequest::demo());
}

void MainWindow::openComparison(const ComparisonRequest& request)
{
    m_pendingScenario.reset();
    setBusy(true, tr("Starting…"));
    m_started = request;
    m_loader->start(request);
}

void MainWindow::startTraining(const TrainingScenario& scenario)
{
    // The user's own comparison is work to keep: ask before a scenario replaces it. Bundled
    // inputs (the demo, a scenario) reopen with one click, so replacing them loses nothing.
    const QStringList loaded = m_request.devPaths + m_request.prodPaths;
    const bool bundled = m_request.repository.isEmpty() && std::all_of(loaded.begin(), loaded.end(), [](const QString& path) { return path.startsWith(QLatin1String(":/")); });
    if (m_comparison && !bundled) {
        QMessageBox question(QMessageBox::Question, tr("Replace the comparison?"),
            tr("Starting the scenario “%1” replaces the comparison on screen, “%2”.").arg(scenario.title, titleOf(*m_comparison)), QMessageBox::Cancel, this);
        question.setInformativeText(tr("Nothing is deleted: the comparison can be opened again from the recent comparisons on the Start page."));
        const QPushButton* replace = question.addButton(tr("&Replace it and start"), QMessageBox::AcceptRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != replace)
            return;
    }
    openTraining(scenario);
}

void MainWindow::openTraining(const TrainingScenario& scenario)
{
    setBusy(true, tr("Opening scenario “%1”…").arg(scenario.title));
    m_started = scenario.request;
    m_loader->start(scenario.request);
    m_pendingScenario = scenario; // after start(): a cancelled earlier run must not consume it
}

void MainWindow::setBusy(bool busy, const QString& stage)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    m_stage->setText(stage);
}

void MainWindow::onLoaded(std::shared_ptr<const Comparison> comparison, const std::vector<Error>& problems, const ComparisonRequest& request,
    std::shared_ptr<const GapMatrixModel::Layout> matrix, std::shared_ptr<const DashboardSummary> dashboard)
{
    setBusy(false);
    m_comparison = std::move(comparison);
    m_detail->setComparison(m_comparison); // first: the matrix selects its worst cell in it
    m_dashboard->setComparison(m_comparison, std::move(dashboard));
    m_matrix->setComparison(m_comparison, std::move(matrix));
    m_network->setComparison(m_comparison);
    m_problemModel->clear();
    m_problemModel->addErrors(problems, request.devPaths, request.prodPaths);
    m_problemModel->addSkipped(Side::Dev, m_comparison->dev.skipped);
    m_problemModel->addSkipped(Side::Prod, m_comparison->prod.skipped);
    m_problemsPanel->updateSummary();
    if (!problems.empty())
        m_problemsDock->show();
    setWindowTitle(tr("%1 — Crossroads").arg(titleOf(*m_comparison)));
    m_request = request;
    const Policy& policy = m_comparison->policy;
    m_policyLabel->setText(policy.isEmpty() ? tr("No policy") : tr("Policy: %1").arg(policy.name));
    QStringList policyFiles;
    for (const InputFile& source : policy.sources)
        policyFiles << source.path;
    m_policyLabel->setToolTip(policy.isEmpty() ? tr("Every check of the catalogue counts; the Policy menu applies one.") : policyFiles.join(QLatin1Char('\n')));
    updateEvidence();
    RecentComparisons::remember(request, titleOf(*m_comparison));
    m_welcome->refreshRecent();
    m_welcome->showLoaded(titleOf(*m_comparison), request, QDateTime::currentDateTime());
    // The count every report leads with (Comparison::openFindings).
    const int findings = m_comparison->openFindings();
    statusBar()->showMessage(problems.empty() ? tr("Compared: %n open finding(s).", nullptr, findings)
                                              : tr("Compared: %n open finding(s); some inputs could not be read (see Problems).", nullptr, findings),
        8000);
    if (m_pendingScenario) {
        m_training->start(*m_pendingScenario, m_comparison);
        m_pendingScenario.reset();
        showPage(TrainingPage);
    } else {
        showPage(DashboardPage);
    }
}

void MainWindow::onFailed(const Error& error)
{
    // The previous comparison stays on screen: a failed import changes nothing.
    setBusy(false);
    m_pendingScenario.reset();
    m_problemModel->clear();
    m_problemModel->addErrors({ error }, m_started.devPaths, m_started.prodPaths);
    m_problemsPanel->updateSummary();
    m_problemsDock->show();
    statusBar()->showMessage(tr("Nothing was loaded: %1").arg(error.toString()), 15000);
}

void MainWindow::onCancelled()
{
    setBusy(false);
    m_pendingScenario.reset();
    statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 8000);
}

void MainWindow::createPolicyMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Policy"));
    menu->addAction(tr("&Open policy files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Policy files (applied in order)"), QString(), tr("Policy files (*.json)"));
        if (!files.isEmpty())
            applyPolicy(files);
    });
    for (const QString& name : PolicyFile::builtInNames()) {
        const QString title = name == QLatin1String("builtin:pss-restricted") ? tr("Bundled: Pod Security Standards restricted")
            : name == QLatin1String("builtin:cis-docker-5")                  ? tr("Bundled: CIS Docker Benchmark section 5")
                                                                            : name;
        menu->addAction(title, this, [this, name] { applyPolicy({ name }); });
    }
    menu->addSeparator();
    menu->addAction(tr("&No policy"), this, [this] { applyPolicy({}); });
}

void MainWindow::applyPolicy(const QStringList& files)
{
    if (!m_comparison) {
        statusBar()->showMessage(tr("Open a comparison first; the policy applies to it."), 8000);
        return;
    }
    ComparisonRequest request = m_request;
    request.policyFiles = files;
    openComparison(request);
}

void MainWindow::addWaiver(int gapIndex)
{
    if (!m_comparison || gapIndex < 0 || gapIndex >= static_cast<int>(m_comparison->gaps.size()))
        return;
    // Bundled policies are read-only; the user's own files are where a waiver can go.
    QStringList writable;
    for (const QString& file : m_request.policyFiles) {
        if (!file.startsWith(QLatin1String("builtin:")) && QFileInfo(file).isWritable())
            writable << file;
    }
    WaiverDialog dialog(m_comparison->gaps[static_cast<std::size_t>(gapIndex)], m_comparison->policy, writable, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Waiver waiver = dialog.waiver();
    const QString file = dialog.policyFile();
    if (const Status written = WaiverDialog::write(file, waiver); !written.ok()) {
        QMessageBox::warning(this, tr("Waiver not written"), written.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Waiver %1 written to %2; comparing again under the policy.").arg(waiver.id, QDir::toNativeSeparators(file)), 10000);
    ComparisonRequest request = m_request;
    if (!request.policyFiles.contains(file))
        request.policyFiles << file;
    openComparison(request);
}

bool MainWindow::exportTo(const QString& path, ReportExport::Format fallback)
{
    if (!m_comparison)
        return false;
    // The name's suffix decides; a name without a known one gets the format chosen in the dialog.
    const ReportExport::Format format = ReportExport::formatOfPath(path).value_or(fallback);
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic_int>(0);
    ReportControl control;
    control.cancel = cancel.get();
    control.progress = [done](int step, int total) { done->store(total > 0 ? step * 100 / total : 0); };
    const auto comparison = m_comparison;
    QFuture<Status> future = QtConcurrent::run([comparison, format, path, control] {
        return withoutRunningOutOfMemory([&] { return ReportExport::write(*comparison, format, path, control); });
    });
    while (!future.isFinished()) {
        progress.setValue(done->load());
        if (progress.wasCanceled())
            cancel->store(true);
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    progress.setValue(100);
    const Status written = future.takeResult();
    if (!written) {
        statusBar()->showMessage(cancel->load() ? tr("Export cancelled; no file written.") : tr("Export failed: %1").arg(written.error().toString()), 15000);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::exportReport()
{
    if (!m_comparison) {
        statusBar()->showMessage(tr("Open a comparison first."), 8000);
        return;
    }
    // The suggested name and the selected filter agree (both HTML) when the dialog opens.
    QString filter = ReportExport::filterOf(ReportExport::Format::Html);
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("crossroads-report.html"), ReportExport::filters(), &filter);
    if (path.isEmpty())
        return;
    const ReportExport::Format chosen = ReportExport::formatOfFilter(filter);
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportExport::suffix(chosen);
    if (!exportTo(path, chosen))
        return;
    if (QMessageBox::question(this, tr("Sign the report?"),
            tr("Sign %1 with your Ed25519 key, so an auditor can verify it was not changed?").arg(QFileInfo(path).fileName()))
        == QMessageBox::Yes)
        signFile(path);
}

void MainWindow::signFile(const QString& suggested)
{
    const QString path = suggested.isEmpty() ? QFileDialog::getOpenFileName(this, tr("File to sign")) : suggested;
    if (path.isEmpty())
        return;
    const QString keyPath = QFileDialog::getOpenFileName(this, tr("Private key (crossroads-cli keygen)"), QString(), tr("Keys (*.pem *.key);;All files (*)"));
    if (keyPath.isEmpty())
        return;
    Result<SigningKey> key = SigningKey::loadPrivate(keyPath);
    if (!key) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Key passphrase"), tr("Passphrase for %1:").arg(QFileInfo(keyPath).fileName()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        key = SigningKey::loadPrivate(keyPath, passphrase.toUtf8());
    }
    if (!key) {
        QMessageBox::warning(this, tr("Not signed"), key.error().toString());
        return;
    }
    Result<DetachedSignature> signature = DetachedSignature::sign(path, *key, qEnvironmentVariable("USER"));
    const QString signaturePath = DetachedSignature::defaultPath(path);
    if (const Status saved = signature ? signature->save(signaturePath) : Status(signature.error()); !saved.ok()) {
        QMessageBox::warning(this, tr("Not signed"), saved.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Signed: %1").arg(QDir::toNativeSeparators(signaturePath)), 10000);
}

EvidenceCheck MainWindow::verifyFile(const QString& path)
{
    ++m_evidenceTicket; // this answer replaces a badge still being worked out
    const EvidenceCheck check = checkSignedFile(path, TrustedKeys::loadDefault());
    const QString name = QFileInfo(path).fileName();
    m_evidenceLabel->setVisible(true);
    switch (check.status) {
    case EvidenceStatus::Invalid:
        m_evidenceLabel->setText(tr("✖ %1: signature does not hold").arg(name));
        m_evidenceLabel->setStyleSheet(invalidStyle());
        break;
    case EvidenceStatus::Unsigned:
        m_evidenceLabel->setText(tr("%1: unsigned").arg(name));
        m_evidenceLabel->setStyleSheet(QString());
        break;
    case EvidenceStatus::UntrustedKey:
        m_evidenceLabel->setText(tr("⚠ %1: signed by an untrusted key").arg(name));
        m_evidenceLabel->setStyleSheet(untrustedStyle());
        break;
    case EvidenceStatus::Verified:
        m_evidenceLabel->setText(tr("✔ %1: verified").arg(name));
        m_evidenceLabel->setStyleSheet(verifiedStyle());
        break;
    }
    m_evidenceLabel->setToolTip(check.message);
    return check;
}

void MainWindow::updateEvidence()
{
    // A badge for signed inputs: verified (by a trusted key), signed by an untrusted key, or
    // refused. Checking hashes every signed input again, which for large inputs takes a while:
    // it runs in the background.
    QStringList signedInputs;
    for (const Snapshot* snapshot : { &m_comparison->dev, &m_comparison->prod }) {
        for (const InputFile& input : snapshot->inputs) {
            if (!input.path.startsWith(QLatin1Char(':')) && QFileInfo::exists(DetachedSignature::defaultPath(input.path)))
                signedInputs << input.path;
        }
    }
    const quint64 ticket = ++m_evidenceTicket;
    m_evidenceLabel->setVisible(!signedInputs.isEmpty());
    if (signedInputs.isEmpty())
        return;
    m_evidenceLabel->setText(tr("Checking %n signature(s)…", nullptr, static_cast<int>(signedInputs.size())));
    m_evidenceLabel->setStyleSheet(QString());
    m_evidenceLabel->setToolTip(QString());
    runInBackground(
        this,
        [signedInputs] {
            const TrustedKeys trusted = TrustedKeys::loadDefault();
            std::vector<EvidenceCheck> checks;
            for (const QString& path : signedInputs)
                checks.push_back(checkSignedFile(path, trusted));
            return checks;
        },
        [this, ticket, signedInputs](std::vector<EvidenceCheck> checks) {
            if (ticket != m_evidenceTicket)
                return; // another comparison is on screen by now
            int verified = 0, untrusted = 0, invalid = 0;
            QStringList details;
            for (std::size_t i = 0; i < checks.size(); ++i) {
                switch (checks[i].status) {
                case EvidenceStatus::Invalid:
                    ++invalid;
                    break;
                case EvidenceStatus::UntrustedKey:
                    ++untrusted;
                    break;
                case EvidenceStatus::Verified:
                    ++verified;
                    break;
                case EvidenceStatus::Unsigned:
                    break;
                }
                details << QStringLiteral("%1: %2").arg(QFileInfo(signedInputs[static_cast<qsizetype>(i)]).fileName(), checks[i].message);
            }
            m_evidenceLabel->setVisible(verified + untrusted + invalid > 0);
            // The worst one speaks for all: one refused signature outweighs any number of good ones.
            if (invalid > 0) {
                m_evidenceLabel->setText(tr("✖ %n signature(s) do not hold", nullptr, invalid));
                m_evidenceLabel->setStyleSheet(invalidStyle());
            } else if (untrusted > 0) {
                m_evidenceLabel->setText(tr("⚠ %n input(s) signed by an untrusted key", nullptr, untrusted));
                m_evidenceLabel->setStyleSheet(untrustedStyle());
            } else {
                m_evidenceLabel->setText(tr("✔ %n signed input(s) verified", nullptr, verified));
                m_evidenceLabel->setStyleSheet(verifiedStyle());
            }
            m_evidenceLabel->setToolTip(details.join(QLatin1Char('\n')));
        });
}

void MainWindow::showGap(int gapIndex)
{
    showPage(MatrixPage);
    m_matrix->showGap(gapIndex);
    m_detail->showGap(gapIndex);
    m_detailDock->show();
}

void MainWindow::collectEngine(const QString& engine)
{
    const auto kind = EngineCollector::engineFromName(engine);
    if (!kind)
        return;
    setBusy(true, tr("Collecting the local %1 engine…").arg(engine));
    m_progress->setRange(0, 0); // the engine's CLI gives no progress: a busy indicator
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/collected");
    const QString path = folder + QStringLiteral("/%1-%2.crossroads.json").arg(engine, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        const Status status = watcher->result();
        watcher->deleteLater();
        m_progress->setRange(0, 100);
        setBusy(false);
        if (!status.ok()) {
            onFailed(status.error());
            return;
        }
        m_welcome->devZone()->addPaths({ path });
        showPage(WelcomePageIndex);
        statusBar()->showMessage(tr("Collected the local engine into %1 (sanitized). Add the production side and compare.").arg(QDir::toNativeSeparators(path)), 15000);
    });
    watcher->setFuture(QtConcurrent::run([kind, folder, path]() -> Status {
        return withoutRunningOutOfMemory([&]() -> Status {
            Result<WorkspaceKey> key = WorkspaceKey::loadOrCreateDefault();
            if (!key)
                return key.error();
            ImportOptions options;
            options.side = Side::Dev;
            options.key = &*key;
            Result<ImportReport> report = EngineCollector(*kind).collect(options);
            if (!report)
                return report.error();
            QDir().mkpath(folder);
            return SnapshotFile::save(report->snapshot, path);
        });
    }));
}

Side MainWindow::sideAt(const QPoint& position) const
{
    return position.x() < width() / 2 ? Side::Dev : Side::Prod;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!DropZone::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = DropZone::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    DropZone* zone = sideAt(event->position().toPoint()) == Side::Dev ? m_welcome->devZone() : m_welcome->prodZone();
    zone->addPaths(paths);
    showPage(WelcomePageIndex);
    statusBar()->showMessage(zone == m_welcome->devZone() ? tr("Added to the development side.") : tr("Added to the production side."), 5000);
}

bool MainWindow::saveScreenshots(const QString& folder)
{
    QDir().mkpath(folder);
    const struct {
        Page page;
        const char* name;
    } shots[] = { { WelcomePageIndex, "welcome" }, { DashboardPage, "dashboard" }, { MatrixPage, "matrix" }, { NetworkPage, "network" },
        { TrainingPage, "training" } };
    bool ok = true;
    for (const auto& shot : shots) {
        showPage(shot.page);
        m_detailDock->setVisible(shot.page == MatrixPage && m_comparison);
        QApplication::processEvents();
        ok = grab().save(folder + QStringLiteral("/%1.png").arg(QLatin1String(shot.name))) && ok;
    }
    return ok;
}

} // namespace crossroads
