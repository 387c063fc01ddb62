// SPDX-License-Identifier: Apache-2.0
#include "comparisonjob.h"

#include "common/engineresources.h"
#include "history/revisioncomparison.h"
#include "history/revisionspec.h"
#include "importers/environmentimporter.h"
#include "policy/policyenforcer.h"
#include "policy/policyfile.h"
#include "rules/rulecatalogue.h"
#include "secrets/workspacekey.h"

#include <QCoreApplication>
#include <QDate>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

Error cancelledError()
{
    Error error;
    error.message = tr("cancelled");
    error.cancelled = true;
    return error;
}

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

} // namespace

ComparisonRequest ComparisonRequest::demo()
{
    ensureEngineResources();
    ComparisonRequest request;
    request.devPaths = QStringList { QStringLiteral(":/crossroads/demo/dev") };
    request.prodPaths = QStringList { QStringLiteral(":/crossroads/demo/prod") };
    request.devName = QStringLiteral("demo dev (rootless Podman)");
    request.prodName = QStringLiteral("demo prod (Kubernetes)");
    request.keepGoing = false;
    return request;
}

Result<ComparisonOutcome> ComparisonJob::run(const ComparisonRequest& request, const Progress& progress, const std::atomic_bool* cancel)
{
    auto report = [&progress](int percent, const QString& stage) {
        if (progress)
            progress(percent, stage);
    };
    ensureEngineResources();

    CompareOptions options;
    options.kubernetesVersion = request.kubernetesVersion;
    if (!request.mapFile.isEmpty()) {
        Result<WorkloadMap> map = WorkloadMap::load(request.mapFile);
        if (!map)
            return map.error();
        options.map = std::move(map).value();
    }
    Policy policy;
    if (!request.policyFiles.isEmpty()) {
        Result<Policy> loaded = PolicyFile::loadAll(request.policyFiles);
        if (!loaded)
            return loaded.error();
        policy = std::move(loaded).value();
    }
    if (!request.repository.isEmpty()) {
        // Snapshots at revisions: read from the object database, compared, then the policy.
        Result<RevisionSpec> dev = RevisionSpec::parse(request.devSpec);
        Result<RevisionSpec> prod = RevisionSpec::parse(request.prodSpec);
        if (!dev || !prod)
            return !dev ? dev.error() : prod.error();
        Result<Comparison> compared = RevisionComparison::run(request.repository, *dev, *prod, options, progress, cancel);
        if (!compared)
            return compared.error();
        ComparisonOutcome outcome;
        outcome.comparison = std::move(compared).value();
        if (!request.devName.isEmpty())
            outcome.comparison.dev.name = request.devName;
        if (!request.prodName.isEmpty())
            outcome.comparison.prod.name = request.prodName;
        if (!policy.isEmpty())
            PolicyEnforcer::apply(outcome.comparison, policy, QDate::currentDate());
        return outcome;
    }
    Result<WorkspaceKey> key = request.keyFile.isEmpty() ? WorkspaceKey::loadOrCreateDefault() : WorkspaceKey::loadFile(request.keyFile);
    if (!key)
        return key.error();

    ComparisonOutcome outcome;
    // Each side gets its share of the bar; reads report per file, compare is quick.
    auto importSide = [&](Side side, const QStringList& paths, const QString& name, int from, int to) -> std::optional<Snapshot> {
        const QString stage = side == Side::Dev ? tr("Reading the development side…") : tr("Reading the production side…");
        report(from, stage);
        ImportOptions importOptions;
        importOptions.side = side;
        importOptions.name = name;
        importOptions.keepGoing = request.keepGoing;
        importOptions.key = &*key;
        importOptions.control.cancel = cancel;
        importOptions.control.progress = [&report, stage, from, to](qint64 done, qint64 total) {
            if (total > 0)
                report(from + static_cast<int>((to - from) * done / total), stage);
        };
        Result<ImportReport> imported = EnvironmentImporter(importOptions).importPaths(paths);
        if (!imported) {
            outcome.problems.push_back(imported.error());
            return std::nullopt;
        }
        for (Error& problem : imported->problems)
            outcome.problems.push_back(std::move(problem));
        return std::move(imported->snapshot);
    };

    std::optional<Snapshot> dev = importSide(Side::Dev, request.devPaths, request.devName, 0, 45);
    if (isCancelled(cancel))
        return cancelledError();
    if (!dev)
        return outcome.problems.back();
    std::optional<Snapshot> prod = importSide(Side::Prod, request.prodPaths, request.prodName, 45, 90);
    if (isCancelled(cancel))
        return cancelledError();
    if (!prod)
        return outcome.problems.back();

    report(90, tr("Comparing…"));
    outcome.comparison = policy.isEmpty() ? Comparator::compare(std::move(*dev), std::move(*prod), RuleCatalogue::builtIn(), options)
                                          : PolicyEnforcer::compare(std::move(*dev), std::move(*prod), policy, options, QDate::currentDate());
    report(100, tr("Done"));
    return outcome;
}

} // namespace crossroads
