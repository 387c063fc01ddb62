// SPDX-License-Identifier: Apache-2.0
// The benchmarks' synthetic cluster: N pods (two containers each) as `kubectl get pods -A -o
// json` writes them, as multi-document YAML in flow style, or as kubectl's block-style YAML List.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace crossroads::bench {

inline QByteArray podJson(int i)
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
inline QByteArray podYaml(int i)
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

inline QString writeInput(QTemporaryDir& folder, int pods, Format format)
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

} // namespace crossroads::bench
