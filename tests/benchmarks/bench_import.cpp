// SPDX-License-Identifier: Apache-2.0
// Import + compare throughput on a synthetic `kubectl get pods -A -o json` List (JSON, indented
// like kubectl), the same pods as multi-document YAML in flow style (JSON documents), and as
// `kubectl get pods -A -o yaml` writes them (one block-style List). Reports MB/s and peak RSS.
//   bench_import --benchmark_filter=Json/50000
#include "compare/comparator.h"
#include "document/documentreader.h"
#include "importers/environmentimporter.h"
#include "policy/policyenforcer.h"
#include "report/comparisonjson.h"
#include "report/sarifreport.h"
#include "report/textreport.h"
#include "snapshot/snapshotfile.h"
#include "podlist.h"
#include "../fuzz/pipedevice.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <optional>

#include <sys/resource.h>

using namespace crossroads;
using namespace crossroads::bench;

namespace {

void reportThroughput(benchmark::State& state, qint64 bytes)
{
    state.SetBytesProcessed(state.iterations() * bytes);
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["input_MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["peak_RSS_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void importAndCompare(benchmark::State& state, Format format)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), format);
    const qint64 bytes = QFileInfo(path).size();
    for (auto _ : state) {
        ImportOptions options;
        options.side = Side::Prod;
        Result<ImportReport> prod = EnvironmentImporter(options).importPaths({ path });
        options.side = Side::Dev;
        Result<ImportReport> dev = EnvironmentImporter(options).importPaths({ QStringLiteral(":/crossroads/demo/dev") });
        if (!prod || !dev) {
            state.SkipWithError("import failed");
            return;
        }
        if (prod->snapshot.workloads.size() != static_cast<std::size_t>(state.range(0)) || prod->snapshot.containerCount() != 2 * prod->snapshot.workloads.size()) {
            state.SkipWithError("the pods were not all imported");
            return;
        }
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn());
        benchmark::DoNotOptimize(comparison.gaps.size());
    }
    reportThroughput(state, bytes);
}

/// The parser alone: every unit is built and dropped, no importer runs.
void parseOnly(benchmark::State& state, Format format)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), format);
    for (auto _ : state) {
        std::size_t units = 0;
        const Status status = DocumentReader().readFile(path, [&units](const Unit&) -> Status {
            ++units;
            return Done {};
        });
        if (!status) {
            state.SkipWithError("parse failed");
            return;
        }
        benchmark::DoNotOptimize(units);
    }
    reportThroughput(state, QFileInfo(path).size());
}

/// Parsing and fact extraction into a snapshot, without the comparison.
void importOnly(benchmark::State& state, Format format)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), format);
    for (auto _ : state) {
        ImportOptions options;
        options.side = Side::Prod;
        Result<ImportReport> prod = EnvironmentImporter(options).importPaths({ path });
        if (!prod) {
            state.SkipWithError("import failed");
            return;
        }
        benchmark::DoNotOptimize(prod->snapshot.workloads.size());
    }
    reportThroughput(state, QFileInfo(path).size());
}

/// nlohmann/json's SAX parser over the whole file in memory with a handler that does nothing:
/// the fastest this library reads the input, the floor under any importer built on it.
class NullSax final : public nlohmann::json_sax<nlohmann::json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void NlohmannSaxAlone(benchmark::State& state)
{
    QTemporaryDir folder;
    const QByteArray input = readAll(writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList));
    for (auto _ : state) {
        NullSax sax;
        if (!nlohmann::json::sax_parse(input.begin(), input.end(), &sax)) {
            state.SkipWithError("parse failed");
            return;
        }
    }
    reportThroughput(state, input.size());
}

/// simdjson's On-Demand API over the whole file in memory, every value read and dropped: the
/// library's own rate, the reference the in-memory reader is measured against.
bool visitOnDemand(simdjson::ondemand::value value, std::size_t& values)
{
    using namespace simdjson;
    ++values;
    ondemand::json_type type;
    if (value.type().get(type) != SUCCESS)
        return false;
    switch (type) {
    case ondemand::json_type::object:
        for (auto field : value.get_object()) {
            std::string_view key;
            if (field.unescaped_key().get(key) != SUCCESS || !visitOnDemand(field.value(), values))
                return false;
        }
        return true;
    case ondemand::json_type::array:
        for (auto element : value.get_array()) {
            ondemand::value child;
            if (std::move(element).get(child) != SUCCESS || !visitOnDemand(child, values))
                return false;
        }
        return true;
    case ondemand::json_type::string: {
        std::string_view text;
        return value.get_string().get(text) == SUCCESS;
    }
    case ondemand::json_type::number: {
        ondemand::number number;
        return value.get_number().get(number) == SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag) == SUCCESS;
    }
    case ondemand::json_type::null:
        return true;
    }
    return false;
}

void SimdjsonOnDemandAlone(benchmark::State& state)
{
    QTemporaryDir folder;
    const QByteArray input = readAll(writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList));
    const simdjson::padded_string padded(input.constData(), static_cast<std::size_t>(input.size()));
    for (auto _ : state) {
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document document;
        simdjson::ondemand::value root;
        std::size_t values = 0;
        if (parser.iterate(padded).get(document) != simdjson::SUCCESS || document.get_value().get(root) != simdjson::SUCCESS
            || !visitOnDemand(root, values)) {
            state.SkipWithError("parse failed");
            return;
        }
        benchmark::DoNotOptimize(values);
    }
    reportThroughput(state, input.size());
}

/// `jq '.items|length'` on the same file, as a user would check its size: the reference run the
/// issue's goal names (import and compare at least four times its rate).
void JqItemsLength(benchmark::State& state)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList);
    if (QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty()) {
        state.SkipWithError("jq is not installed");
        return;
    }
    for (auto _ : state) {
        QProcess jq;
        jq.start(QStringLiteral("jq"), { QStringLiteral(".items|length"), path });
        if (!jq.waitForFinished(-1) || jq.exitCode() != 0 || jq.readAllStandardOutput().trimmed().toInt() != state.range(0)) {
            state.SkipWithError("jq failed");
            return;
        }
    }
    reportThroughput(state, QFileInfo(path).size());
    struct rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    state.counters["peak_RSS_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0; // jq's, not ours
}

/// The same file handed out as by a pipe, which DocumentReader streams (nlohmann) instead of
/// reading it whole (simdjson): the two JSON readers side by side.
void JsonParseStreamed(benchmark::State& state)
{
    QTemporaryDir folder;
    const QByteArray input = readAll(writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList));
    for (auto _ : state) {
        unitdump::PipeDevice pipe(input);
        pipe.open(QIODevice::ReadOnly);
        std::size_t units = 0;
        const Status status = DocumentReader().read(pipe, QStringLiteral("pods.json"), [&units](const Unit&) -> Status {
            ++units;
            return Done {};
        });
        if (!status) {
            state.SkipWithError("parse failed");
            return;
        }
        benchmark::DoNotOptimize(units);
    }
    reportThroughput(state, input.size());
}

/// libyaml's event parser over the whole file in memory, every event dropped: the floor under
/// any YAML importer built on libyaml.
void LibyamlEventsAlone(benchmark::State& state)
{
    QTemporaryDir folder;
    const QByteArray input = readAll(writeInput(folder, static_cast<int>(state.range(0)), Format::YamlList));
    for (auto _ : state) {
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(input.constData()), static_cast<size_t>(input.size()));
        bool done = false;
        while (!done) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                yaml_parser_delete(&parser);
                state.SkipWithError("parse failed");
                return;
            }
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
    }
    reportThroughput(state, input.size());
}

/// Discards what is written: the writers' own cost, without the disk's.
class NullDevice final : public QIODevice {
public:
    NullDevice() { open(QIODevice::WriteOnly); }
protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override { return length; }
};

/// What `crossroads-cli check --side prod` has before it writes: the results, their scores, and
/// the failures as a one-sided comparison (which holds the snapshot the results point into).
struct CheckedList {
    KubernetesVersion version = KubernetesVersion::latest();
    PolicyCheck checked;
    DomainScores scores;
    Comparison failures;
};

std::optional<CheckedList> importAndCheck(const QString& path)
{
    ImportOptions options;
    options.side = Side::Prod;
    Result<ImportReport> prod = EnvironmentImporter(options).importPaths({ path });
    if (!prod)
        return std::nullopt;
    CheckedList list;
    list.checked = PolicyEnforcer::check(prod->snapshot, Policy {}, list.version, QDate(2026, 12, 1));
    list.scores = Comparator::score(list.checked.results);
    list.failures = Comparator::oneSided(std::move(prod->snapshot), list.checked.results, list.version, list.scores);
    return list;
}

/// `crossroads-cli check --side prod` of the List: import and check (the reference the report
/// writers below are measured against: writing should take no longer than this).
void CheckImport(benchmark::State& state)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList);
    for (auto _ : state) {
        const std::optional<CheckedList> list = importAndCheck(path);
        if (!list) {
            state.SkipWithError("import failed");
            return;
        }
        benchmark::DoNotOptimize(list->failures.gaps.size());
    }
    reportThroughput(state, QFileInfo(path).size());
}

enum class Written { Json, Sarif, Text };

/// Writing one check's report of the List, the import and check done before the clock starts.
void writeCheck(benchmark::State& state, Written written)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList);
    const std::optional<CheckedList> list = importAndCheck(path);
    if (!list) {
        state.SkipWithError("import failed");
        return;
    }
    const auto& [version, checked, scores, failures] = *list;
    for (auto _ : state) {
        NullDevice out;
        bool ok = true;
        switch (written) {
        case Written::Json: ok = ComparisonJson::writeCheck(out, failures.prod, checked.results, scores, version, &checked.policy, &failures); break;
        case Written::Sarif: ok = SarifReport::write(failures, out); break;
        case Written::Text: ok = TextReport::writeCheck(out, failures.prod, checked.results, scores, false, &checked.policy, &failures); break;
        }
        if (!ok) {
            state.SkipWithError("write failed");
            return;
        }
    }
    reportThroughput(state, QFileInfo(path).size());
}

void CheckJsonWrite(benchmark::State& state)
{
    writeCheck(state, Written::Json);
}
void CheckSarifWrite(benchmark::State& state)
{
    writeCheck(state, Written::Sarif);
}
void CheckTextWrite(benchmark::State& state)
{
    writeCheck(state, Written::Text);
}

/// A saved snapshot of the List (`crossroads-cli snapshot`), the import done before the clock
/// starts: writing should take no longer than JsonImport. "size" is the snapshot's size as a
/// fraction of the input's.
void SnapshotWrite(benchmark::State& state)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList);
    ImportOptions options;
    options.side = Side::Prod;
    const Result<ImportReport> prod = EnvironmentImporter(options).importPaths({ path });
    if (!prod) {
        state.SkipWithError("import failed");
        return;
    }
    qint64 written = 0;
    for (auto _ : state) {
        QFile out(folder.filePath(QStringLiteral("snapshot.crossroads.json")));
        if (!out.open(QIODevice::WriteOnly) || !SnapshotFile::write(prod->snapshot, out)) {
            state.SkipWithError("write failed");
            return;
        }
        written = out.size();
    }
    state.counters["size"] = static_cast<double>(written) / static_cast<double>(QFileInfo(path).size());
    reportThroughput(state, QFileInfo(path).size());
}

/// Reading that snapshot back, as `check` on it does (compare with JsonImport of the List).
void SnapshotRead(benchmark::State& state)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), Format::JsonList);
    const QString saved = folder.filePath(QStringLiteral("snapshot.crossroads.json"));
    {
        ImportOptions options;
        options.side = Side::Prod;
        const Result<ImportReport> prod = EnvironmentImporter(options).importPaths({ path });
        if (!prod || !SnapshotFile::save(prod->snapshot, saved).ok()) {
            state.SkipWithError("import or save failed");
            return;
        }
    }
    for (auto _ : state) {
        ImportOptions options;
        options.side = Side::Prod;
        const Result<ImportReport> reread = EnvironmentImporter(options).importPaths({ saved });
        if (!reread) {
            state.SkipWithError("reading the snapshot failed");
            return;
        }
        benchmark::DoNotOptimize(reread->snapshot.workloads.size());
    }
    reportThroughput(state, QFileInfo(saved).size());
}

void JsonParse(benchmark::State& state)
{
    parseOnly(state, Format::JsonList);
}
void JsonImport(benchmark::State& state)
{
    importOnly(state, Format::JsonList);
}
void YamlListParse(benchmark::State& state)
{
    parseOnly(state, Format::YamlList);
}
void YamlListImport(benchmark::State& state)
{
    importOnly(state, Format::YamlList);
}

void Json(benchmark::State& state)
{
    importAndCompare(state, Format::JsonList);
}
void Yaml(benchmark::State& state)
{
    importAndCompare(state, Format::YamlDocuments);
}
void YamlList(benchmark::State& state)
{
    importAndCompare(state, Format::YamlList);
}

} // namespace

BENCHMARK(Json)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(Yaml)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(YamlList)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
// Phases, to see where the time goes (peak RSS is the whole process so far: run them alone).
// The parsing libraries alone, without any Crossroads code.
BENCHMARK(NlohmannSaxAlone)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(JqItemsLength)->Arg(50000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(SimdjsonOnDemandAlone)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(JsonParseStreamed)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(LibyamlEventsAlone)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(JsonParse)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(JsonImport)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(YamlListParse)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(YamlListImport)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
// Report writing against the import it follows (issue #15: writing no slower than the import).
BENCHMARK(SnapshotWrite)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(SnapshotRead)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(CheckImport)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(CheckJsonWrite)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(CheckSarifWrite)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(CheckTextWrite)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
