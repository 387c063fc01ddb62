// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace crossroads {

/// Runs work on the global thread pool and hands its result to done on the GUI thread, in the
/// thread of context. When context is destroyed first, the result is dropped. Work must not touch
/// context or anything it owns: it captures what it needs by value.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using ResultType = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        done(watcher->future().takeResult());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace crossroads
