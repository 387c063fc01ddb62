// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dashboardsummary.h"
#include "gapmatrixmodel.h"
#include "session/comparisonjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace crossroads {

/// Runs a ComparisonJob on the thread pool so the window stays responsive, reports progress on
/// the UI thread, and cancels on request. One comparison at a time: starting another cancels
/// the running one, whose result is then dropped.
class ComparisonLoader : public QObject {
    Q_OBJECT
public:
    explicit ComparisonLoader(QObject* parent = nullptr);
    ~ComparisonLoader() override;

    void start(const ComparisonRequest& request);
    void cancel();
    bool isRunning() const;
    /// Blocks until the running comparison ends (tests, shutdown).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(int percent, const QString& stage);
    /// matrix and dashboard: the gap matrix's layout and the Dashboard's summary of the
    /// comparison, worked out on the pool as well.
    void loaded(std::shared_ptr<const crossroads::Comparison> comparison, const std::vector<crossroads::Error>& problems,
        const crossroads::ComparisonRequest& request, std::shared_ptr<const crossroads::GapMatrixModel::Layout> matrix,
        std::shared_ptr<const crossroads::DashboardSummary> dashboard);
    void failed(const crossroads::Error& error, const std::vector<crossroads::Error>& problems);
    void cancelled();

private:
    struct Run {
        std::atomic_bool cancel { false };
        ComparisonRequest request;
        std::shared_ptr<const GapMatrixModel::Layout> matrix; ///< set on the pool, read once the run has finished
        std::shared_ptr<const DashboardSummary> dashboard; ///< likewise
    };
    void finish();

    QFutureWatcher<Result<ComparisonOutcome>> m_watcher;
    std::shared_ptr<Run> m_run;
};

} // namespace crossroads
