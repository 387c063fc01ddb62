// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "addressblock.h"
#include "common/error.h"
#include "document/document.h"
#include "labelselector.h"
#include "snapshot/snapshot.h"
#include "stringpool.h"

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace crossroads {

class WorkspaceKey;

/// Kubernetes objects that shape other workloads' facts (exposure, isolation, admission); kept
/// until every file is read, then applied by KubernetesResolver.
struct KubernetesContext {
    /// Where an object sits in its input, for the facts it shapes.
    struct ObjectLocation {
        int file = -1;
        quint32 line = 0;
        QString pointer;
    };
    struct Service {
        QString nameSpace, name, type;
        QMap<QString, QString> selector;
        QStringList exposures; ///< "NodePort 30080->8080/TCP", "LoadBalancer 443", "externalIP 1.2.3.4"
        ObjectLocation location;
    };
    struct Ingress {
        QString nameSpace, name;
        QStringList services; ///< backend service names
        QStringList hosts;
        ObjectLocation location;
    };
    struct NetworkPolicy {
        QString nameSpace, name;
        LabelSelector podSelector; ///< empty selects every pod of the namespace
        bool ingress = false, egress = false; ///< the directions it governs (policyTypes)
        /// One direction's rules, as far as isolation goes (NetworkPolicyIsolation decides).
        struct Rules {
            /// The first rule or peer that lets every peer through (a rule without `from`, a
            /// peer selecting every namespace, an ipBlock of every address); file -1 when none.
            ObjectLocation opening;
            /// The narrower ipBlocks, which only together may hold every address.
            std::vector<std::pair<AddressBlock, ObjectLocation>> blocks;
        };
        Rules ingressRules, egressRules;
        ObjectLocation location;
    };
    struct Namespace {
        QString name, enforce, enforceVersion;
        ObjectLocation location;
    };
    struct ServiceAccount {
        QString nameSpace, name;
        std::optional<bool> automount;
    };
    /// A container's use of a ConfigMap: env[].valueFrom.configMapKeyRef, envFrom.configMapRef,
    /// a configMap volume it mounts, or a projected volume's configMap source.
    struct ConfigMapUse {
        std::size_t workload; ///< index into the batch's workloads
        std::size_t container; ///< index into that workload's containers
        QString name;
        QStringList keys; ///< the keys it reads; empty for every key
    };
    std::vector<Service> services;
    std::vector<Ingress> ingresses;
    std::vector<NetworkPolicy> networkPolicies;
    std::vector<Namespace> namespaces;
    std::vector<ServiceAccount> serviceAccounts;
    /// Every ConfigMap of the input, holding only its credential-like keys, fingerprinted.
    std::vector<ConfigMapObject> configMaps;
    std::vector<ConfigMapUse> configMapUses;
    QStringList nodeRuntimes; ///< "containerd://1.7.2 (node-1)"
    QStringList kubeletVersions;
    QStringList runtimeClasses; ///< "gvisor → runsc"
    ObjectLocation nodeLocation; ///< file -1 when no Node was read
};

/// Podman/Docker networks (`network inspect`) and the networks each container joined; kept until
/// every file is read (the networks usually come from another file), then applied by
/// EngineNetworkResolver.
struct EngineNetworks {
    struct Network {
        QString name;
        bool internal = false;
        KubernetesContext::ObjectLocation location;
    };
    struct Attachment {
        std::size_t workload; ///< index into the batch's workloads
        QStringList networks;
    };
    std::vector<Network> networks;
    std::vector<Attachment> attachments;
};

/// Podman pods: containers that share an infra container's namespaces are one workload, as a
/// Kubernetes Pod is (podman-pod-create(1)). Kept until every file is read, then applied by
/// EnginePodResolver.
struct EnginePods {
    struct Member {
        std::size_t workload; ///< index into the batch's workloads
        QString podId;
    };
    /// The infra container: it runs nothing but holds the pod's network, so the pod's ports
    /// are published on it.
    struct Infra {
        QString podId;
        QStringList publishedPorts, hostPorts;
        KubernetesContext::ObjectLocation location; ///< its HostConfig.PortBindings
    };
    /// From `podman pod ps --format json`: the pod's name and labels.
    struct Pod {
        QString id, name;
        QMap<QString, QString> labels;
    };
    std::vector<Member> members;
    std::vector<Infra> infras;
    std::vector<Pod> pods;
};

/// Kubernetes ownership, for folding ReplicaSets and Pods into their Deployment.
struct Ownership {
    std::size_t workload; ///< index into the batch's workloads
    QString ownerKind, ownerName;
};

/// What one input file contributes. Built separately for each file and merged only when the
/// whole file was read, so a bad file never leaves half its content behind.
/// What a v2 snapshot's fact shape says of every fact that names it (SnapshotFile).
struct SavedFactShape {
    std::optional<FactKey> key; ///< none: a fact this version does not know, skipped
    Provenance provenance = Provenance::Unknown;
    quint16 unsetPath = FactPath::none; ///< a platform default's field left unset
};

struct ImportBatch {
    std::vector<Workload> workloads;
    std::vector<Ownership> owners;
    std::vector<std::pair<std::size_t, QStringList>> secretReferences; ///< workload index → Secret names it uses
    std::vector<SecretObject> secretObjects;
    std::vector<ConfigMapObject> configMaps; ///< read back from a saved snapshot
    std::vector<SkippedItem> skipped;
    std::vector<std::pair<FactKey, Fact>> engineFacts; ///< Fact::base is a file index here
    KubernetesContext kubernetes;
    EngineNetworks engineNetworks;
    EnginePods enginePods;
    /// Files this input refers to and that were read with it (compose env_file); they follow
    /// it in Snapshot::inputs, so the first has file index ImportContext::fileIndex + 1.
    std::vector<InputFile> extraInputs;
    StringPool strings; ///< for the texts that repeat across objects (kinds, namespaces, labels)
    /// A v2 snapshot's fact shapes so far, numbered in the order its workloads define them.
    std::vector<SavedFactShape> snapshotShapes;
    QByteArray recordedKeyId; ///< a saved snapshot's workspace key id (hex): its fingerprints were made with it
    QString recordedName; ///< a saved snapshot's name for its environment; empty for any other input
    int recognisedUnits = 0; ///< documents or items some importer read (or skipped by kind)
    int kubernetesUnits = 0; ///< of them, Kubernetes objects
    int unrecognisedUnits = 0; ///< documents or items no importer knows
    int emptyUnits = 0; ///< empty YAML documents and null documents
    /// The first field whose value the platform would refuse (FieldCheck): the file is not read.
    std::optional<Error> invalid;
};

struct ImportContext {
    int fileIndex = -1;
    QString fileName;
    const WorkspaceKey* key = nullptr;
    ImportBatch* batch = nullptr;
    Side side = Side::Dev; ///< the side being read (a saved snapshot must have been recorded as it)
};

// Helpers shared by the importers.
void state(Container& container, FactKey key, FactValue value, qint16 base, const Node& node, const char* path);
/// state() at `node` and `path` when the field is there; else at its owner object, which then
/// states the value by leaving the field out (no volumes: nothing mounted). Never cites a
/// field that is not in the input.
void stateAt(Container& container, FactKey key, FactValue value, qint16 base, const Node& node, const char* path, const Node& owner);
/// A value that follows from other fields the input states; base, line and path cite them.
void derive(Container& container, FactKey key, FactValue value, qint16 base = -1, quint32 line = 0, const char* path = nullptr);
/// The input does not set the field at `unsetPath` below the object at `base` (on `objectLine`):
/// the platform's documented default applies (PlatformDefaults says what it is).
void assumeDefault(Container& container, FactKey key, FactValue value, qint16 base, quint32 objectLine, const char* unsetPath);
/// Fills the image.* facts from a reference.
void setImageFacts(Container& container, const QString& reference, qint16 base, const Node& node, const char* path);
/// Classifies name=value as a credential (CredentialClassifier::classify); when it is one,
/// returns its name, classification and keyed fingerprint, never the value. The caller must
/// not keep the value.
std::optional<Credential> classifyCredential(const ImportContext& context, std::string_view name, std::string_view value, quint32 line);
/// Classifies name=value as a credential; when it is one, records its fingerprint and returns
/// true. The caller must not keep the value.
bool recordCredential(const ImportContext& context, Container& container, std::string_view name, std::string_view value,
    qint16 base, quint32 line);
QMap<QString, QString> toStringMap(const Node& object);
/// Node::toString() for texts that repeat across the objects of a file: shared, not copied.
QString pooledString(const ImportContext& context, const Node& node);
/// toStringMap() with pooled keys and values, for labels.
QMap<QString, QString> toPooledStringMap(const ImportContext& context, const Node& object);
KubernetesContext::ObjectLocation locationOf(const ImportContext& context, const Node& node, QString pointer = {});
QString fromUtf8(std::string_view text);
/// "cap_sys_admin" → "SYS_ADMIN".
QString normalizeCapability(QString capability);
/// 127.0.0.0/8, ::1 or localhost: a port published there is reachable from the host alone.
bool isLoopbackAddress(const QString& address);
/// Whether any of "hostIp:port->..." entries listens beyond loopback (where other hosts reach it).
bool publishesBeyondLoopback(const QStringList& published);
/// Whether a host path is a container runtime socket (docker.sock, podman.sock, containerd.sock, crio.sock).
bool isRuntimeSocket(const QString& path);

} // namespace crossroads
