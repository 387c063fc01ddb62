// SPDX-License-Identifier: Apache-2.0
// The item models over the demo comparison: structure checked by QAbstractItemModelTester,
// content checked against what the engine found.
#include "testpaths.h"
#include "testsupport.h"

#include "acceptedriskmodel.h"
#include "common/shortdatetime.h"
#include "classificationstyle.h"
#include "enginefactsmodel.h"
#include "gaplistmodel.h"
#include "gapmatrixfilter.h"
#include "gapmatrixmodel.h"
#include "problemlistmodel.h"
#include "policy/policyenforcer.h"
#include "policy/policyfile.h"
#include "rules/rulecatalogue.h"
#include "secrets/workspacekey.h"
#include "session/comparisonjob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace crossroads;

class TestItemModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_folder;
    std::shared_ptr<const Comparison> m_comparison;

    int gapIndex(const QString& check, const QString& devWorkload, Classification classification) const
    {
        for (std::size_t g = 0; g < m_comparison->gaps.size(); ++g) {
            const Gap& gap = m_comparison->gaps[g];
            if (gap.checkId == check && gap.devWorkload == devWorkload && gap.classification == classification)
                return static_cast<int>(g);
        }
        return -1;
    }

    static int rowOf(const QAbstractItemModel& model, const QString& label)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == label)
                return row;
        }
        return -1;
    }

    static int columnOf(const QAbstractItemModel& model, const QString& check)
    {
        for (int column = 1; column < model.columnCount(); ++column) {
            if (model.headerData(column, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString() == check)
                return column;
        }
        return -1;
    }

    static bool isHeading(const QAbstractItemModel& model, int row)
    {
        return model.index(row, 0).data(GapMatrixModel::RowKindRole).toInt() == static_cast<int>(GapMatrixModel::RowKind::NamespaceHeading);
    }

private Q_SLOTS:
    /// Dates in the history and the recent list keep four-digit years in every locale's short form.
    void shortDatesKeepTheWholeYear()
    {
        const QLocale before;
        const QDateTime at(QDate(2026, 12, 4), QTime(9, 5));
        for (const QLocale::Language language : { QLocale::German, QLocale::Spanish, QLocale::English }) {
            QLocale::setDefault(QLocale(language));
            const QString shown = shortDateTime(at);
            QVERIFY2(shown.contains(QLatin1String("2026")) && shown.contains(QLatin1String("9:05")), qPrintable(shown));
        }
        QLocale::setDefault(QLocale(QLocale::German));
        QVERIFY2(shortDateTime(at).startsWith(QLatin1String("04.12.2026")), qPrintable(shortDateTime(at)));
        QLocale::setDefault(before);
    }

    void initTestCase()
    {
        const QString key = m_folder.filePath(QStringLiteral("test.key"));
        QVERIFY(WorkspaceKey::createFile(key).ok());
        ComparisonRequest request = ComparisonRequest::demo();
        request.keyFile = key;
        Result<ComparisonOutcome> outcome = ComparisonJob::run(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().toString()));
        m_comparison = std::make_shared<const Comparison>(std::move(outcome->comparison));
    }

    void matrixHasARowPerPairAndAColumnPerCheck()
    {
        GapMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_comparison);
        const Matching& matching = m_comparison->matching;
        QCOMPARE(model.workloadRowCount(), static_cast<int>(1 + matching.pairs.size() + matching.unpairedDev.size() + matching.unpairedProd.size()));
        QCOMPARE(model.rowCount(), model.workloadRowCount() + 1); // and the heading of the one namespace
        QVERIFY(model.columnCount() > static_cast<int>(RuleCatalogue::builtIn().checks().size()));
        // Columns are grouped by domain: the domain never goes back.
        int previous = 0;
        for (int column = 1; column < model.columnCount(); ++column) {
            const int domain = model.headerData(column, Qt::Horizontal, GapMatrixModel::DomainRole).toInt();
            QVERIFY(domain >= previous);
            previous = domain;
        }
    }

    /// The layout a loader works out on its thread stops when the user cancels; left alone it
    /// is the one the model makes itself.
    void matrixLayoutStopsWhenCancelled()
    {
        std::atomic_bool cancel { true };
        QVERIFY(!GapMatrixModel::layOut(*m_comparison, &cancel));
        cancel = false;
        const std::shared_ptr<const GapMatrixModel::Layout> layout = GapMatrixModel::layOut(*m_comparison, &cancel);
        QVERIFY(layout);
        GapMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_comparison, layout);
        GapMatrixModel itself;
        itself.setComparison(m_comparison);
        QCOMPARE(model.rowCount(), itself.rowCount());
        QCOMPARE(model.columnCount(), itself.columnCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(model.index(row, column).data(GapMatrixModel::CellStateRole), itself.index(row, column).data(GapMatrixModel::CellStateRole));
        }
    }

    void cellShowsTheWorstClassificationAndItsGaps()
    {
        GapMatrixModel model;
        model.setComparison(m_comparison);
        // The demo's prod web runs as uid 0: a regression on CR-RT-006 for the web pair.
        const int expected = gapIndex(QStringLiteral("CR-RT-006"), QStringLiteral("shop-web"), Classification::Regression);
        QVERIFY(expected >= 0);
        const QModelIndex cell = model.indexOfGap(expected);
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(GapMatrixModel::ClassificationRole).toInt(), static_cast<int>(Classification::Regression));
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), ClassificationStyle::glyph(Classification::Regression));
        QVERIFY(cell.data(GapMatrixModel::GapIndexesRole).value<QList<int>>().contains(expected));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(m_comparison->gaps[static_cast<std::size_t>(expected)].prodValue));
        QCOMPARE(model.headerData(cell.column(), Qt::Horizontal, GapMatrixModel::CheckIdRole).toString(), QStringLiteral("CR-RT-006"));
        QVERIFY(model.index(cell.row(), 0).data().toString().startsWith(QStringLiteral("shop-web")));

        // An engine check does not apply to a workload row; a workload check does not apply to the engine row.
        const int engineColumn = columnOf(model, QStringLiteral("CR-ENG-001"));
        QCOMPARE(model.index(cell.row(), engineColumn).data(GapMatrixModel::CellStateRole).toInt(), static_cast<int>(CellState::NotApplicable));
        QCOMPARE(model.index(0, cell.column()).data(GapMatrixModel::CellStateRole).toInt(), static_cast<int>(CellState::NotApplicable));
        // The demo's engines: rootless Podman passes, and Kubernetes has no engine-wide rootless
        // mode (each pod's user namespace is judged by CR-NS-005), so the check does not apply.
        QCOMPARE(model.index(0, engineColumn).data(GapMatrixModel::CellStateRole).toInt(), static_cast<int>(CellState::NotApplicable));
        const int userNamespaceColumn = columnOf(model, QStringLiteral("CR-NS-005"));
        QCOMPARE(model.index(cell.row(), userNamespaceColumn).data(GapMatrixModel::ClassificationRole).toInt(), static_cast<int>(Classification::Regression));
    }

    void unpairedRowsHoldNoClassification()
    {
        GapMatrixModel model;
        model.setComparison(m_comparison);
        int unpaired = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto kind = static_cast<GapMatrixModel::RowKind>(model.index(row, 1).data(GapMatrixModel::RowKindRole).toInt());
            if (kind != GapMatrixModel::RowKind::DevOnly && kind != GapMatrixModel::RowKind::ProdOnly)
                continue;
            ++unpaired;
            QCOMPARE(model.index(row, 1).data(GapMatrixModel::CellStateRole).toInt(), static_cast<int>(CellState::Unpaired));
            QCOMPARE(model.index(row, 1).data(GapMatrixModel::ClassificationRole).toInt(), -1);
        }
        QCOMPARE(unpaired, static_cast<int>(m_comparison->matching.unpairedDev.size() + m_comparison->matching.unpairedProd.size()));
    }

    /// Sorted by any column, rows keep their namespace groups (each heading first), then go
    /// by the column's rank, then by name: read here through data(), as a view reads them.
    void sortKeepsGroupsThenRankThenName()
    {
        GapMatrixModel model;
        GapMatrixFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setComparison(m_comparison);
        const int checkColumn = columnOf(model, QStringLiteral("CR-RT-006"));
        filter.sort(0, Qt::AscendingOrder);
        // A new comparison in a matrix sorted already is sorted by the proxy itself, on the
        // model's reset (GapMatrixView does not sort it again): the first pass checks that.
        model.setComparison(m_comparison);
        for (const int column : { -1, checkColumn }) {
            if (column >= 0)
                filter.sort(column, Qt::AscendingOrder);
            for (int row = 1; row < filter.rowCount(); ++row) {
                const auto value = [&filter, column](int at, int role) { return filter.index(at, std::max(column, 0)).data(role); };
                const auto name = [&filter](int at) { return filter.index(at, 0).data().toString(); };
                const int groupBefore = filter.index(row - 1, 0).data(GapMatrixModel::GroupOrderRole).toInt();
                const int group = filter.index(row, 0).data(GapMatrixModel::GroupOrderRole).toInt();
                QVERIFY2(groupBefore <= group, qPrintable(name(row)));
                if (groupBefore != group)
                    continue;
                QVERIFY2(!isHeading(filter, row), qPrintable(name(row))); // a heading leads its group
                if (isHeading(filter, row - 1))
                    continue;
                const int rankBefore = value(row - 1, GapMatrixModel::SortRole).toInt();
                const int rank = value(row, GapMatrixModel::SortRole).toInt();
                QVERIFY2(rankBefore <= rank, qPrintable(name(row)));
                if (rankBefore == rank)
                    QVERIFY2(name(row - 1).localeAwareCompare(name(row)) <= 0, qPrintable(name(row)));
            }
        }
    }

    void filterHidesDomainsAndRowsWithoutMatchingCells()
    {
        GapMatrixModel model;
        GapMatrixFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setComparison(m_comparison);
        filter.sort(0, Qt::AscendingOrder);
        const int allColumns = filter.columnCount();
        const int allRows = filter.rowCount();

        filter.setDomain(Domain::Secrets);
        QVERIFY(filter.columnCount() < allColumns);
        for (int column = 1; column < filter.columnCount(); ++column)
            QCOMPARE(filter.headerData(column, Qt::Horizontal, GapMatrixModel::DomainRole).toInt(), static_cast<int>(Domain::Secrets));

        // Only rows with a shared secrets gap remain: the demo's reused DB_PASSWORD (shop-db).
        filter.setClassification(Classification::Shared);
        QVERIFY(filter.rowCount() >= 1 && filter.rowCount() < allRows);
        QVERIFY(rowOf(filter, QStringLiteral("shop-db ⇄ shop/db")) >= 0);
        for (int row = 0; row < filter.rowCount(); ++row) {
            if (isHeading(filter, row))
                continue;
            bool anyMatch = false;
            for (int column = 1; column < filter.columnCount(); ++column)
                anyMatch = anyMatch || filter.index(row, column).data(GapMatrixFilter::MatchesFilterRole).toBool();
            QVERIFY(anyMatch);
        }

        filter.setDomain(std::nullopt);
        filter.setClassification(std::nullopt);
        filter.setText(QStringLiteral("SHOP-API"));
        QCOMPARE(filter.shownWorkloadRows(), 1);
        QCOMPARE(filter.rowCount(), 2); // with the heading of its namespace
        QVERIFY(isHeading(filter, 0));
        QVERIFY(filter.index(1, 0).data().toString().contains(QStringLiteral("shop-api")));
        filter.setText(QString());
        QCOMPARE(filter.rowCount(), allRows);

        filter.setMinimumSeverity(Severity::Critical);
        for (int row = 0; row < filter.rowCount(); ++row) {
            if (isHeading(filter, row))
                continue;
            bool critical = false;
            for (int column = 1; column < filter.columnCount(); ++column)
                critical = critical || filter.index(row, column).data(GapMatrixModel::SeverityRole).toInt() == static_cast<int>(Severity::Critical);
            QVERIFY(critical);
        }
    }

    void rowsAreGroupedByNamespaceUnderTheirHeadings_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("worst first") << QString() << Qt::AscendingOrder;
        QTest::newRow("worst last") << QString() << Qt::DescendingOrder;
        QTest::newRow("by a check") << QStringLiteral("CR-RT-003") << Qt::AscendingOrder;
        QTest::newRow("by a check, descending") << QStringLiteral("CR-RT-003") << Qt::DescendingOrder;
    }

    void rowsAreGroupedByNamespaceUnderTheirHeadings()
    {
        QFETCH(QString, check);
        QFETCH(Qt::SortOrder, order);
        GapMatrixModel model;
        GapMatrixFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setComparison(m_comparison);
        filter.sort(check.isEmpty() ? 0 : columnOf(model, check), order);
        // The engines first and apart, then each namespace's heading above its workloads only.
        QCOMPARE(static_cast<GapMatrixModel::RowKind>(filter.index(0, 0).data(GapMatrixModel::RowKindRole).toInt()), GapMatrixModel::RowKind::Engine);
        QStringList headings;
        QString current;
        int previousRank = -1;
        for (int row = 1; row < filter.rowCount(); ++row) {
            const QModelIndex name = filter.index(row, 0);
            if (isHeading(filter, row)) {
                current = name.data(GapMatrixModel::NamespaceRole).toString();
                QVERIFY2(!headings.contains(current), qPrintable(current));
                headings << current;
                QCOMPARE(filter.flags(filter.index(row, 1)), Qt::NoItemFlags); // the cursor passes over it
                previousRank = -1;
                continue;
            }
            QVERIFY2(!headings.isEmpty(), "a workload row above every heading");
            QCOMPARE(name.data(GapMatrixModel::NamespaceRole).toString(), current);
            if (check.isEmpty()) {
                const int rank = name.data(GapMatrixModel::SortRole).toInt();
                QVERIFY(order == Qt::AscendingOrder ? rank >= previousRank : previousRank < 0 || rank <= previousRank);
                previousRank = rank;
            }
        }
        // The demo's prod side is one namespace; its dev containers have none of their own.
        QCOMPARE(headings, QStringList { QStringLiteral("shop") });
        QCOMPARE(filter.shownWorkloadRows(), model.workloadRowCount());
    }

    void criticalRowsComeFirst()
    {
        GapMatrixModel model;
        GapMatrixFilter filter;
        filter.setSourceModel(&model);
        model.setComparison(m_comparison);
        filter.sort(0, Qt::AscendingOrder);
        // Within the namespace, a row holding a critical finding never follows one without.
        bool seenWithout = false;
        for (int row = 1; row < filter.rowCount(); ++row) {
            if (isHeading(filter, row))
                continue;
            bool critical = false;
            for (int column = 1; column < filter.columnCount(); ++column) {
                const QModelIndex cell = filter.index(row, column);
                const QVariant classification = cell.data(GapMatrixModel::ClassificationRole);
                critical = critical || (classification.toInt() >= 0 && isFailing(static_cast<Classification>(classification.toInt()))
                               && cell.data(GapMatrixModel::SeverityRole).toInt() == static_cast<int>(Severity::Critical));
            }
            QVERIFY2(!(critical && seenWithout), qPrintable(filter.index(row, 0).data().toString()));
            seenWithout = seenWithout || !critical;
        }
    }

    void worstCellHoldsTheMostSevereFinding()
    {
        GapMatrixModel model;
        model.setComparison(m_comparison);
        Severity worst = Severity::Low;
        for (const Gap& gap : m_comparison->gaps) {
            if (isFailing(gap.classification))
                worst = std::max(worst, gap.severity);
        }
        const QModelIndex cell = model.worstCell();
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(GapMatrixModel::SeverityRole).toInt(), static_cast<int>(worst));
        QVERIFY(isFailing(static_cast<Classification>(cell.data(GapMatrixModel::ClassificationRole).toInt())));
        QVERIFY(!cell.data(GapMatrixModel::GapIndexesRole).value<QList<int>>().isEmpty());
    }

    void pairingFilterHidesOrKeepsTheWorkloadsWithoutCounterpart()
    {
        GapMatrixModel model;
        GapMatrixFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setComparison(m_comparison);
        const auto kindOf = [&filter](int row) { return static_cast<GapMatrixModel::RowKind>(filter.index(row, 0).data(GapMatrixModel::RowKindRole).toInt()); };
        const int unpaired = static_cast<int>(m_comparison->matching.unpairedDev.size() + m_comparison->matching.unpairedProd.size());
        QVERIFY(unpaired > 0); // the demo's metrics-exporter runs in production only

        filter.setPairing(GapMatrixFilter::Pairing::PairsOnly);
        QCOMPARE(filter.shownWorkloadRows(), model.workloadRowCount() - unpaired);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(kindOf(row) != GapMatrixModel::RowKind::DevOnly && kindOf(row) != GapMatrixModel::RowKind::ProdOnly);

        filter.setPairing(GapMatrixFilter::Pairing::UnpairedOnly);
        QCOMPARE(filter.shownWorkloadRows(), unpaired);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const auto kind = kindOf(row);
            QVERIFY(kind == GapMatrixModel::RowKind::DevOnly || kind == GapMatrixModel::RowKind::ProdOnly || kind == GapMatrixModel::RowKind::NamespaceHeading);
        }
        QVERIFY(rowOf(filter, QStringLiteral("shop/metrics-exporter (prod only)")) >= 0);

        filter.setPairing(GapMatrixFilter::Pairing::All);
        QCOMPARE(filter.shownWorkloadRows(), model.workloadRowCount());
    }

    void columnsReadAsShortTitlesOrIds()
    {
        GapMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_comparison);
        const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
        QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
        for (int column = 1; column < model.columnCount(); ++column) {
            const QString id = model.headerData(column, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString();
            const QString label = model.headerData(column, Qt::Horizontal).toString();
            const Check* check = catalogue.find(id);
            QVERIFY2(check != nullptr, qPrintable(id));
            // A few words a person reads, never an id or an internal fact key.
            QVERIFY2(label != id && label != check->factName && !label.contains(QLatin1Char('.')) && label.size() <= 28, qPrintable(id + QStringLiteral(": ") + label));
            QCOMPARE(model.headerData(column, Qt::Horizontal, GapMatrixModel::CheckTitleRole).toString(), check->title);
        }
        model.setColumnLabels(GapMatrixModel::ColumnLabels::Ids);
        QCOMPARE(changed.count(), 1);
        for (int column = 1; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), model.headerData(column, Qt::Horizontal, GapMatrixModel::CheckIdRole).toString());
    }

    void gapListKeepsTheComparisonOrder()
    {
        GapListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_comparison, [](const Gap& gap) { return gap.classification == Classification::Regression; }, 5);
        QVERIFY(model.rowCount() > 0 && model.rowCount() <= 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Gap& gap = m_comparison->gaps[static_cast<std::size_t>(model.index(row, 0).data(GapListModel::GapIndexRole).toInt())];
            QCOMPARE(gap.classification, Classification::Regression);
            // The value, marked when the input does not state it.
            const QString dev = model.index(row, GapListModel::DevValueColumn).data().toString();
            QVERIFY(dev.startsWith(gap.devValue));
            QCOMPARE(dev.endsWith(QStringLiteral("(default)")), gap.devProvenance == Provenance::Default);
            const QString prod = model.index(row, GapListModel::ProdValueColumn).data().toString();
            QVERIFY(prod.startsWith(gap.prodValue));
            QCOMPARE(prod.endsWith(QStringLiteral("(default)")), gap.prodProvenance == Provenance::Default);
        }
        QVERIFY(model.index(0, 0).data(GapListModel::GapIndexRole).toInt() < model.index(model.rowCount() - 1, 0).data(GapListModel::GapIndexRole).toInt()
            || model.rowCount() == 1);
    }

    /// Waivers in use, soonest expiry first, those expiring within 30 days of the judging day
    /// marked; an unused waiver is no accepted risk.
    void acceptedRisksListWaiversInUseSoonestFirst()
    {
        // Single quotes become double quotes: moc reads this more reliably than raw strings.
        const QByteArray text = QByteArray("{ 'schema': 'crossroads.policy/v1', 'name': 'risks', 'waivers': ["
                                           " { 'id': 'W-LATER', 'check': 'CR-NS-007', 'workload': 'shop/api', 'side': 'prod', 'owner': 'bob', 'reason': 'migration', 'expires': '2027-06-30' },"
                                           " { 'id': 'W-SOON', 'check': 'CR-RT-003', 'workload': 'shop/web', 'side': 'prod', 'owner': 'alice', 'reason': 'needs NET_ADMIN', 'ticket': 'SEC-9',"
                                           "   'expires': '2026-12-10' },"
                                           " { 'id': 'W-NONE', 'check': 'CR-NET-004', 'workload': 'nothing/*', 'owner': 'carol', 'reason': 'stale', 'expires': '2027-01-01' } ] }")
                                    .replace('\'', '"');
        Result<Policy> policy = PolicyFile::fromJson(text,
            QStringLiteral("risks.json"));
        QVERIFY2(policy.ok(), qPrintable(policy ? QString() : policy.error().toString()));
        Comparison comparison = PolicyEnforcer::compare(test::demoSnapshot(Side::Dev), test::demoSnapshot(Side::Prod), *policy, {}, QDate(2026, 11, 25));
        AcceptedRiskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(std::make_shared<const Comparison>(std::move(comparison)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AcceptedRiskModel::WaiverColumn).data().toString(), QStringLiteral("W-SOON"));
        QCOMPARE(model.index(0, AcceptedRiskModel::OwnerColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(0, 0).data(AcceptedRiskModel::DaysLeftRole).toInt(), 15);
        QVERIFY(model.index(0, AcceptedRiskModel::ExpiresColumn).data().toString().contains(QStringLiteral("in 15 day")));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("SEC-9")));
        QCOMPARE(model.index(1, AcceptedRiskModel::WaiverColumn).data().toString(), QStringLiteral("W-LATER"));
        QCOMPARE(model.index(1, AcceptedRiskModel::ExpiresColumn).data().toString(), QStringLiteral("2027-06-30"));
        QCOMPARE(model.expiringSoon(), 1);
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void engineFactsShowBothSides()
    {
        EngineFactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_comparison);
        const int rootless = rowOf(model, EngineFactsModel::tr("Rootless"));
        QVERIFY(rootless >= 0);
        QCOMPARE(model.index(rootless, EngineFactsModel::DevColumn).data().toString(), QStringLiteral("true"));
        // Node objects do not say whether the node's runtime runs as root: never invented.
        QCOMPARE(model.index(rootless, EngineFactsModel::ProdColumn).data().toString(), EngineFactsModel::tr("unknown"));
        QVERIFY(model.index(rootless, 0).data(EngineFactsModel::DiffersRole).toBool());
    }

    void problemsListErrorsAndSkippedItems()
    {
        ProblemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addErrors({ Error { QStringLiteral("/tmp/x/bad.yaml"), QStringLiteral("line 3, column 1"), QStringLiteral("mapping values are not allowed") },
                            Error { QString(), QString(), QStringLiteral("cancelled"), true } },
            { QStringLiteral("/tmp/dev.json") }, { QStringLiteral("/tmp/x/") });
        model.addSkipped(Side::Prod, { SkippedItem { QStringLiteral("cm.yaml"), QStringLiteral("/items/0"), QStringLiteral("ConfigMap is not read") } });
        QCOMPARE(model.rowCount(), 2); // the cancellation is not a problem with an input
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.index(0, ProblemListModel::FileColumn).data().toString(), QStringLiteral("bad.yaml"));
        QCOMPARE(model.index(0, ProblemListModel::LocationColumn).data().toString(), QStringLiteral("line 3, column 1"));
        QCOMPARE(model.index(0, ProblemListModel::SideColumn).data().toString(), ProblemListModel::tr("prod")); // found in a prod folder
        QCOMPARE(model.index(1, ProblemListModel::SideColumn).data().toString(), ProblemListModel::tr("prod"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
