// SPDX-License-Identifier: Apache-2.0
// Import + compare throughput on a synthetic `kubectl get pods -A -o json` List (JSON, indented
// like kubectl) and the same pods as multi-document YAML. Reports MB/s and peak RSS.
//   bench_import --benchmark_filter=Json/50000
#include "compare/comparator.h"
#include "importers/environmentimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace crossroads;

namespace {

QByteArray podJson(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "        {\n"
           "            \"apiVersion\": \"v1\",\n"
           "            \"kind\": \"Pod\",\n"
           "            \"metadata\": {\n"
           "                \"name\": \"web-" + n + "\",\n"
           "                \"namespace\": \"ns-" + QByteArray::number(i % 50) + "\",\n"
           "                \"labels\": {\"app.kubernetes.io/name\": \"web-" + n + "\", \"tier\": \"frontend\"},\n"
           "                \"uid\": \"4f0c1b2a-" + n + "\"\n"
           "            },\n"
           "            \"spec\": {\n"
           "                \"serviceAccountName\": \"default\",\n"
           "                \"securityContext\": {\"runAsNonRoot\": true, \"seccompProfile\": {\"type\": \"RuntimeDefault\"}},\n"
           "                \"containers\": [\n"
           "                    {\n"
           "                        \"name\": \"web\",\n"
           "                        \"image\": \"ghcr.io/acme/web:1." + n + "\",\n"
           "                        \"ports\": [{\"containerPort\": 8080, \"protocol\": \"TCP\"}],\n"
           "                        \"env\": [{\"name\": \"LOG_LEVEL\", \"value\": \"info\"}, {\"name\": \"DB_PASSWORD\", \"valueFrom\": {\"secretKeyRef\": {\"name\": \"db\", \"key\": \"pw\"}}}],\n"
           "                        \"resources\": {\"limits\": {\"cpu\": \"500m\", \"memory\": \"256Mi\"}},\n"
           "                        \"securityContext\": {\"allowPrivilegeEscalation\": false, \"capabilities\": {\"drop\": [\"ALL\"]}}\n"
           "                    },\n"
           "                    {\n"
           "                        \"name\": \"sidecar\",\n"
           "                        \"image\": \"docker.io/envoyproxy/envoy:v1.29\",\n"
           "                        \"volumeMounts\": [{\"name\": \"cfg\", \"mountPath\": \"/etc/envoy\"}]\n"
           "                    }\n"
           "                ],\n"
           "                \"volumes\": [{\"name\": \"cfg\", \"configMap\": {\"name\": \"envoy\"}}]\n"
           "            },\n"
           "            \"status\": {\"phase\": \"Running\", \"podIP\": \"10.0.0.1\", \"hostIP\": \"192.168.1.10\"}\n"
           "        }";
}

QString writeInput(QTemporaryDir& folder, int pods, bool yaml)
{
    const QString path = folder.filePath(yaml ? QStringLiteral("pods.yaml") : QStringLiteral("pods.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    if (!yaml)
        file.write("{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"List\",\n    \"items\": [\n");
    for (int i = 0; i < pods; ++i) {
        // JSON is valid YAML; as YAML, each pod is its own document.
        if (yaml)
            file.write("---\n");
        file.write(podJson(i));
        file.write(!yaml && i + 1 < pods ? ",\n" : "\n");
    }
    if (!yaml)
        file.write("    ]\n}\n");
    return path;
}

void importAndCompare(benchmark::State& state, bool yaml)
{
    QTemporaryDir folder;
    const QString path = writeInput(folder, static_cast<int>(state.range(0)), yaml);
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
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn());
        benchmark::DoNotOptimize(comparison.gaps.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["input_MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["peak_RSS_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void Json(benchmark::State& state)
{
    importAndCompare(state, false);
}
void Yaml(benchmark::State& state)
{
    importAndCompare(state, true);
}

} // namespace

BENCHMARK(Json)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(Yaml)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
