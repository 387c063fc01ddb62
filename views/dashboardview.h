// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QTableView;

namespace crossroads {

class EngineFactsModel;
class GapListModel;

/// The first page after a comparison: per-domain scores of both sides (a bar chart), counts by
/// classification and severity, the engine facts side by side, and the worst regressions, each
/// one activation away from its detail.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    QTableView* worstGaps() const { return m_worst; }
    QChartView* chart() const { return m_chartView; }

Q_SIGNALS:
    void gapActivated(int gapIndex);
    void classificationActivated(crossroads::Classification classification);

private:
    void updateChart(const Comparison& comparison);
    void updateCounts(const Comparison& comparison);

    QLabel* m_scope;
    QList<QLabel*> m_classificationCounts;
    QList<QLabel*> m_severityCounts;
    QChartView* m_chartView;
    EngineFactsModel* m_engineFacts;
    GapListModel* m_worstModel;
    QTableView* m_engine;
    QTableView* m_worst;
};

} // namespace crossroads
