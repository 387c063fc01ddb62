// SPDX-License-Identifier: Apache-2.0
#include "revisioncomparison.h"

#include "posturehistory.h"

#include <QCoreApplication>

namespace crossroads {

namespace {

Error stopped(const QString& repositoryPath)
{
    Error error { repositoryPath, {}, QCoreApplication::translate("crossroads", "comparison stopped") };
    error.cancelled = true;
    return error;
}

} // namespace

Result<Comparison> RevisionComparison::run(const QString& repositoryPath, const RevisionSpec& dev,
    const RevisionSpec& prod, const CompareOptions& options, const Progress& progress, const std::atomic_bool* cancel)
{
    const auto report = [&progress](int percent, const QString& stage) {
        if (progress)
            progress(percent, stage);
    };
    const auto cancelled = [cancel] { return cancel != nullptr && cancel->load(); };
    Result<PostureHistory> history = PostureHistory::open(repositoryPath);
    if (!history)
        return history.error();
    report(0, tr("reading %1").arg(dev.toString()));
    Result<Snapshot> devSnapshot = history->loadSnapshot(dev.revision, dev.path);
    if (!devSnapshot)
        return devSnapshot.error();
    if (cancelled())
        return stopped(repositoryPath);
    report(40, tr("reading %1").arg(prod.toString()));
    Result<Snapshot> prodSnapshot = history->loadSnapshot(prod.revision, prod.path);
    if (!prodSnapshot)
        return prodSnapshot.error();
    if (cancelled())
        return stopped(repositoryPath);
    report(80, tr("comparing"));
    Comparison comparison = Comparator::compare(
        std::move(devSnapshot).value(), std::move(prodSnapshot).value(), RuleCatalogue::builtIn(), options);
    report(100, tr("done"));
    return comparison;
}

} // namespace crossroads
