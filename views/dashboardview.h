// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"
#include "dashboardsummary.h"
#include "history/posturetimeline.h"

#include <QWidget>

#include <memory>

class QAbstractBarSeries;
class QChart;
class QChartView;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace crossroads {

class AcceptedRiskModel;
class EngineFactsModel;
class GapListModel;

/// The first page after a comparison, the governance view: counts by classification and
/// severity, a one-line verdict per domain, per-domain scores of both sides (a bar chart), the
/// risks accepted by waivers, the engine facts side by side, and the most severe open findings
/// of every kind (criticals first, then by what they mean for production), each one activation
/// away from its detail; with a history repository open, the trend since the previous revision.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    /// summary: worked out beforehand on a loader's thread, or here when null.
    void setComparison(std::shared_ptr<const Comparison> comparison, std::shared_ptr<const DashboardSummary> summary = {});
    /// The History page's timeline (newest revision first): the dashboard shows how the latest
    /// revision moved against the previous one.
    void setTrend(const std::vector<TimelinePoint>& timeline, const QString& repository);
    QString trendText() const;
    /// The line above the cards: what is compared, and what the comparison cannot say.
    QLabel* scope() const { return m_scope; }
    QTableView* worstGaps() const { return m_worst; }
    QTableView* acceptedRisks() const { return m_risks; }
    QString domainVerdictText(Domain domain) const;
    QChartView* chart() const { return m_chartView; }

Q_SIGNALS:
    void gapActivated(int gapIndex);
    void classificationActivated(crossroads::Classification classification);

private:
    void updateChart(const Comparison& comparison);
    /// Each bar's score past its end, or "not judged" where a side had nothing to judge.
    void labelBars(QChart* chart, QAbstractBarSeries* series, const Comparison& comparison);
    void updateCounts(const Comparison& comparison);
    void updateVerdicts(const std::array<DomainVerdict, domainCount>& verdicts);

    QLabel* m_scope;
    QList<QLabel*> m_classificationCounts;
    QList<QLabel*> m_severityCounts;
    QLabel* m_trend;
    QList<QLabel*> m_verdicts;
    QChartView* m_chartView;
    EngineFactsModel* m_engineFacts;
    GapListModel* m_worstModel;
    AcceptedRiskModel* m_riskModel;
    QTableView* m_engine;
    QTableView* m_worst;
    QTableView* m_risks;
    QLabel* m_noRisk;
    QStackedWidget* m_riskStack;
    QTabWidget* m_sideTabs;
    QGroupBox* m_worstBox;
};

} // namespace crossroads
