// SPDX-License-Identifier: Apache-2.0
// The desktop application on the offscreen platform, driven as a user would: open the demo,
// filter the matrix, select a cell and read the detail, cancel a slow import, drop a file,
// switch to training mode.
#include "testpaths.h"
#include "testsupport.h"

#include "comparisonloader.h"
#include "dashboardview.h"
#include "gaplistmodel.h"
#include "dropzone.h"
#include "gapdetailview.h"
#include "gapmatrixfilter.h"
#include "gapmatrixmodel.h"
#include "gapmatrixview.h"
#include "helpmenu.h"
#include "historyview.h"
#include "reportproblemdialog.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"
#include "revisionlistmodel.h"
#include "driftlistmodel.h"
#include "importers/environmentimporter.h"
#include "snapshot/snapshotfile.h"
#include "mainwindow.h"
#include "networkview.h"
#include "problemlistmodel.h"
#include "recentcomparisons.h"
#include "trainingview.h"
#include "waiverdialog.h"
#include "welcomepage.h"
#include "integrity/detachedsignature.h"
#include "integrity/signingkey.h"
#include "integrity/trustedkeys.h"
#include "policy/waiver.h"
#include "snapshot/factkey.h"
#include "rules/rulecatalogue.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QClipboard>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QValueAxis>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QTimer>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>
#include <QScopeGuard>
#include <QSet>

#include <cmath>

using namespace crossroads;

class TestGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    /// Waits for the running comparison to end, and says whether it produced one.
    static bool waitForComparison(MainWindow& window)
    {
        if (!QTest::qWaitFor([&window] { return !window.loader()->isRunning(); }, 60000))
            return false;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return window.comparison() != nullptr;
    }

    /// git with a test identity, in folder; true when it succeeded.
    static bool git(const QString& folder, const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(folder);
        process.start(QStringLiteral("git"), QStringList { QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                                 QStringLiteral("user.email=test@example.org") } + arguments);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

    /// A kubectl pod List large enough that reading it takes a while.
    static QString writeLargeList(const QString& folder)
    {
        const QString path = folder + QStringLiteral("/pods.json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n");
        for (int i = 0; i < 60000; ++i) {
            file.write(QStringLiteral("    {\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"pod-%1\", \"namespace\": \"load\"}, "
                                      "\"spec\": {\"containers\": [{\"name\": \"app\", \"image\": \"registry.example/app:1.%1\", "
                                      "\"securityContext\": {\"runAsNonRoot\": true, \"allowPrivilegeEscalation\": false}}]}}%2\n")
                           .arg(i)
                           .arg(i + 1 < 60000 ? QStringLiteral(",") : QString())
                           .toUtf8());
        }
        file.write("  ]\n}\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings, recent files and the workspace key go to a throw-away home.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("CrossroadsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("CrossroadsTest"));
    }

    void startsOnTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.currentPage(), MainWindow::WelcomePageIndex);
        QVERIFY(window.welcomePage()->demoButton()->isVisible());
        QVERIFY(!window.welcomePage()->compareButton()->isEnabled()); // needs both sides first
        // Tab goes from "Open the demo" to the other quick actions before the sides' buttons.
        const auto* next = qobject_cast<QPushButton*>(window.welcomePage()->demoButton()->nextInFocusChain());
        QVERIFY(next != nullptr);
        QCOMPARE(next->text(), WelcomePage::tr("Co&llect local engine"));
    }

    /// The Dashboard's findings are ranked by severity first: the demo's critical fidelity gap
    /// (SYS_PTRACE added in development, CIS Docker 5.4) is listed with the critical
    /// regressions, above every high. At 1366×768 nothing hides behind a horizontal scroll.
    static void dashboardLeadsWithTheCriticalsOfEveryKind(MainWindow& window)
    {
        QAbstractItemModel* model = window.dashboard()->worstGaps()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Comparison& comparison = *window.comparison();
        QCOMPARE(model->rowCount(), comparison.failingAtOrAbove(Severity::High));
        bool criticalFidelity = false, seenHigh = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Gap& gap = comparison.gaps[static_cast<std::size_t>(model->index(row, 0).data(GapListModel::GapIndexRole).toInt())];
            QVERIFY(gap.severity >= Severity::High);
            seenHigh = seenHigh || gap.severity == Severity::High;
            QVERIFY2(!seenHigh || gap.severity == Severity::High, qPrintable(gap.checkId)); // no critical below a high
            criticalFidelity = criticalFidelity || (gap.severity == Severity::Critical && gap.classification == Classification::Fidelity && gap.checkId == QLatin1String("CR-RT-003"));
        }
        QVERIFY(criticalFidelity);
        // Production adds NET_ADMIN to the web container: runtime is weaker in production.
        QVERIFY2(window.dashboard()->domainVerdictText(Domain::Runtime).contains(QStringLiteral("Runtime: production weaker than tested: 1 critical")),
            qPrintable(window.dashboard()->domainVerdictText(Domain::Runtime)));
        QVERIFY(!window.dashboard()->acceptedRisks()->isVisible()); // no policy: the "no risk accepted" text instead
        window.resize(1366, 768);
        QApplication::processEvents();
        QCOMPARE(window.dashboard()->worstGaps()->horizontalScrollBar()->maximum(), 0);
    }

    void demoOpensTheDashboardAndMatrix()
    {
        MainWindow window;
        window.show();
        QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(waitForComparison(window));
        QCOMPARE(window.currentPage(), MainWindow::DashboardPage);
        QVERIFY(window.comparison() != nullptr);
        QVERIFY(window.dashboard()->worstGaps()->model()->rowCount() > 0);
        QVERIFY(window.windowTitle().contains(window.comparison()->dev.name));
        dashboardLeadsWithTheCriticalsOfEveryKind(window);
        QAbstractItemModelTester tester(window.matrix()->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.matrix()->model()->workloadRowCount(),
            static_cast<int>(1 + window.comparison()->matching.pairs.size() + window.comparison()->matching.unpairedDev.size()
                + window.comparison()->matching.unpairedProd.size()));
    }

    /// A production snapshot made under another workspace key: reused credentials cannot be found
    /// (CR-SEC-005), and the Dashboard says so where the comparison's scope is, as the CLI does.
    void snapshotUnderAnotherKeyIsSaidOnTheDashboard()
    {
        MainWindow window;
        window.show();
        ComparisonRequest request;
        request.devPaths = QStringList { QStringLiteral(":/crossroads/demo/dev") };
        request.prodPaths = QStringList { QStringLiteral(CROSSROADS_SOURCE_DIR "/tests/data/snapshot-v1/demo-prod.crossroads.json") };
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        // This test's home holds a key made for it, never the one the snapshot names.
        QVERIFY(window.comparison()->dev.keyId != window.comparison()->prod.keyId);
        const QString scope = window.dashboard()->scope()->text();
        QVERIFY2(scope.contains(QStringLiteral("CR-SEC-005")) && scope.contains(QString::fromLatin1(window.comparison()->prod.keyId)), qPrintable(scope));

        // The demo alone, under one key, says nothing of the kind.
        window.showPage(MainWindow::WelcomePageIndex);
        QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(waitForComparison(window));
        QVERIFY(!window.dashboard()->scope()->text().contains(QStringLiteral("CR-SEC-005")));
    }

    /// A side with nothing to judge has no score: its bars say so, as every report's "–" does,
    /// rather than a "0" that reads as failing everything. The judged side's bars carry its scores.
    void scoreChartSaysWhatWasNotJudged()
    {
        MainWindow window;
        window.show();
        ComparisonRequest request;
        request.devPaths = QStringList { QStringLiteral(":/crossroads/demo/dev") };
        request.prodPaths = QStringList { QStringLiteral(":/crossroads/demo/prod/nodes.json") }; // nodes, no workload
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        const Comparison& comparison = *window.comparison();
        QCOMPARE(comparison.prodScores.overall, -1);
        QVERIFY(comparison.devScores.overall >= 0);
        QStringList labels;
        for (const QGraphicsItem* item : window.dashboard()->chart()->chart()->childItems()) {
            if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
                labels << text->text();
        }
        QCOMPARE(labels.count(QStringLiteral("not judged")), domainCount + 1);
        QVERIFY2(labels.contains(QString::number(comparison.devScores.overall)), qPrintable(labels.join(QLatin1Char(','))));
        for (int d = 0; d < domainCount; ++d) {
            const int score = comparison.devScores.score[static_cast<std::size_t>(d)];
            QVERIFY2(score >= 0 && labels.contains(QString::number(score)), qPrintable(labels.join(QLatin1Char(','))));
        }
        QVERIFY(!labels.contains(QStringLiteral("0")));
    }

    void filteringAndSelectingACellShowsBothValues()
    {
        MainWindow window;
        window.show();
        window.openDemo();
        QVERIFY(waitForComparison(window));
        window.showPage(MainWindow::MatrixPage);
        GapMatrixView* matrix = window.matrix();
        QTableView* table = matrix->table();

        // Type into the search field as a user would.
        const int allRows = table->model()->rowCount();
        const int namesWidth = table->verticalHeader()->width();
        matrix->searchField()->setFocus();
        QTest::keyClicks(matrix->searchField(), QStringLiteral("shop-web"));
        QCOMPARE(matrix->filter()->shownWorkloadRows(), 1);
        QCOMPARE(table->model()->rowCount(), 2); // under the heading of its namespace
        QCOMPARE(table->verticalHeader()->width(), namesWidth); // the names column does not jump
        matrix->domainFilter()->setCurrentIndex(matrix->domainFilter()->findData(static_cast<int>(Domain::Runtime)));
        const int runtimeColumns = table->model()->columnCount();
        QVERIFY(runtimeColumns > 1 && runtimeColumns < window.matrix()->model()->columnCount());

        // Find the root-user regression cell and select it with the keyboard-equivalent API.
        int column = -1;
        for (int c = 1; c < table->model()->columnCount(); ++c) {
            if (table->model()->headerData(c, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString() == QLatin1String("CR-RT-006"))
                column = c;
        }
        QVERIFY(column > 0);
        const QModelIndex cell = table->model()->index(1, column);
        QCOMPARE(cell.data(GapMatrixModel::ClassificationRole).toInt(), static_cast<int>(Classification::Regression));
        table->setFocus();
        table->setCurrentIndex(cell);
        const int gap = window.detail()->currentGap();
        QVERIFY(gap >= 0);
        const Gap& shown = window.comparison()->gaps[static_cast<std::size_t>(gap)];
        QCOMPARE(shown.checkId, QStringLiteral("CR-RT-006"));
        QCOMPARE(window.detail()->devValueText(), shown.devValue);
        QCOMPARE(window.detail()->prodValueText(), shown.prodValue);
        QVERIFY(window.detail()->isVisible());
        // The detail steps aside on pages without gaps and is back on return.
        window.showPage(MainWindow::HistoryPage);
        QVERIFY(!window.detail()->isVisible());
        window.showPage(MainWindow::MatrixPage);
        QVERIFY(window.detail()->isVisible());
        table->setFocus();

        // Arrow keys move between cells and the detail follows.
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), column + 1);
        // Tab leaves the matrix instead of walking its cells.
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());

        // A filter that hides the selected cell empties the detail instead of showing it still.
        QVERIFY(window.detail()->currentGap() >= 0);
        matrix->searchField()->setFocus();
        QTest::keyClicks(matrix->searchField(), QStringLiteral("-no-such-workload"));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(window.detail()->currentGap(), -1);

        // Esc in the search field clears it (and does not reach the window's cancel).
        QSignalSpy cancelled(window.loader(), &ComparisonLoader::cancelled);
        QTest::keyClick(matrix->searchField(), Qt::Key_Escape);
        QVERIFY(matrix->searchField()->text().isEmpty());
        QCOMPARE(cancelled.count(), 0);
        matrix->domainFilter()->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), allRows);
    }

    /// The matrix opens on its most severe finding, the detail shows it on the matrix page only,
    /// headings are passed over by the cursor, and the column labels and pairing filter work.
    void matrixOpensOnTheWorstFindingWithItsDetail()
    {
        MainWindow window;
        window.resize(1366, 740);
        window.show();
        window.openDemo();
        QVERIFY(waitForComparison(window));
        QCOMPARE(window.currentPage(), MainWindow::DashboardPage);
        QVERIFY(!window.detail()->isVisible()); // no gap is selected on the dashboard
        window.showPage(MainWindow::MatrixPage);
        QApplication::processEvents();
        QVERIFY(window.detail()->isVisible());
        QTableView* table = window.matrix()->table();
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        // Production adds NET_ADMIN to the web container (the demo's README): a critical.
        QCOMPARE(current.data(GapMatrixModel::SeverityRole).toInt(), static_cast<int>(Severity::Critical));
        const int gap = window.detail()->currentGap();
        QVERIFY(gap >= 0);
        QCOMPARE(window.comparison()->gaps[static_cast<std::size_t>(gap)].severity, Severity::Critical);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(current))); // in sight, not scrolled away
        QCOMPARE(table->horizontalScrollBar()->value(), 0); // the first checks too
        for (MainWindow::Page page : { MainWindow::DashboardPage, MainWindow::NetworkPage, MainWindow::TrainingPage, MainWindow::WelcomePageIndex }) {
            window.showPage(page);
            QVERIFY2(!window.detail()->isVisible(), qPrintable(QString::number(page)));
        }
        window.showPage(MainWindow::MatrixPage);
        QVERIFY(window.detail()->isVisible());

        // Down from the engines skips the namespace heading.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 2);
        QVERIFY(table->model()->index(1, 0).data(GapMatrixModel::RowKindRole).toInt() == static_cast<int>(GapMatrixModel::RowKind::NamespaceHeading));

        // Ids on demand, remembered.
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString() == table->model()->headerData(1, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString(),
            window.matrix()->idsToggle()->isChecked());
        const bool ids = window.matrix()->idsToggle()->isChecked();
        window.matrix()->idsToggle()->click();
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString() == table->model()->headerData(1, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString(), !ids);
        window.matrix()->idsToggle()->click();

        // Only the workloads without a counterpart: the demo's metrics-exporter.
        QComboBox* pairing = window.matrix()->pairingFilter();
        pairing->setCurrentIndex(pairing->findData(static_cast<int>(GapMatrixFilter::Pairing::UnpairedOnly)));
        QCOMPARE(window.matrix()->filter()->shownWorkloadRows(),
            static_cast<int>(window.comparison()->matching.unpairedDev.size() + window.comparison()->matching.unpairedProd.size()));
        pairing->setCurrentIndex(0);
    }

    /// A dev workload with no counterpart is judged on its own in the matrix and the detail, and a
    /// production default reads as a default (the trust issue's reviewer saw dashes and "both
    /// sides agree").
    void unpairedWorkloadsAndDefaultsShowAsSuch()
    {
        const QString scenario = QStringLiteral(CROSSROADS_SOURCE_DIR "/tests/scenarios/podman-vs-boutique");
        const QString manifests = test::corpusDir() + QStringLiteral("/GoogleCloudPlatform__microservices-demo/release__kubernetes-manifests.yaml");
        if (!QFileInfo::exists(manifests))
            QSKIP("the corpus is not here; set CROSSROADS_CORPUS_DIR");
        MainWindow window;
        window.show();
        ComparisonRequest request;
        request.devPaths = { scenario + QStringLiteral("/dev") };
        request.prodPaths = { manifests };
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        window.showPage(MainWindow::MatrixPage);
        QTableView* table = window.matrix()->table();
        auto cellOf = [table](const QString& rowStart, const QString& check) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (!table->model()->index(r, 0).data().toString().startsWith(rowStart))
                    continue;
                for (int c = 1; c < table->model()->columnCount(); ++c) {
                    if (table->model()->headerData(c, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString() == check)
                        return table->model()->index(r, c);
                }
            }
            return QModelIndex();
        };
        const QModelIndex socket = cellOf(QStringLiteral("hostroot"), QStringLiteral("CR-NS-007"));
        QVERIFY(socket.isValid());
        QCOMPARE(socket.data(GapMatrixModel::ClassificationRole).toInt(), static_cast<int>(Classification::DevOnly));
        table->setCurrentIndex(socket);
        QVERIFY(window.detail()->currentGap() >= 0);
        QCOMPARE(window.detail()->devValueText(), QStringLiteral("/"));
        QCOMPARE(window.detail()->workloadText(Side::Prod), GapDetailView::tr("No counterpart on this side"));

        const QModelIndex seccomp = cellOf(QStringLiteral("default/redis-cart"), QStringLiteral("CR-RT-008"));
        QVERIFY(seccomp.isValid());
        QCOMPARE(seccomp.data(GapMatrixModel::ClassificationRole).toInt(), static_cast<int>(Classification::ProdOnly));
        table->setCurrentIndex(seccomp);
        QVERIFY(window.detail()->prodValueText().endsWith(QStringLiteral("(default)")));
        QVERIFY2(window.detail()->defaultNoteText(Side::Prod).startsWith(QStringLiteral("securityContext.seccompProfile is not set")),
            qPrintable(window.detail()->defaultNoteText(Side::Prod)));
        QVERIFY(window.detail()->defaultNoteText(Side::Dev).isEmpty());
    }

    void cancellingASlowImportKeepsTheCurrentComparison()
    {
        QTemporaryDir folder;
        const QString large = writeLargeList(folder.path());
        QVERIFY(!large.isEmpty());
        MainWindow window;
        window.show();
        window.openDemo();
        QVERIFY(waitForComparison(window));
        const auto before = window.comparison();

        QSignalSpy cancelled(window.loader(), &ComparisonLoader::cancelled);
        QSignalSpy progress(window.loader(), &ComparisonLoader::progressChanged);
        ComparisonRequest request;
        request.devPaths = QStringList { QStringLiteral(":/crossroads/demo/dev") };
        request.prodPaths = QStringList { large };
        window.openComparison(request);
        QVERIFY(window.cancelButton()->isVisible());
        QVERIFY(progress.wait(30000));
        QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(window.comparison(), before); // nothing half-changed
        QVERIFY(!window.cancelButton()->isVisible());
    }

    void badInputIsListedInProblemsAndChangesNothing()
    {
        QTemporaryDir folder;
        const QString bad = folder.filePath(QStringLiteral("broken.yaml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: Pod\nmetadata: [unclosed\n");
        file.close();
        MainWindow window;
        window.show();
        QSignalSpy failed(window.loader(), &ComparisonLoader::failed);
        ComparisonRequest request;
        request.devPaths = QStringList { QStringLiteral(":/crossroads/demo/dev") };
        request.prodPaths = QStringList { bad };
        window.openComparison(request);
        QVERIFY(failed.wait(30000));
        QVERIFY(window.comparison() == nullptr);
        QCOMPARE(window.problems()->rowCount(), 1);
        QCOMPARE(window.problems()->index(0, ProblemListModel::FileColumn).data().toString(), QStringLiteral("broken.yaml"));
        QVERIFY(window.problems()->index(0, ProblemListModel::LocationColumn).data().toString().contains(QStringLiteral("line")));
    }

    void droppingFilesFillsTheSideUnderTheCursor()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        const QString devFile = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev/podman-inspect.json");
        const QString prodFile = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod/shop.yaml");
        auto drop = [&window](const QString& path, QPoint at) {
            QMimeData mime;
            mime.setUrls({ QUrl::fromLocalFile(path) });
            QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &event);
        };
        drop(devFile, QPoint(100, 400));
        drop(prodFile, QPoint(1100, 400));
        QCOMPARE(window.welcomePage()->devZone()->paths(), QStringList { devFile });
        QCOMPARE(window.welcomePage()->prodZone()->paths(), QStringList { prodFile });
        QVERIFY(window.welcomePage()->compareButton()->isEnabled());
        QTest::mouseClick(window.welcomePage()->compareButton(), Qt::LeftButton);
        QVERIFY(waitForComparison(window));
        QVERIFY(!window.comparison()->gaps.empty());
        // Remembered for next time, newest first, and offered on the welcome page.
        const QList<RecentComparisons::Entry> recent = RecentComparisons::load();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.front().devPaths, QStringList { devFile });
        QCOMPARE(recent.front().prodPaths, QStringList { prodFile });
    }

    void trainingModeStepsThroughAScenario()
    {
        MainWindow window;
        window.show();
        TrainingView* training = window.training();
        QVERIFY(training->scenarios().size() >= 3);
        window.showPage(MainWindow::TrainingPage);
        training->picker()->setCurrentRow(0);
        QTest::keyClick(training->picker(), Qt::Key_Return);
        QVERIFY(waitForComparison(window));
        QCOMPARE(window.currentPage(), MainWindow::TrainingPage);
        QCOMPARE(training->currentStep(), 0);
        const TrainingScenario& scenario = training->scenarios().front();
        QCOMPARE(training->stepTitle(), scenario.steps.front().title);
        QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(training->currentStep(), 1);
        QCOMPARE(training->stepTitle(), scenario.steps[1].title);
        // Every step of every scenario points at a gap its comparison really has.
        for (const TrainingScenario& each : training->scenarios()) {
            ComparisonRequest request = each.request;
            Result<ComparisonOutcome> outcome = ComparisonJob::run(request);
            QVERIFY2(outcome.ok(), qPrintable(each.id));
            for (const TrainingStep& step : each.steps)
                QVERIFY2(step.findGap(outcome->comparison) >= 0, qPrintable(each.id + QLatin1Char(' ') + step.gap));
        }
    }

    void policyInForceIsShownAndAWaiverIsWrittenToItsFile()
    {
        MainWindow window;
        window.show();
        ComparisonRequest request = ComparisonRequest::demo();
        request.policyFiles = QStringList { QStringLiteral("builtin:pss-restricted") };
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        QVERIFY(window.policyLabel()->text().contains(QStringLiteral("Pod Security")));

        // Accept the web pair's root user in prod through the dialog, into a new team policy.
        QTemporaryDir folder;
        const QString teamPolicy = folder.filePath(QStringLiteral("team.json"));
        int gap = -1;
        for (std::size_t g = 0; g < window.comparison()->gaps.size(); ++g) {
            const Gap& candidate = window.comparison()->gaps[g];
            if (candidate.checkId == QLatin1String("CR-RT-006") && candidate.devWorkload == QLatin1String("shop-web"))
                gap = static_cast<int>(g);
        }
        QVERIFY(gap >= 0);
        const Gap& before = window.comparison()->gaps[static_cast<std::size_t>(gap)];
        QCOMPARE(before.classification, Classification::Regression);
        WaiverDialog dialog(before, window.comparison()->policy, {}, &window);
        QVERIFY(dialog.policyFile().isEmpty()); // no writable file yet: the user must name one
        dialog.findChild<QLineEdit*>(QStringLiteral("owner"))->setText(QStringLiteral("platform team"));
        dialog.findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("legacy image, fixed in 1.5"));
        const Waiver waiver = dialog.waiver();
        QCOMPARE(waiver.side, std::optional<Side>(Side::Prod));
        QCOMPARE(waiver.workload, QStringLiteral("shop/web"));
        QVERIFY(WaiverDialog::write(teamPolicy, waiver).ok());

        request.policyFiles << teamPolicy;
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        bool waived = false;
        for (const Gap& candidate : window.comparison()->gaps) {
            if (candidate.checkId == QLatin1String("CR-RT-006") && candidate.devWorkload == QLatin1String("shop-web"))
                waived = candidate.classification == Classification::Waived;
        }
        QVERIFY(waived);
        QCOMPARE(window.comparison()->policy.waivers.size(), std::size_t(1));
        QCOMPARE(window.comparison()->policy.waivers.front().owner, QStringLiteral("platform team"));
    }

    void exportWritesEveryFormat()
    {
        MainWindow window;
        window.show();
        window.openDemo();
        QVERIFY(waitForComparison(window));
        QTemporaryDir folder;
        const struct {
            const char* name;
            QByteArray mustContain;
        } exports[] = { { "report.json", "crossroads.comparison/v1" }, { "report.sarif", "\"version\": \"2.1.0\"" }, { "report.md", "# " },
            { "report.html", "<table" }, { "report.pdf", "%PDF-" }, { "report.txt", "Crossroads: dev" } };
        for (const auto& each : exports) {
            const QString path = folder.filePath(QLatin1String(each.name));
            QVERIFY2(window.exportTo(path), each.name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains(each.mustContain), each.name);
            QVERIFY2(!bytes.contains("Tr0ub4dor"), each.name); // the demo's dev password literal never leaks
        }
        // A name without a known suffix takes the format chosen in the dialog.
        const QString unnamed = folder.filePath(QStringLiteral("for-the-audit.report"));
        QVERIFY(window.exportTo(unnamed, ReportExport::Format::Markdown));
        QFile markdown(unnamed);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().startsWith("# "));
        // A folder that does not exist: refused, with the path in the status bar, and no file.
        const QString nowhere = folder.filePath(QStringLiteral("missing/report.html"));
        QVERIFY(!window.exportTo(nowhere));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY2(window.statusBar()->currentMessage().contains(nowhere), qPrintable(window.statusBar()->currentMessage()));
    }

    /// Every export format stops at the next gap once the user cancels, and leaves no file; an
    /// export left alone writes its file and reports progress on the way.
    void everyExportCanBeCancelled()
    {
        using ReportExport::Format;
        MainWindow window;
        window.openDemo();
        QVERIFY(waitForComparison(window));
        const std::shared_ptr<const Comparison> comparison = window.comparison();
        QTemporaryDir folder;
        for (const Format format : { Format::Json, Format::Sarif, Format::Markdown, Format::Text, Format::Html, Format::Pdf }) {
            const QString path = folder.filePath(QStringLiteral("report.") + ReportExport::suffix(format));
            std::atomic_bool cancel { false };
            ReportControl control;
            control.cancel = &cancel;
            int reports = 0;
            // The user presses Cancel when the first progress shows.
            control.progress = [&](int, int) {
                ++reports;
                cancel = true;
            };
            const Status cancelled = ReportExport::write(*comparison, format, path, control);
            QVERIFY2(!cancelled.ok() && cancelled.error().cancelled, qPrintable(path));
            QCOMPARE(reports, 1);
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));

            control.progress = [&reports](int, int) { ++reports; };
            cancel = false;
            reports = 0;
            const Status written = ReportExport::write(*comparison, format, path, control);
            QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
            QVERIFY(reports > 0);
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }

    /// The PDF's pages take longest: progress goes on while they are printed, reaches the end
    /// only when the file is done (a dialog closes at its maximum), and Cancel stops the
    /// printing too, leaving no file.
    void pdfExportReportsItsPagesAndCanBeCancelledWhilePrinting()
    {
        MainWindow window;
        window.openDemo();
        QVERIFY(waitForComparison(window));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("report.pdf"));
        std::vector<std::pair<int, int>> steps;
        ReportControl control;
        control.progress = [&steps](int done, int total) { steps.emplace_back(done, total); };
        QVERIFY(ReportExport::write(*window.comparison(), ReportExport::Format::Pdf, path, control).ok());
        QVERIFY(steps.size() > 2);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QVERIFY(steps[i].first <= steps[i].second);
            QVERIFY2(i == 0 || steps[i].first >= steps[i - 1].first, "progress never goes back");
            QVERIFY2(steps[i].first < steps[i].second || i + 1 == steps.size(), "the maximum only once the file is done");
        }
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().count("/Type /Page\n") > 5); // each page object, not the /Pages tree
        pdf.close();

        std::atomic_bool cancel { false };
        control.cancel = &cancel;
        int lastBeforeCancel = 0;
        control.progress = [&](int done, int total) {
            if (done * 2 > total && !cancel) { // past half: pages are being printed
                lastBeforeCancel = done;
                cancel = true;
            }
        };
        QVERIFY(QFile::remove(path));
        const Status cancelled = ReportExport::write(*window.comparison(), ReportExport::Format::Pdf, path, control);
        QVERIFY(!cancelled.ok() && cancelled.error().cancelled);
        QVERIFY(lastBeforeCancel > 0);
        QVERIFY(!QFileInfo::exists(path));
    }

    void signedInputsGetAVerifiedBadge()
    {
        QTemporaryDir folder;
        const QString input = folder.filePath(QStringLiteral("podman-inspect.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/crossroads/demo/dev/podman-inspect.json"), input));
        QFile::setPermissions(input, QFile::ReadOwner | QFile::WriteOwner);
        Result<SigningKey> key = SigningKey::generate();
        QVERIFY(key.ok());
        Result<DetachedSignature> signature = DetachedSignature::sign(input, *key, QStringLiteral("test"));
        QVERIFY(signature.ok());
        QVERIFY(signature->save(DetachedSignature::defaultPath(input)).ok());

        MainWindow window;
        window.show();
        ComparisonRequest request;
        request.devPaths = QStringList { input };
        request.prodPaths = QStringList { QStringLiteral(":/crossroads/demo/prod") };
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        QVERIFY(!window.evidenceLabel()->isHidden());
        // Signed inputs are hashed again in the background. Intact, but nobody trusts the key
        // yet: anyone could have signed it, so the badge does not say verified.
        QTRY_VERIFY_WITH_TIMEOUT(window.evidenceLabel()->text() == QStringLiteral("⚠ 1 input(s) signed by an untrusted key"), 30000);
        QVERIFY(window.evidenceLabel()->toolTip().contains(QString::fromLatin1(key->keyId())));
        QVERIFY2(window.evidenceLabel()->toolTip().contains(TrustedKeys::defaultFolder()), qPrintable(window.evidenceLabel()->toolTip()));
        QCOMPARE(window.verifyFile(input).status, EvidenceStatus::UntrustedKey);
        QCOMPARE(window.evidenceLabel()->text(), QStringLiteral("⚠ podman-inspect.json: signed by an untrusted key"));

        // Its public key in the trusted-keys folder (of the throw-away config): verified.
        QVERIFY(TrustedKeys::defaultFolder().startsWith(m_home.path()));
        Result<QString> trusted = TrustedKeys::install(*key, QStringLiteral("test.pub"));
        QVERIFY(trusted.ok());
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.evidenceLabel()->text() == QStringLiteral("✔ 1 signed input(s) verified"), 30000);

        // One changed byte and the badge says so.
        QFile file(input);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 2);
        file.write(" ");
        file.close();
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.evidenceLabel()->text().startsWith(QStringLiteral("✖")), 30000);

        // A signed export verifies from File > Verify; the same file changed afterwards does not.
        const QString report = folder.filePath(QStringLiteral("report.html"));
        QVERIFY(window.exportTo(report));
        Result<DetachedSignature> reportSignature = DetachedSignature::sign(report, *key, QStringLiteral("test"));
        QVERIFY(reportSignature.ok() && reportSignature->save(DetachedSignature::defaultPath(report)).ok());
        QCOMPARE(window.verifyFile(report).status, EvidenceStatus::Verified);
        QCOMPARE(window.evidenceLabel()->text(), QStringLiteral("✔ report.html: verified"));
        // Changed and signed again with a fresh key: not verified.
        QFile changed(report);
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("<!-- edited -->");
        changed.close();
        Result<SigningKey> fresh = SigningKey::generate();
        QVERIFY(fresh.ok());
        Result<DetachedSignature> resigned = DetachedSignature::sign(report, *fresh, QStringLiteral("test"));
        QVERIFY(resigned.ok() && resigned->save(DetachedSignature::defaultPath(report)).ok());
        QCOMPARE(window.verifyFile(report).status, EvidenceStatus::UntrustedKey);
        QCOMPARE(window.evidenceLabel()->text(), QStringLiteral("⚠ report.html: signed by an untrusted key"));
        QVERIFY(window.evidenceLabel()->toolTip().contains(QString::fromLatin1(fresh->keyId())));
        // The trusted key's signature on the changed file does not hold.
        QVERIFY(reportSignature->save(DetachedSignature::defaultPath(report)).ok());
        QCOMPARE(window.verifyFile(report).status, EvidenceStatus::Invalid);
        QVERIFY(window.evidenceLabel()->text().startsWith(QStringLiteral("✖")));
        QVERIFY(QFile::remove(*trusted));
    }

    void historyListsRevisionsChartsThemAndComparesAcrossThem()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed: the test builds its repository with the git command line");
        QTemporaryDir repository;
        const auto git = [&repository](const QStringList& arguments) { return TestGui::git(repository.path(), arguments); };
        QVERIFY(git({ QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") }));
        // Two releases of the demo's snapshots.
        for (const QString& release : { QStringLiteral("v1.0"), QStringLiteral("v1.1") }) {
            // Production changes between the releases; development stays.
            const QString prodInput = release == QLatin1String("v1.0") ? QStringLiteral(":/crossroads/scenarios/network-exposure/prod") : QStringLiteral(":/crossroads/demo/prod");
            for (const auto& [side, input] : { std::pair { Side::Dev, QStringLiteral(":/crossroads/demo/dev") }, std::pair { Side::Prod, prodInput } }) {
                ImportOptions options;
                options.side = side;
                Result<ImportReport> imported = EnvironmentImporter(options).importPaths({ input });
                QVERIFY(imported.ok());
                imported->snapshot.name = release;
                QVERIFY(SnapshotFile::save(imported->snapshot, repository.filePath(side == Side::Dev ? QStringLiteral("dev.crossroads.json") : QStringLiteral("prod.crossroads.json"))).ok());
            }
            QVERIFY(git({ QStringLiteral("add"), QStringLiteral(".") }));
            QVERIFY(git({ QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("release ") + release }));
            QVERIFY(git({ QStringLiteral("tag"), release }));
        }

        MainWindow window;
        window.show();
        HistoryView* history = window.history();
        QVERIFY(!history->openRepository(QDir::tempPath() + QStringLiteral("/no-such-repository")));
        QVERIFY(history->message().contains(QStringLiteral("no-such-repository")));
        QVERIFY(history->openRepository(repository.path()));
        QAbstractItemModelTester tester(history->revisions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Revisions, snapshot files and drift are read off the GUI thread.
        QVERIFY(history->listing());
        QVERIFY(QTest::qWaitFor([history] { return !history->listing(); }, 30000));
        QCOMPARE(history->revisions()->rowCount(), 2);
        QVERIFY(history->revisions()->index(0, RevisionListModel::RevisionColumn).data().toString().contains(QStringLiteral("v1.1")));
        QVERIFY(QTest::qWaitFor([history] { return history->timeline().size() == 2; }, 60000));
        QVERIFY(history->timeline().front().failing() > 0);
        // The dashboard shows the trend from the previous release to the latest, as the timeline counted it.
        const QString trend = window.dashboard()->trendText();
        QVERIFY2(trend.contains(QStringLiteral("%1, from v1.0 to v1.1").arg(QFileInfo(repository.path()).fileName())), qPrintable(trend));
        QVERIFY2(trend.contains(QStringLiteral("%1 → %2 failing checks in its snapshots").arg(history->timeline()[1].failing()).arg(history->timeline()[0].failing())), qPrintable(trend));

        // One file at one revision has no drift to show: the button waits for another pick.
        QTRY_COMPARE_WITH_TIMEOUT(history->prodPath()->currentText(), QStringLiteral("prod.crossroads.json"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(history->devPath()->currentText(), QStringLiteral("dev.crossroads.json"), 30000);
        history->devPath()->setCurrentIndex(history->devPath()->findText(QStringLiteral("prod.crossroads.json")));
        QVERIFY(!history->driftButton()->isEnabled());
        QVERIFY(history->driftButton()->toolTip().contains(QStringLiteral("same file at the same revision")));
        history->devRevision()->setCurrentIndex(1); // v1.0
        history->prodRevision()->setCurrentIndex(0); // v1.1
        QVERIFY(!history->driftButton()->isEnabled()); // until both files are listed
        QTRY_COMPARE_WITH_TIMEOUT(history->devPath()->currentText(), QStringLiteral("dev.crossroads.json"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(history->prodPath()->currentText(), QStringLiteral("prod.crossroads.json"), 30000);
        // Drift of production between the releases: the same file at both revisions.
        history->devPath()->setCurrentIndex(history->devPath()->findText(QStringLiteral("prod.crossroads.json")));
        QAbstractItemModelTester driftTester(history->drift(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(history->driftButton(), Qt::LeftButton);
        QVERIFY(history->driftRunning());
        QVERIFY(!history->driftButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([history] { return !history->driftRunning(); }, 30000));
        const Drift& drift = history->drift()->drift();
        QVERIFY(!drift.changes.empty());
        QCOMPARE(history->drift()->rowCount(), static_cast<int>(drift.changes.size()));
        QCOMPARE(drift.count(DriftKind::Worse) + drift.count(DriftKind::Appeared) + drift.count(DriftKind::Better) + drift.count(DriftKind::Disappeared),
            static_cast<int>(drift.changes.size()));
        // Cancel drops the answer and frees the buttons at once.
        QTest::mouseClick(history->driftButton(), Qt::LeftButton);
        QVERIFY(history->driftRunning());
        QTest::keyClick(history->findChild<QPushButton*>(QStringLiteral("cancelDrift")), Qt::Key_Space);
        QVERIFY(!history->driftRunning());
        QVERIFY(!history->driftButton()->isEnabled()); // until the cancelled worker has returned
        QTRY_VERIFY_WITH_TIMEOUT(history->driftButton()->isEnabled(), 30000);
        QCOMPARE(history->drift()->rowCount(), static_cast<int>(drift.changes.size()));

        history->devPath()->setCurrentIndex(history->devPath()->findText(QStringLiteral("dev.crossroads.json")));
        QTest::mouseClick(history->compareButton(), Qt::LeftButton);
        QVERIFY(waitForComparison(window));
        QVERIFY(!window.comparison()->gaps.empty());
        QVERIFY(window.comparison()->dev.name.contains(QStringLiteral("v1.0")));
    }

    void historyNamesSnapshotsItCannotRead()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed: the test builds its repository with the git command line");
        QTemporaryDir repository;
        QVERIFY(git(repository.path(), { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") }));
        ImportOptions options;
        options.side = Side::Prod;
        Result<ImportReport> imported = EnvironmentImporter(options).importPaths({ QStringLiteral(":/crossroads/demo/prod") });
        QVERIFY(imported.ok());
        QVERIFY(SnapshotFile::save(imported->snapshot, repository.filePath(QStringLiteral("prod.crossroads.json"))).ok());
        QFile broken(repository.filePath(QStringLiteral("broken.crossroads.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"schema\": \"crossroads.snapshot/v1\", ");
        broken.close();
        QVERIFY(git(repository.path(), { QStringLiteral("add"), QStringLiteral(".") }));
        QVERIFY(git(repository.path(), { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("one good, one broken") }));

        MainWindow window;
        window.show();
        HistoryView* history = window.history();
        QVERIFY(history->openRepository(repository.path()));
        QVERIFY(QTest::qWaitFor([history] { return !history->isBusy() && history->timeline().size() == 1; }, 60000));
        QVERIFY(history->timeline().front().failing() > 0); // the good snapshot still counts
        QVERIFY2(history->timelineProblems().contains(QLatin1String("broken.crossroads.json")), qPrintable(history->timelineProblems()));
    }

    void fitsALaptopScreenWithBothPanelsOpen_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("English") << QString();
        QTest::newRow("Spanish") << QStringLiteral(CROSSROADS_SPANISH_QM); // longer texts
        QTest::newRow("German") << QStringLiteral(CROSSROADS_GERMAN_QM); // long compound words
    }

    void fitsALaptopScreenWithBothPanelsOpen()
    {
        QFETCH(QString, catalogue);
        QTranslator translator;
        if (!catalogue.isEmpty()) {
            QVERIFY2(translator.load(catalogue), qPrintable(catalogue));
            QCoreApplication::installTranslator(&translator);
        }
        const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        MainWindow window;
        window.show();
        window.openDemo();
        QVERIFY(waitForComparison(window));
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            dock->show();
        QApplication::processEvents();
        // 1366×768, less a taskbar: every page, with the detail and Problems panels open.
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 740, qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
        QVERIFY(window.width() <= 1400 && window.height() <= 900);
        // The classification cards show their whole names (two lines at most).
        window.resize(1366, 740);
        window.showPage(MainWindow::DashboardPage);
        QApplication::processEvents();
        int cards = 0;
        for (QPushButton* card : window.dashboard()->findChildren<QPushButton*>()) {
            auto* label = card->findChild<QLabel*>();
            if (label == nullptr)
                continue;
            ++cards;
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(label->text()));
        }
        QCOMPARE(cards, classificationCount);
        // Every fixed entry of the matrix filters reads in full (namespace names may be cut).
        window.showPage(MainWindow::MatrixPage);
        QApplication::processEvents();
        GapMatrixView* matrix = window.matrix();
        for (QComboBox* box : { matrix->domainFilter(), matrix->severityFilter(), matrix->classificationFilter(), matrix->pairingFilter() }) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            const int room = box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box).width();
            for (int item = 0; item < box->count(); ++item) {
                const int needed = box->fontMetrics().horizontalAdvance(box->itemText(item));
                QVERIFY2(needed <= room, qPrintable(QStringLiteral("%1: %2 > %3").arg(box->itemText(item)).arg(needed).arg(room)));
            }
        }
    }

    void networkViewDrawsBothSides()
    {
        MainWindow window;
        window.show();
        window.openDemo();
        QVERIFY(waitForComparison(window));
        window.showPage(MainWindow::NetworkPage);
        QVERIFY(window.network()->scene()->items().size() > 10);
        QVERIFY(window.network()->differenceCount() >= 1); // prod api uses the host network, dev does not
        // Both columns in sight on a laptop screen, and on a narrower window too (shrunk).
        for (int width : { 1366, 1100 }) {
            window.resize(width, 740);
            QApplication::processEvents();
            QGraphicsView* diagram = window.network()->diagram();
            QVERIFY2(diagram->mapFromScene(diagram->sceneRect()).boundingRect().width() <= diagram->viewport()->width(), qPrintable(QString::number(width)));
            QCOMPARE(diagram->horizontalScrollBar()->maximum(), 0);
        }
    }

    // Issue #13's small things: round History ticks, the Start page's loaded comparison, and the
    // Help menu (user guide, keyboard shortcuts, report a problem).

private:
    /// Every text a widget's labels show, or their tooltips, one per line.
    static QString labelTexts(const QWidget* widget, bool tooltips = false)
    {
        QStringList texts;
        for (const QLabel* label : widget->findChildren<QLabel*>())
            texts << (tooltips ? label->toolTip() : label->text());
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void historyAxisTicksAreRoundNumbers()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed: the test builds its repository with the git command line");
        // Three releases whose production sides differ, so the bars have uneven heights.
        QTemporaryDir repository;
        QVERIFY(git(repository.path(), { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") }));
        for (const QString& scenario : { QStringLiteral("network-exposure"), QStringLiteral("reused-credential"), QStringLiteral("rootless-vs-privileged") }) {
            for (const Side side : { Side::Dev, Side::Prod }) {
                ImportOptions options;
                options.side = side;
                const QString input = QStringLiteral(":/crossroads/scenarios/%1/%2").arg(scenario, side == Side::Dev ? QStringLiteral("dev") : QStringLiteral("prod"));
                Result<ImportReport> imported = EnvironmentImporter(options).importPaths({ input });
                QVERIFY2(imported.ok(), qPrintable(input));
                QVERIFY(SnapshotFile::save(imported->snapshot, repository.filePath(side == Side::Dev ? QStringLiteral("dev.crossroads.json") : QStringLiteral("prod.crossroads.json"))).ok());
            }
            QVERIFY(git(repository.path(), { QStringLiteral("add"), QStringLiteral(".") }));
            QVERIFY(git(repository.path(), { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), scenario }));
        }

        MainWindow window;
        window.resize(1366, 740); // a laptop screen: the chart is short there
        window.show();
        window.showPage(MainWindow::HistoryPage);
        HistoryView* history = window.history();
        QVERIFY(history->openRepository(repository.path()));
        QVERIFY(QTest::qWaitFor([history] { return !history->isBusy() && history->timeline().size() == 3; }, 60000));
        QApplication::processEvents();
        int tallest = 0;
        for (const TimelinePoint& point : history->timeline())
            tallest = qMax(tallest, point.failing());
        QVERIFY2(tallest >= 7, qPrintable(QString::number(tallest))); // enough to need more than unit steps
        auto* chart = history->findChild<QChartView*>();
        QVERIFY(chart != nullptr && chart->chart() != nullptr);
        const QList<QAbstractAxis*> vertical = chart->chart()->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 1);
        const auto* counts = qobject_cast<const QValueAxis*>(vertical.front());
        QVERIFY(counts != nullptr);
        // The ticks drawn: min, then every (max - min) / (tickCount - 1).
        QCOMPARE(counts->tickType(), QValueAxis::TicksFixed);
        QCOMPARE(counts->min(), 0.0);
        const int intervals = counts->tickCount() - 1;
        QVERIFY2(intervals >= 2 && intervals <= 10, qPrintable(QString::number(intervals)));
        // Ticks no closer than a label is tall, or Qt Charts shows the labels as "…".
        QVERIFY2(chart->chart()->plotArea().height() / intervals >= QFontMetrics(counts->labelsFont()).height(),
            qPrintable(QStringLiteral("%1 px for %2 steps").arg(chart->chart()->plotArea().height()).arg(intervals)));
        const double step = counts->max() / intervals;
        QVERIFY2(step >= 1 && step == std::round(step), qPrintable(QString::number(step))); // counts: integers
        long long mantissa = std::llround(step);
        while (mantissa % 10 == 0)
            mantissa /= 10;
        QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5, qPrintable(QString::number(step)));
        // The top tick is the first round one at or above the tallest bar: no empty step above it.
        QVERIFY2(counts->max() >= tallest && counts->max() - step < tallest, qPrintable(QStringLiteral("%1 / %2").arg(counts->max()).arg(tallest)));
        QCOMPARE(counts->labelFormat(), QStringLiteral("%d"));
    }

    void startPageNamesTheLoadedComparison()
    {
        MainWindow window;
        window.show();
        WelcomePage* welcome = window.welcomePage();
        QVERIFY(welcome->loadedBox()->isHidden()); // nothing loaded, nothing named
        window.openDemo();
        QVERIFY(waitForComparison(window));
        window.showPage(MainWindow::WelcomePageIndex);
        QVERIFY(welcome->loadedBox()->isVisible());
        const QString demo = labelTexts(welcome->loadedBox());
        QVERIFY2(demo.contains(window.comparison()->dev.name) && demo.contains(window.comparison()->prod.name), qPrintable(demo));
        QVERIFY2(demo.contains(QStringLiteral("demo/dev")) && demo.contains(QStringLiteral("demo/prod")), qPrintable(demo));
        QVERIFY(!demo.contains(QStringLiteral(":/"))); // bundled inputs are said to be bundled, not as resource paths

        // Another comparison, from files deep in a folder: the page follows, with short paths.
        QTemporaryDir folder;
        const QString deep = folder.filePath(QStringLiteral("a-rather-long-folder-name/another-level/release-2"));
        for (const QString& side : { QStringLiteral("dev"), QStringLiteral("prod") }) {
            QVERIFY(QDir().mkpath(deep + QLatin1Char('/') + side));
            const QString source = QStringLiteral(":/crossroads/scenarios/network-exposure/") + side;
            for (const QString& name : QDir(source).entryList(QDir::Files))
                QVERIFY(QFile::copy(source + QLatin1Char('/') + name, deep + QLatin1Char('/') + side + QLatin1Char('/') + name));
        }
        ComparisonRequest request;
        request.devPaths = { deep + QStringLiteral("/dev") };
        request.prodPaths = { deep + QStringLiteral("/prod") };
        window.openComparison(request);
        QVERIFY(waitForComparison(window));
        const QString files = labelTexts(welcome->loadedBox());
        QVERIFY2(!files.contains(QStringLiteral("demo/dev")), qPrintable(files));
        QVERIFY2(files.contains(window.comparison()->dev.name), qPrintable(files));
        QVERIFY2(files.contains(QStringLiteral("release-2/dev")) && files.contains(QStringLiteral("release-2/prod")), qPrintable(files));
        QVERIFY2(!files.contains(QStringLiteral("a-rather-long-folder-name")), qPrintable(files)); // shortened…
        const QString tips = labelTexts(welcome->loadedBox(), true);
        QVERIFY2(tips.contains(QDir::toNativeSeparators(deep + QStringLiteral("/dev"))), qPrintable(tips)); // …and whole in the tooltip
    }

    void keyboardShortcutsAreReadFromTheWindow()
    {
        MainWindow window;
        window.show();
        auto* help = window.findChild<HelpMenu*>();
        QVERIFY(help != nullptr);
        help->shortcutsAction()->trigger();
        auto* dialog = window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        const QTableWidget* table = dialog->table();
        const auto commandOf = [table](const QKeySequence& keys) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == keys.toString(QKeySequence::NativeText))
                    return table->item(row, 1)->text();
            }
            return QString();
        };
        QCOMPARE(commandOf(QKeySequence(Qt::CTRL | Qt::Key_3)), MainWindow::tr("Gap matrix"));
        QCOMPARE(commandOf(QKeySequence(Qt::Key_F1)), QStringLiteral("User guide"));
        QCOMPARE(commandOf(QKeySequence(Qt::Key_Escape)), QStringLiteral("Cancel the running import"));
        // Every shortcut of the window is there, whichever code made it.
        QStringList listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text();
        for (const QAction* action : window.findChildren<QAction*>()) {
            if (!action->shortcut().isEmpty() && !action->text().isEmpty())
                QVERIFY2(listed.contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(action->text()));
        }
        QVERIFY(listed.contains(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText))); // a training button's own key

        // The Help menu's entries each have a letter of their own, in Spanish too.
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(CROSSROADS_SPANISH_QM)));
        for (QTranslator* translator : { static_cast<QTranslator*>(nullptr), &spanish }) {
            if (translator != nullptr)
                QCoreApplication::installTranslator(translator);
            const auto restore = qScopeGuard([translator] {
                if (translator != nullptr)
                    QCoreApplication::removeTranslator(translator);
            });
            MainWindow translated;
            QSet<QChar> letters;
            for (const QAction* action : translated.findChild<HelpMenu*>()->actions()) {
                if (action->isSeparator())
                    continue;
                const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
                QVERIFY2(!mnemonic.isEmpty(), qPrintable(action->text()));
                QVERIFY2(!letters.contains(mnemonic.toString().back()), qPrintable(action->text()));
                letters.insert(mnemonic.toString().back());
            }
            QCOMPARE(letters.size(), 4); // user guide, shortcuts, report a problem, about
        }
    }

    void userGuideOpensWithF1()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto* guide = window.findChild<UserGuideDialog*>();
        QVERIFY(guide != nullptr && guide->isVisible());
        const QTextDocument* document = guide->browser()->document();
        const QString text = document->toPlainText();
        QVERIFY2(text.size() > 3000, qPrintable(QString::number(text.size())));
        int headings = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            headings += block.blockFormat().headingLevel() > 0 ? 1 : 0;
        QVERIFY2(headings >= 10, qPrintable(QString::number(headings))); // read as Markdown, not as plain text
        // It covers every page of the window and the CLI.
        const QListWidget* pages = nullptr;
        for (const QListWidget* list : window.findChildren<QListWidget*>()) {
            if (list->accessibleName() == MainWindow::tr("Pages"))
                pages = list;
        }
        QVERIFY(pages != nullptr && pages->count() == MainWindow::PageCount);
        for (int page = 0; page < pages->count(); ++page)
            QVERIFY2(text.contains(pages->item(page)->text()), qPrintable(pages->item(page)->text()));
        QVERIFY(text.contains(QStringLiteral("crossroads-cli compare")));
        QTest::keyClick(&window, Qt::Key_F1); // again: the same dialog, not a second one
        QCOMPARE(window.findChildren<UserGuideDialog*>().size(), 1);
        // The guide in the user's language when there is one, else the English one.
        const QString english = UserGuideDialog::resourceFor(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString spanish = UserGuideDialog::resourceFor(QLocale(QLocale::Spanish, QLocale::Mexico));
        const QString german = UserGuideDialog::resourceFor(QLocale(QLocale::German, QLocale::Austria));
        QVERIFY(QFile::exists(english) && QFile::exists(spanish) && QFile::exists(german));
        QVERIFY(english != spanish && english != german && spanish != german);
        QCOMPARE(UserGuideDialog::resourceFor(QLocale(QLocale::French, QLocale::France)), english);
    }

    void reportAProblemCopiesTheVersion()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
        MainWindow window;
        window.show();
        window.findChild<HelpMenu*>()->reportAction()->trigger();
        auto* dialog = window.findChild<ReportProblemDialog*>();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        const QString advice = labelTexts(dialog);
        for (const char* never : { "kubeconfig", ".env", "JSON report", "Problems panel" })
            QVERIFY2(advice.contains(QLatin1String(never)), never);
        QVERIFY(!dialog->copyProblemsButton()->isEnabled()); // nothing went wrong yet
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog->copyVersionButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Crossroads " CROSSROADS_VERSION)), qPrintable(copied));
        QVERIFY2(copied.contains(QString::fromLatin1(qVersion())) && copied.contains(QGuiApplication::platformName()), qPrintable(copied));
    }

    // Training that teaches: the keyboard path into a scenario, the question before a scenario
    // replaces the user's comparison, and every step's texts as the page shows them.

    /// Clicks a button of the next question box as soon as it is up; says what it asked.
    static std::shared_ptr<QString> answerNextQuestion(QWidget* owner, QMessageBox::ButtonRole role)
    {
        auto asked = std::make_shared<QString>();
        auto* poll = new QTimer(owner);
        QObject::connect(poll, &QTimer::timeout, owner, [poll, role, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr)
                return;
            *asked = box->text() + QLatin1Char('\n') + box->informativeText();
            poll->deleteLater();
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    button->click();
                    return;
                }
            }
            box->reject(); // no such button: the test then fails on what it finds
        });
        poll->start(20);
        return asked;
    }

    void enterAfterCtrl5StartsTheSelectedScenario()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::TrainingPage);
        TrainingView* training = window.training();
        QCOMPARE(QApplication::focusWidget(), training->picker());
        QCOMPARE(training->picker()->currentRow(), 0); // the first scenario, selected
        QVERIFY(training->picker()->currentItem()->isSelected());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitForComparison(window));
        QCOMPARE(training->currentStep(), 0);
        QCOMPARE(training->stepTitle(), training->scenarios().front().steps.front().title);

        // Back on the list (All scenarios), Down then Enter opens the second one.
        training->showPicker();
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), training->picker());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitForComparison(window));
        QCOMPARE(training->stepTitle(), training->scenarios()[1].steps.front().title);
    }

    void startingAScenarioOverTheUsersComparisonAsks()
    {
        MainWindow window;
        window.show();
        // The user's own files (the demo's, from the source tree: not bundled inputs).
        ComparisonRequest own;
        own.devPaths = QStringList { QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev") };
        own.prodPaths = QStringList { QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod") };
        window.openComparison(own);
        QVERIFY(waitForComparison(window));
        const std::shared_ptr<const Comparison> users = window.comparison();
        const TrainingScenario scenario = window.training()->scenarios().front();

        const auto cancelled = answerNextQuestion(&window, QMessageBox::RejectRole);
        window.startTraining(scenario);
        QVERIFY2(cancelled->contains(scenario.title), qPrintable(*cancelled));
        QVERIFY(!window.loader()->isRunning());
        QCOMPARE(window.comparison(), users); // kept
        QVERIFY(!window.windowTitle().contains(scenario.request.prodName));

        const auto replaced = answerNextQuestion(&window, QMessageBox::AcceptRole);
        window.startTraining(scenario);
        QVERIFY(!replaced->isEmpty());
        QVERIFY(waitForComparison(window));
        QVERIFY(window.comparison() != users);
        QCOMPARE(window.currentPage(), MainWindow::TrainingPage);
        QCOMPARE(window.training()->stepTitle(), scenario.steps.front().title);

        // A scenario's comparison is bundled and reopens with one click: no question.
        const auto unexpected = answerNextQuestion(&window, QMessageBox::RejectRole);
        window.startTraining(window.training()->scenarios()[1]);
        QVERIFY(waitForComparison(window));
        QVERIFY2(unexpected->isEmpty(), qPrintable(*unexpected));
        QCOMPARE(window.training()->stepTitle(), window.training()->scenarios()[1].steps.front().title);
    }

    /// Every step of every bundled scenario, as shown: a title, an explanation, a change for
    /// each team, the gap's detail with a fix for both sides, and no internal fact key.
    void everyTrainingStepTeachesInPlainWords()
    {
        QStringList factKeys;
        for (int key = 0; key < static_cast<int>(FactKey::FactKeyCount); ++key)
            factKeys << QString::fromLatin1(factName(static_cast<FactKey>(key)));
        for (const Check& check : RuleCatalogue::builtIn().checks())
            factKeys << check.factName;
        factKeys.removeDuplicates();
        QVERIFY(factKeys.contains(QStringLiteral("runtime.privileged")));

        MainWindow window;
        window.resize(1366, 768);
        window.show();
        TrainingView* training = window.training();
        QVERIFY(training->scenarios().size() >= 5);
        for (const TrainingScenario& scenario : training->scenarios()) {
            window.startTraining(scenario);
            QVERIFY2(waitForComparison(window), qPrintable(scenario.id));
            QCOMPARE(static_cast<std::size_t>(training->stepCount()), scenario.steps.size());
            for (int step = 0; step < training->stepCount(); ++step) {
                QCOMPARE(training->currentStep(), step);
                const QString where = scenario.id + QStringLiteral(" step %1").arg(step + 1);
                const QList<const QLabel*> texts = training->stepTexts();
                for (const QLabel* text : texts)
                    QVERIFY2(text->isVisible() && !text->text().trimmed().isEmpty(), qPrintable(where + QLatin1Char(' ') + text->accessibleName()));
                // Laid out at once, before any posted relayout: the title and the explanation are
                // as tall as their wrapped text, no empty band left from a longer previous step.
                for (const QLabel* text : { texts[0], texts[1] })
                    QVERIFY2(text->height() <= text->heightForWidth(text->width()) + 2,
                        qPrintable(where + QStringLiteral(" %1: %2 px for %3").arg(text->accessibleName()).arg(text->height()).arg(text->heightForWidth(text->width()))));
                QVERIFY2(training->detail()->currentGap() >= 0, qPrintable(where));
                QStringList shown;
                int fixes = 0;
                for (const QLabel* label : training->findChildren<QLabel*>()) {
                    if (!label->isVisible())
                        continue;
                    shown << label->text();
                    if (label->accessibleName().startsWith(QLatin1String("Fix for "))) {
                        QVERIFY2(!label->text().trimmed().isEmpty(), qPrintable(where + QLatin1Char(' ') + label->accessibleName()));
                        ++fixes;
                    }
                }
                QVERIFY2(fixes == 2, qPrintable(where + QStringLiteral(": %1 fixes shown").arg(fixes)));
                const QString page = shown.join(QLatin1Char('\n'));
                for (const QString& key : factKeys)
                    QVERIFY2(!page.contains(key), qPrintable(where + QStringLiteral(" shows ") + key));
                training->next();
            }
        }
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
