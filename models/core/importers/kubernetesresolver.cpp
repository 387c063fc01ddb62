// SPDX-License-Identifier: Apache-2.0
#include "kubernetesresolver.h"

#include "networkpolicyisolation.h"
#include "snapshot/exposuretext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace crossroads {

namespace {

bool selects(const QMap<QString, QString>& selector, const QMap<QString, QString>& labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

/// A fact that another object (a Service, a NetworkPolicy) states about this workload.
void stateFromObject(Workload& workload, Container& container, FactKey key, FactValue value, const KubernetesContext::ObjectLocation& location)
{
    Fact& fact = container[key];
    fact.value = std::move(value);
    fact.provenance = Provenance::Stated;
    fact.base = workload.addBase(location.file, location.pointer);
    fact.line = location.line;
    fact.setPath("");
}

/// "web-7d4b9c8f6d" → "web": the Deployment behind a ReplicaSet that is not in the input.
QString withoutHashSuffix(const QString& name)
{
    const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
    return dash > 0 ? name.left(dash) : QString();
}

void foldOwned(Snapshot& snapshot, const std::vector<Ownership>& owners)
{
    QSet<QString> present;
    auto identity = [](const QString& kind, const QString& nameSpace, const QString& name) -> QString {
        return kind + QLatin1Char('/') + nameSpace + QLatin1Char('/') + name;
    };
    for (const Workload& workload : snapshot.workloads) {
        if (workload.platform == QLatin1String("kubernetes"))
            present.insert(identity(workload.kind, workload.nameSpace, workload.name));
    }
    std::vector<bool> folded(snapshot.workloads.size(), false);
    for (const Ownership& owner : owners) {
        const Workload& workload = snapshot.workloads[owner.workload];
        bool ownerPresent = present.contains(identity(owner.ownerKind, workload.nameSpace, owner.ownerName));
        // A Pod of a Deployment names a ReplicaSet that manifests never contain.
        if (!ownerPresent && owner.ownerKind == QLatin1String("ReplicaSet"))
            ownerPresent = present.contains(identity(QStringLiteral("Deployment"), workload.nameSpace, withoutHashSuffix(owner.ownerName)));
        if (!ownerPresent && owner.ownerKind == QLatin1String("Job"))
            ownerPresent = present.contains(identity(QStringLiteral("CronJob"), workload.nameSpace, withoutHashSuffix(owner.ownerName)));
        folded[owner.workload] = ownerPresent;
    }
    // In place: a second vector of all workloads would raise the peak memory of big imports.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < snapshot.workloads.size(); ++i) {
        if (folded[i])
            continue;
        if (kept != i)
            snapshot.workloads[kept] = std::move(snapshot.workloads[i]);
        ++kept;
    }
    snapshot.workloads.erase(snapshot.workloads.begin() + static_cast<std::ptrdiff_t>(kept), snapshot.workloads.end());
}

/// RFC 6901: a data key as a JSON pointer token.
QString pointerToken(QString key)
{
    return key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

/// secrets.config_map_credentials of the containers that use ConfigMaps: the credential-like
/// keys they read, as "configmap/key", citing the first key's place. A ConfigMap that is not in
/// the input may hold anything, so a container that reads only such ConfigMaps stays unknown.
/// ConfigMaps with credentials that no workload uses are told apart: no check judges them.
void resolveConfigMaps(Snapshot& snapshot, const KubernetesContext& kubernetes)
{
    QHash<QString, const ConfigMapObject*> byName;
    for (const ConfigMapObject& configMap : kubernetes.configMaps)
        byName.insert(configMap.nameSpace + QLatin1Char('/') + configMap.name, &configMap);
    struct Reading {
        QStringList keys;
        KubernetesContext::ObjectLocation source; ///< the first credential's key, else the first ConfigMap
        bool missing = false; ///< a ConfigMap the input does not hold
    };
    std::map<std::pair<std::size_t, std::size_t>, Reading> readings;
    QSet<QString> used;
    for (const auto& use : kubernetes.configMapUses) {
        const Workload& workload = snapshot.workloads[use.workload];
        Reading& reading = readings[{ use.workload, use.container }];
        const QString identity = workload.nameSpace + QLatin1Char('/') + use.name;
        const ConfigMapObject* configMap = byName.value(identity); // the last of a name, as the API server keeps
        if (configMap == nullptr) {
            reading.missing = true;
            continue;
        }
        used.insert(identity);
        if (reading.source.file < 0)
            reading.source = { configMap->file, configMap->line, configMap->pointer };
        for (const Credential& credential : configMap->credentials) {
            if (!use.keys.isEmpty() && !use.keys.contains(credential.name))
                continue;
            const QString key = configMap->name + QLatin1Char('/') + credential.name;
            if (reading.keys.contains(key))
                continue;
            if (reading.keys.isEmpty())
                reading.source = { configMap->file, credential.line, configMap->pointer + QStringLiteral("/data/") + pointerToken(credential.name) };
            reading.keys << key;
        }
    }
    for (const auto& [index, reading] : readings) {
        if (reading.keys.isEmpty() && reading.missing)
            continue;
        Workload& workload = snapshot.workloads[index.first];
        stateFromObject(workload, workload.containers[index.second], FactKey::ConfigMapCredentials, reading.keys, reading.source);
    }
    for (const ConfigMapObject& configMap : kubernetes.configMaps) {
        if (configMap.credentials.empty())
            continue;
        if (!used.contains(configMap.nameSpace + QLatin1Char('/') + configMap.name)) {
            QStringList keys;
            for (const Credential& credential : configMap.credentials)
                keys << credential.name;
            const QString file = configMap.file >= 0 && static_cast<std::size_t>(configMap.file) < snapshot.inputs.size()
                ? snapshot.inputs[static_cast<std::size_t>(configMap.file)].path
                : QString();
            snapshot.skipped.push_back(SkippedItem { file, configMap.pointer,
                QCoreApplication::translate("crossroads::KubernetesResolver",
                    "ConfigMap %1 holds credential-like keys (%2) but no workload in the input uses it; it is compared for reused "
                    "credentials only")
                    .arg(configMap.nameSpace + QLatin1Char('/') + configMap.name, keys.join(QStringLiteral(", "))) });
        }
        snapshot.configMaps.push_back(configMap);
    }
}

void setEngine(Snapshot& snapshot, FactKey key, FactValue value, Provenance provenance, const KubernetesContext::ObjectLocation& location = {})
{
    Fact fact;
    fact.value = std::move(value);
    fact.provenance = provenance;
    fact.line = location.line;
    fact.setPath("");
    snapshot.mergeEngineFact(key, std::move(fact), SourceBase { location.file, location.pointer, 0 });
}

} // namespace

void KubernetesResolver::resolve(Snapshot& snapshot, const KubernetesContext& kubernetes, const std::vector<Ownership>& owners,
    const std::vector<std::pair<std::size_t, QStringList>>& secretReferences)
{
    // Secret references are indexed like the workloads before folding: apply them first.
    QHash<QString, const SecretObject*> secretsByName;
    for (const SecretObject& secret : snapshot.secretObjects)
        secretsByName.insert(secret.nameSpace + QLatin1Char('/') + secret.name, &secret);
    for (const auto& [index, names] : secretReferences) {
        Workload& workload = snapshot.workloads[index];
        QStringList plain;
        const SecretObject* first = nullptr;
        for (const QString& name : names) {
            if (const SecretObject* secret = secretsByName.value(workload.nameSpace + QLatin1Char('/') + name)) {
                plain << name;
                first = first != nullptr ? first : secret;
            }
        }
        if (plain.isEmpty())
            continue;
        // Cites the (first) Secret whose data the input holds.
        const qint16 base = workload.addBase(first->file, QString());
        for (Container& container : workload.containers) {
            Fact& fact = container[FactKey::PlainManifest];
            fact.value = plain;
            fact.provenance = Provenance::Stated;
            fact.base = base;
            fact.line = first->line;
            fact.setPath("");
        }
    }
    resolveConfigMaps(snapshot, kubernetes); // indexed before folding too
    foldOwned(snapshot, owners);

    bool anyKubernetes = false;
    for (Workload& workload : snapshot.workloads) {
        if (workload.platform != QLatin1String("kubernetes"))
            continue;
        anyKubernetes = true;
        QStringList exposures;
        const KubernetesContext::Service* exposing = nullptr;
        for (const auto& service : kubernetes.services) {
            if (service.nameSpace != workload.nameSpace || service.selector.isEmpty() || !selects(service.selector, workload.labels))
                continue;
            if (!service.exposures.isEmpty()) {
                exposures << service.exposures;
                exposing = &service;
            }
            for (const auto& ingress : kubernetes.ingresses) {
                if (ingress.nameSpace == service.nameSpace && ingress.services.contains(service.name)) {
                    exposures << ExposureText::ingress(ingress.name, ingress.hosts, service.name);
                    if (exposing == nullptr)
                        exposing = &service;
                }
            }
        }
        const auto ingress = NetworkPolicyIsolation::decide(kubernetes.networkPolicies, workload, NetworkPolicyIsolation::Direction::Ingress);
        const auto egress = NetworkPolicyIsolation::decide(kubernetes.networkPolicies, workload, NetworkPolicyIsolation::Direction::Egress);
        const KubernetesContext::ServiceAccount* account = nullptr;
        for (const auto& candidate : kubernetes.serviceAccounts) {
            if (candidate.nameSpace == workload.nameSpace && candidate.name == workload.serviceAccount)
                account = &candidate;
        }
        for (Container& container : workload.containers) {
            if (exposing != nullptr) {
                QStringList published = container[FactKey::PublishedPorts].value.toStringList() + exposures;
                published.removeDuplicates();
                stateFromObject(workload, container, FactKey::PublishedPorts, published, exposing->location);
            }
            // Unselected pods keep the platform default the importer set: not isolated.
            if (ingress.selected)
                stateFromObject(workload, container, FactKey::IngressIsolated, ingress.isolated, ingress.decidedBy);
            if (egress.selected)
                stateFromObject(workload, container, FactKey::EgressIsolated, egress.isolated, egress.decidedBy);
            Fact& token = container[FactKey::ServiceAccountToken];
            if (token.provenance != Provenance::Stated && account != nullptr && account->automount.has_value()) {
                token.value = *account->automount;
                token.provenance = Provenance::Derived;
            }
        }
    }

    for (const auto& space : kubernetes.namespaces) {
        if (!space.enforce.isEmpty())
            snapshot.namespacePolicies.insert(space.name, NamespacePolicy { space.enforce, space.enforceVersion, space.location.file, space.location.line });
    }
    if (!kubernetes.nodeRuntimes.isEmpty() || !kubernetes.kubeletVersions.isEmpty()) {
        setEngine(snapshot, FactKey::EngineKind, QStringLiteral("kubernetes"), Provenance::Stated, kubernetes.nodeLocation);
        setEngine(snapshot, FactKey::EngineNodeRuntimes, kubernetes.nodeRuntimes, Provenance::Stated, kubernetes.nodeLocation);
        if (!kubernetes.kubeletVersions.isEmpty()) {
            // The oldest kubelet decides what the cluster as a whole honours.
            QStringList versions = kubernetes.kubeletVersions;
            // By number: as text, v1.9 would sort after v1.10.
            auto number = [](const QString& version) {
                const QStringList parts = QString(version).remove(QLatin1Char('v')).split(QLatin1Char('.'));
                return std::pair(parts.value(0).toInt(), parts.value(1).toInt());
            };
            std::stable_sort(versions.begin(), versions.end(), [&number](const QString& a, const QString& b) { return number(a) < number(b); });
            setEngine(snapshot, FactKey::EngineKubernetesVersion, versions.first(), Provenance::Stated, kubernetes.nodeLocation);
        }
    } else if (anyKubernetes) {
        setEngine(snapshot, FactKey::EngineKind, QStringLiteral("kubernetes"), Provenance::Derived);
    }
    // Nothing else is said about the nodes' engine: whether the kubelet and its runtime run as
    // root, with which OCI runtime, on which cgroup version, is not in a manifest or a Node
    // object, so those facts stay unknown rather than being invented.
    if (!kubernetes.runtimeClasses.isEmpty())
        setEngine(snapshot, FactKey::EngineRuntimeClasses, kubernetes.runtimeClasses, Provenance::Stated);
}

} // namespace crossroads
