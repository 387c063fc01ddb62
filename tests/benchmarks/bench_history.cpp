// SPDX-License-Identifier: Apache-2.0
// Posture history on a 500-revision repository made through the API: listing (whole history and
// one page) and the timeline, where every revision holds a different production snapshot.
//   bench_history --benchmark_filter=List
#include "history/posturehistory.h"
#include "importers/environmentimporter.h"
#include "snapshot/snapshotfile.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <git2.h>

using namespace crossroads;

namespace {

constexpr int revisionCount = 500;

/// Built once: 500 commits, each a new production snapshot (a different name, so a different
/// blob), one dev snapshot at the start, a tag every 50 commits.
const QString& repository()
{
    static QTemporaryDir folder;
    static const bool built = [] {
        git_libgit2_init();
        git_repository* raw = nullptr;
        git_repository_init(&raw, folder.path().toUtf8().constData(), 1);
        git_config* config = nullptr;
        git_repository_config(&config, raw);
        git_config_set_string(config, "user.name", "Bench");
        git_config_set_string(config, "user.email", "bench@example.org");
        git_config_free(config);
        ImportOptions options;
        options.side = Side::Prod;
        Snapshot prod
            = EnvironmentImporter(options).importPaths({ QStringLiteral(":/crossroads/demo/prod") })->snapshot;
        options.side = Side::Dev;
        const Snapshot dev
            = EnvironmentImporter(options).importPaths({ QStringLiteral(":/crossroads/demo/dev") })->snapshot;
        Result<PostureHistory> history = PostureHistory::open(folder.path());
        (void)history->commitSnapshot({ SnapshotFile::toJson(dev), QStringLiteral("dev/posture.crossroads.json"),
            QString(), QStringLiteral("dev") });
        for (int i = 1; i < revisionCount; ++i) {
            prod.name = QStringLiteral("prod release %1").arg(i);
            const Result<CommitOutcome> done = history->commitSnapshot({ SnapshotFile::toJson(prod),
                QStringLiteral("prod/posture.crossroads.json"), QString(), QStringLiteral("release %1").arg(i) });
            if (!done)
                qFatal("%s", qPrintable(done.error().toString()));
            if (i % 50 == 0) {
                git_object* head = nullptr;
                git_oid tag;
                git_revparse_single(&head, raw, "HEAD");
                git_tag_create_lightweight(&tag, raw, QStringLiteral("v%1").arg(i / 50).toUtf8().constData(), head, 0);
                git_object_free(head);
            }
        }
        git_repository_free(raw);
        return true;
    }();
    (void)built;
    static const QString path = folder.path();
    return path;
}

void ListAll(benchmark::State& state)
{
    Result<PostureHistory> history = PostureHistory::open(repository());
    for (auto _ : state) {
        Result<RevisionPage> page = history->revisions({}, 0, 0);
        if (!page || page->revisions.size() != std::size_t(revisionCount))
            state.SkipWithError("wrong revision count");
        benchmark::DoNotOptimize(page);
    }
    state.counters["revisions"] = revisionCount;
}
BENCHMARK(ListAll)->Unit(benchmark::kMillisecond);

void ListPage(benchmark::State& state)
{
    Result<PostureHistory> history = PostureHistory::open(repository());
    for (auto _ : state) {
        Result<RevisionPage> page = history->revisions({}, 200, 50);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(ListPage)->Unit(benchmark::kMillisecond);

void Timeline(benchmark::State& state)
{
    Result<PostureHistory> history = PostureHistory::open(repository());
    const std::vector<Revision> revisions = history->revisions({}, 0, 0)->revisions;
    for (auto _ : state) {
        auto points = PostureTimeline::compute(repository(), revisions);
        if (!points)
            state.SkipWithError("timeline failed");
        benchmark::DoNotOptimize(points);
    }
    state.counters["revisions"] = revisionCount;
}
BENCHMARK(Timeline)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
