// SPDX-License-Identifier: Apache-2.0
// Import + compare throughput on a synthetic `kubectl get pods -A -o json` List (JSON, indented
// like kubectl), the same pods as multi-document YAML in flow style (JSON documents), and as
// `kubectl get pods -A -o yaml` writes them (one block-style List). Reports MB/s and peak RSS.
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

/// The same pod as kubectl's block-style YAML (keys sorted, two-space indentation).
QByteArray podYaml(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "- apiVersion: v1\n"
           "  kind: Pod\n"
           "  metadata:\n"
           "    labels:\n"
           "      app.kubernetes.io/name: web-" + n + "\n"
           "      tier: frontend\n"
           "    name: web-" + n + "\n"
           "    namespace: ns-" + QByteArray::number(i % 50) + "\n"
           "    uid: 4f0c1b2a-" + n + "\n"
           "  spec:\n"
           "    containers:\n"
           "    - env:\n"
           "      - name: LOG_LEVEL\n"
           "        value: info\n"
           "      - name: DB_PASSWORD\n"
           "        valueFrom:\n"
           "          secretKeyRef:\n"
           "            key: pw\n"
           "            name: db\n"
           "      image: ghcr.io/acme/web:1." + n + "\n"
           "      name: web\n"
           "      ports:\n"
           "      - containerPort: 8080\n"
           "        protocol: TCP\n"
           "      resources:\n"
           "        limits:\n"
           "          cpu: 500m\n"
           "          memory: 256Mi\n"
           "      securityContext:\n"
           "        allowPrivilegeEscalation: false\n"
           "        capabilities:\n"
           "          drop:\n"
           "          - ALL\n"
           "    - image: docker.io/envoyproxy/envoy:v1.29\n"
           "      name: sidecar\n"
           "      volumeMounts:\n"
           "      - mountPath: /etc/envoy\n"
           "        name: cfg\n"
           "    securityContext:\n"
           "      runAsNonRoot: true\n"
           "      seccompProfile:\n"
           "        type: RuntimeDefault\n"
           "    serviceAccountName: default\n"
           "    volumes:\n"
           "    - configMap:\n"
           "        name: envoy\n"
           "      name: cfg\n"
           "  status:\n"
           "    hostIP: 192.168.1.10\n"
           "    phase: Running\n"
           "    podIP: 10.0.0.1\n";
}

enum class Format { JsonList, YamlDocuments, YamlList };

QString writeInput(QTemporaryDir& folder, int pods, Format format)
{
    const bool yaml = format == Format::YamlDocuments;
    const QString path = folder.filePath(format == Format::JsonList ? QStringLiteral("pods.json") : QStringLiteral("pods.yaml"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    if (format == Format::YamlList) {
        file.write("apiVersion: v1\nitems:\n");
        for (int i = 0; i < pods; ++i)
            file.write(podYaml(i));
        file.write("kind: List\nmetadata:\n  resourceVersion: \"\"\n");
        return path;
    }
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
    state.SetBytesProcessed(state.iterations() * bytes);
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["input_MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["peak_RSS_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
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
BENCHMARK_MAIN();
