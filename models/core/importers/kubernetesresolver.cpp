// SPDX-License-Identifier: Apache-2.0
#include "kubernetesresolver.h"

#include <QSet>

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

void appendToListFact(Workload& workload, Container& container, FactKey key, const QStringList& items, int file, quint32 line,
    const QString& pointer)
{
    Fact& fact = container[key];
    QStringList values = fact.value.toStringList();
    values << items;
    values.removeDuplicates();
    fact.value = values;
    fact.provenance = Provenance::Stated;
    fact.base = workload.addBase(file, pointer);
    fact.line = line;
    fact.path = "";
}

void setBoolFact(Workload& workload, Container& container, FactKey key, bool value, int file, quint32 line, const QString& pointer)
{
    Fact& fact = container[key];
    fact.value = value;
    fact.provenance = Provenance::Stated;
    fact.base = workload.addBase(file, pointer);
    fact.line = line;
    fact.path = "";
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
    std::vector<Workload> kept;
    kept.reserve(snapshot.workloads.size());
    for (std::size_t i = 0; i < snapshot.workloads.size(); ++i) {
        if (!folded[i])
            kept.push_back(std::move(snapshot.workloads[i]));
    }
    snapshot.workloads = std::move(kept);
}

void setEngine(Snapshot& snapshot, FactKey key, QVariant value, Provenance provenance, int file, quint32 line, const QString& pointer)
{
    Fact& fact = snapshot.engineFact(key);
    if (fact.provenance == Provenance::Stated && provenance != Provenance::Stated)
        return;
    fact.value = std::move(value);
    fact.provenance = provenance;
    fact.line = line;
    fact.path = "";
    fact.base = -1;
    if (file >= 0) {
        snapshot.engineBases.push_back(SourceBase { file, pointer, 0 });
        fact.base = static_cast<qint16>(snapshot.engineBases.size() - 1);
    }
}

} // namespace

void KubernetesResolver::resolve(Snapshot& snapshot, const KubernetesContext& kubernetes, const std::vector<Ownership>& owners,
    const std::vector<std::pair<std::size_t, QStringList>>& secretReferences)
{
    // Secret references are indexed like the workloads before folding: apply them first.
    QSet<QString> secretsInInput;
    for (const SecretObject& secret : snapshot.secretObjects)
        secretsInInput.insert(secret.nameSpace + QLatin1Char('/') + secret.name);
    for (const auto& [index, names] : secretReferences) {
        Workload& workload = snapshot.workloads[index];
        QStringList plain;
        for (const QString& name : names) {
            if (secretsInInput.contains(workload.nameSpace + QLatin1Char('/') + name))
                plain << name;
        }
        if (plain.isEmpty())
            continue;
        for (Container& container : workload.containers) {
            Fact& fact = container[FactKey::PlainManifest];
            fact.value = plain;
            fact.provenance = Provenance::Stated;
        }
    }
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
                    exposures << QStringLiteral("Ingress %1 (%2) -> service %3").arg(ingress.name, ingress.hosts.join(QStringLiteral(", ")), service.name);
                    if (exposing == nullptr)
                        exposing = &service;
                }
            }
        }
        const KubernetesContext::NetworkPolicy* ingressPolicy = nullptr;
        const KubernetesContext::NetworkPolicy* egressPolicy = nullptr;
        for (const auto& policy : kubernetes.networkPolicies) {
            if (policy.nameSpace != workload.nameSpace || policy.selectorHasExpressions || !selects(policy.podSelector, workload.labels))
                continue;
            if (policy.ingress && ingressPolicy == nullptr)
                ingressPolicy = &policy;
            if (policy.egress && egressPolicy == nullptr)
                egressPolicy = &policy;
        }
        const KubernetesContext::ServiceAccount* account = nullptr;
        for (const auto& candidate : kubernetes.serviceAccounts) {
            if (candidate.nameSpace == workload.nameSpace && candidate.name == workload.serviceAccount)
                account = &candidate;
        }
        for (Container& container : workload.containers) {
            if (exposing != nullptr)
                appendToListFact(workload, container, FactKey::PublishedPorts, exposures, exposing->file, exposing->line, exposing->pointer);
            if (ingressPolicy != nullptr)
                setBoolFact(workload, container, FactKey::IngressIsolated, true, ingressPolicy->file, ingressPolicy->line, ingressPolicy->pointer);
            if (egressPolicy != nullptr)
                setBoolFact(workload, container, FactKey::EgressIsolated, true, egressPolicy->file, egressPolicy->line, egressPolicy->pointer);
            Fact& token = container[FactKey::ServiceAccountToken];
            if (token.provenance != Provenance::Stated && account != nullptr && account->automount.has_value()) {
                token.value = *account->automount;
                token.provenance = Provenance::Derived;
            }
        }
    }

    for (const auto& space : kubernetes.namespaces) {
        if (!space.enforce.isEmpty())
            snapshot.namespacePolicies.insert(space.name, NamespacePolicy { space.enforce, space.enforceVersion, space.file, space.line });
    }
    if (!kubernetes.nodeRuntimes.isEmpty() || !kubernetes.kubeletVersions.isEmpty()) {
        setEngine(snapshot, FactKey::EngineKind, QStringLiteral("kubernetes"), Provenance::Stated, kubernetes.nodeFile, kubernetes.nodeLine, kubernetes.nodePointer);
        setEngine(snapshot, FactKey::EngineNodeRuntimes, kubernetes.nodeRuntimes, Provenance::Stated, kubernetes.nodeFile, kubernetes.nodeLine, kubernetes.nodePointer);
        QString runtime = kubernetes.nodeRuntimes.value(0).section(QStringLiteral("://"), 0, 0);
        if (!runtime.isEmpty()) {
            // containerd and CRI-O start containers with runc unless a RuntimeClass says otherwise.
            setEngine(snapshot, FactKey::EngineOciRuntime, QStringLiteral("runc"), Provenance::Derived, kubernetes.nodeFile, kubernetes.nodeLine, kubernetes.nodePointer);
        }
        if (!kubernetes.kubeletVersions.isEmpty()) {
            QStringList versions = kubernetes.kubeletVersions;
            versions.sort();
            setEngine(snapshot, FactKey::EngineKubernetesVersion, versions.first(), Provenance::Stated, kubernetes.nodeFile, kubernetes.nodeLine, kubernetes.nodePointer);
        }
    } else if (anyKubernetes) {
        setEngine(snapshot, FactKey::EngineKind, QStringLiteral("kubernetes"), Provenance::Derived, -1, 0, {});
    }
    if (anyKubernetes) {
        // The kubelet and its container runtime run as root on the node, with a daemon, by default.
        setEngine(snapshot, FactKey::EngineRootless, false, Provenance::Derived, -1, 0, {});
        setEngine(snapshot, FactKey::EngineDaemonless, false, Provenance::Derived, -1, 0, {});
    }
    if (!kubernetes.runtimeClasses.isEmpty())
        setEngine(snapshot, FactKey::EngineRuntimeClasses, kubernetes.runtimeClasses, Provenance::Stated, -1, 0, {});
}

} // namespace crossroads
