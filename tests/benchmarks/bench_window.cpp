// SPDX-License-Identifier: Apache-2.0
// The desktop application with a 50,000-pod production side (the demo dev side against it), as
// a user opens it: import and compare off the UI thread, then the matrix on screen, then a
// filter typed into it. A watchdog on the UI thread measures the longest time it did not
// answer; the same import and compare without the window is the reference.
//   QT_QPA_PLATFORM=offscreen bench_window
#include "compare/comparator.h"
#include "comparisonloader.h"
#include "gapmatrixfilter.h"
#include "gapmatrixview.h"
#include "importers/environmentimporter.h"
#include "mainwindow.h"
#include "podlist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace crossroads;
using namespace crossroads::bench;

namespace {

constexpr int podCount = 50000;

const QString& productionList()
{
    static QTemporaryDir folder;
    static const QString path = writeInput(folder, podCount, Format::JsonList);
    return path;
}

/// Ticks every 5 ms on the UI thread and keeps the longest wait between two ticks: how long
/// the window did not answer.
class Watchdog {
public:
    Watchdog()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

/// Runs the event loop until done() holds; false after the timeout.
template <typename Done>
bool waitUntil(Done done, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

/// The reference: what `crossroads-cli compare` does with the same inputs, without a window.
void CompareWithoutWindow(benchmark::State& state)
{
    for (auto _ : state) {
        ImportOptions options;
        options.side = Side::Prod;
        Result<ImportReport> prod = EnvironmentImporter(options).importPaths({ productionList() });
        options.side = Side::Dev;
        Result<ImportReport> dev = EnvironmentImporter(options).importPaths({ QStringLiteral(":/crossroads/demo/dev") });
        if (!prod || !dev) {
            state.SkipWithError("import failed");
            return;
        }
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn());
        benchmark::DoNotOptimize(comparison.gaps.size());
    }
}

/// Opening the comparison until the matrix is on screen, then one filter typed into it.
void OpenInWindow(benchmark::State& state)
{
    for (auto _ : state) {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QCoreApplication::processEvents();
        Watchdog watchdog;
        QElapsedTimer clock;
        clock.start();
        ComparisonRequest request;
        request.devPaths = { QStringLiteral(":/crossroads/demo/dev") };
        request.prodPaths = { productionList() };
        window.openComparison(request);
        if (!waitUntil([&window] { return !window.loader()->isRunning() && window.comparison() != nullptr; })) {
            state.SkipWithError("the comparison did not open");
            return;
        }
        window.showPage(MainWindow::MatrixPage);
        QCoreApplication::processEvents();
        const qint64 opened = clock.elapsed();
        const qint64 longestWhileOpening = watchdog.longestMs();

        QElapsedTimer filtering;
        filtering.start();
        window.matrix()->filter()->setText(QStringLiteral("web-4999"));
        QCoreApplication::processEvents();
        const qint64 filtered = filtering.elapsed();

        state.counters["open_s"] = static_cast<double>(opened) / 1000.0;
        state.counters["ui_blocked_max_ms"] = static_cast<double>(std::max(longestWhileOpening, watchdog.longestMs()));
        state.counters["filter_ms"] = static_cast<double>(filtered);
        state.counters["gaps"] = static_cast<double>(window.comparison()->gaps.size());
    }
}

} // namespace

BENCHMARK(CompareWithoutWindow)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(OpenInWindow)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true); // recent comparisons go to a test location
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
