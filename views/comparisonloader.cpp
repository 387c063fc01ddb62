// SPDX-License-Identifier: Apache-2.0
#include "comparisonloader.h"

#include "common/outofmemory.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace crossroads {

ComparisonLoader::ComparisonLoader(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ComparisonLoader::finish);
}

ComparisonLoader::~ComparisonLoader()
{
    cancel();
    // A watcher that never got a future would wait forever: wait only for a started run.
    if (isRunning())
        m_watcher.waitForFinished();
}

void ComparisonLoader::start(const ComparisonRequest& request)
{
    if (isRunning()) {
        // The old run's result is dropped in finish(): it no longer owns m_run.
        m_run->cancel = true;
        disconnect(&m_watcher, nullptr, this, nullptr);
        m_watcher.waitForFinished();
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &ComparisonLoader::finish);
    }
    auto run = std::make_shared<Run>();
    run->request = request;
    m_run = run;
    // The worker never touches a QPointer (its weak reference is not thread-safe): this loader
    // outlives the run, as its destructor waits for it, and Qt drops the queued call if the
    // loader is gone by the time it would be delivered.
    ComparisonLoader* self = this;
    auto progress = [self, run](int percent, const QString& stage) {
        if (run->cancel)
            return;
        QMetaObject::invokeMethod(self, [self, percent, stage] { Q_EMIT self->progressChanged(percent, stage); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([run, progress] {
        return withoutRunningOutOfMemory([&run, &progress]() -> Result<ComparisonOutcome> {
            Result<ComparisonOutcome> result = ComparisonJob::run(run->request, progress, &run->cancel);
            // The matrix of a cluster takes a second to lay out: here, not on the UI thread.
            if (result && !run->cancel) {
                progress(100, tr("Laying out the gap matrix…"));
                run->matrix = GapMatrixModel::layOut(result->comparison, &run->cancel);
                if (!run->cancel)
                    run->dashboard = std::make_shared<const DashboardSummary>(DashboardSummary::of(result->comparison));
            }
            return result;
        });
    }));
}

void ComparisonLoader::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

bool ComparisonLoader::isRunning() const
{
    return m_watcher.isRunning();
}

void ComparisonLoader::waitForFinished()
{
    if (isRunning())
        m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(); // deliver the watcher's finished signal now
}

void ComparisonLoader::finish()
{
    std::shared_ptr<Run> run = std::move(m_run);
    if (!run || m_watcher.future().resultCount() == 0)
        return;
    Result<ComparisonOutcome> result = m_watcher.future().takeResult();
    if (run->cancel) {
        Q_EMIT cancelled();
        return;
    }
    if (!result) {
        if (result.error().cancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(result.error(), {});
        return;
    }
    auto comparison = std::make_shared<const Comparison>(std::move(result->comparison));
    Q_EMIT loaded(comparison, result->problems, run->request, run->matrix, run->dashboard);
}

} // namespace crossroads
