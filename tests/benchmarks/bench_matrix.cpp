// SPDX-License-Identifier: Apache-2.0
// The gap matrix at the size the GUI promises to stay smooth with: 10,000 workload pairs × every
// check. Times building the model, filtering it (text, severity, domain) and reading one screen
// of cells the way the delegate does.
//   bench_matrix --benchmark_filter=Build
#include "gapmatrixfilter.h"
#include "gapmatrixmodel.h"
#include "rules/rulecatalogue.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace crossroads;

namespace {

constexpr int pairCount = 10000;

/// A comparison of 10,000 pairs where roughly two checks in five are not aligned.
std::shared_ptr<const Comparison> syntheticComparison()
{
    auto comparison = std::make_shared<Comparison>();
    for (int i = 0; i < pairCount; ++i) {
        Workload dev;
        dev.platform = QStringLiteral("podman");
        dev.name = QStringLiteral("svc-%1").arg(i);
        comparison->dev.workloads.push_back(dev);
        Workload prod;
        prod.platform = QStringLiteral("kubernetes");
        prod.nameSpace = QStringLiteral("team-%1").arg(i % 40);
        prod.name = QStringLiteral("svc-%1").arg(i);
        comparison->prod.workloads.push_back(prod);
        comparison->matching.pairs.push_back(WorkloadPair { static_cast<std::size_t>(i), static_cast<std::size_t>(i), QStringLiteral("name"), {} });
    }
    const auto& checks = RuleCatalogue::builtIn().checks();
    std::uint32_t seed = 12345;
    for (int i = 0; i < pairCount; ++i) {
        for (const Check& check : checks) {
            seed = seed * 1664525u + 1013904223u;
            if (check.scope == CheckScope::Engine || (seed >> 24) % 5 >= 2)
                continue;
            Gap gap;
            gap.checkId = check.id;
            gap.title = check.title;
            gap.domain = check.domain;
            gap.severity = check.severity;
            gap.classification = static_cast<Classification>((seed >> 8) % 6 == 4 ? 5 : (seed >> 8) % 6);
            gap.devWorkload = comparison->dev.workloads[static_cast<std::size_t>(i)].displayName();
            gap.prodWorkload = comparison->prod.workloads[static_cast<std::size_t>(i)].displayName();
            gap.container = QStringLiteral("app");
            gap.devValue = QStringLiteral("true");
            gap.prodValue = QStringLiteral("false");
            gap.check = &check;
            comparison->gaps.push_back(std::move(gap));
        }
    }
    return comparison;
}

const std::shared_ptr<const Comparison>& comparison()
{
    static const auto value = syntheticComparison();
    return value;
}

void Build(benchmark::State& state)
{
    for (auto _ : state) {
        GapMatrixModel model;
        model.setComparison(comparison());
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["gaps"] = static_cast<double>(comparison()->gaps.size());
}

void FilterAndSort(benchmark::State& state)
{
    GapMatrixModel model;
    model.setComparison(comparison());
    GapMatrixFilter filter;
    filter.setSourceModel(&model);
    for (auto _ : state) {
        filter.sort(0);
        filter.setText(QStringLiteral("svc-99"));
        filter.setText(QString());
        filter.setMinimumSeverity(Severity::Critical);
        filter.setClassification(Classification::Regression);
        filter.setDomain(Domain::Network);
        filter.setDomain(std::nullopt);
        filter.setClassification(std::nullopt);
        filter.setMinimumSeverity(std::nullopt);
        benchmark::DoNotOptimize(filter.rowCount());
    }
}

/// One screen (40 rows × every column) read with the roles the delegate and tooltips use.
void PaintOneScreen(benchmark::State& state)
{
    GapMatrixModel model;
    model.setComparison(comparison());
    GapMatrixFilter filter;
    filter.setSourceModel(&model);
    filter.setMinimumSeverity(Severity::High);
    int first = 0;
    for (auto _ : state) {
        for (int row = first; row < first + 40 && row < filter.rowCount(); ++row) {
            for (int column = 0; column < filter.columnCount(); ++column) {
                const QModelIndex index = filter.index(row, column);
                benchmark::DoNotOptimize(index.data(Qt::DisplayRole));
                benchmark::DoNotOptimize(index.data(GapMatrixModel::ClassificationRole));
                benchmark::DoNotOptimize(index.data(GapMatrixFilter::MatchesFilterRole));
            }
        }
        first = (first + 977) % qMax(1, filter.rowCount() - 40); // scroll somewhere else
    }
}

} // namespace

BENCHMARK(Build)->Unit(benchmark::kMillisecond);
BENCHMARK(FilterAndSort)->Unit(benchmark::kMillisecond);
BENCHMARK(PaintOneScreen)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
