// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace crossroads {

/// The five areas a gap can belong to.
enum class Domain { Runtime, Namespaces, Network, Secrets, Image };
constexpr int domainCount = 5;

/// Stable fact keys of FACTS.md. Container facts first (each container holds one slot per key),
/// then engine facts (one slot per snapshot). The spelled-out key ("runtime.privileged") is the
/// public name used in JSON, snapshots and rules; the enum never leaves the process.
enum class FactKey : int {
    // runtime
    Privileged,
    CapabilitiesAdded,
    CapabilitiesDropAll,
    User,
    RunAsNonRoot,
    NoNewPrivileges,
    Seccomp,
    Mac,
    ReadOnlyRootfs,
    LimitsMemory,
    LimitsCpu,
    LimitsPids,
    Sysctls,
    ProcMount,
    RuntimeClass,
    WindowsHostProcess,
    ProbeHosts,
    PodSeccomp, ///< the pod-level seccompProfile.type (Pod Security judges it apart from the containers')
    SeccompAnnotation, ///< the alpha seccomp annotation's profile; honoured only before Kubernetes 1.27
    // namespaces
    HostPid,
    HostIpc,
    HostNetwork,
    HostUts,
    UserNamespace,
    HostMounts,
    RuntimeSocket,
    Devices,
    VolumeSources,
    PodVolumeSources, ///< every volume type of the pod (spec.volumes), mounted or not: what Pod Security judges
    // network
    PublishedPorts,
    HostPorts,
    IngressIsolated,
    EgressIsolated,
    NetworkMode,
    // secrets
    EnvLiterals,
    EnvFromSecret,
    SecretFiles,
    ServiceAccountToken,
    PlainManifest,
    ConfigMapCredentials,
    // image
    ImageReference,
    ImagePinnedByDigest,
    ImageMutableTag,
    ImageRegistry,
    ImagePullPolicy,
    ImageDigest,
    ContainerFactCount,

    // engine (per snapshot)
    EngineKind = ContainerFactCount,
    EngineVersion,
    EngineRootless,
    EngineDaemonless,
    EngineOciRuntime,
    EngineCgroupVersion,
    EngineSeccomp,
    EngineAppArmor,
    EngineSelinux,
    EngineUserNamespaces,
    EngineKubernetesVersion,
    EngineRuntimeClasses,
    EngineNodeRuntimes,
    FactKeyCount
};

constexpr int containerFactCount = static_cast<int>(FactKey::ContainerFactCount);
constexpr int engineFactCount = static_cast<int>(FactKey::FactKeyCount) - containerFactCount;

/// What a known fact's value is, as every importer sets it and a snapshot records it:
/// true/false, one text, or a list of texts.
enum class FactValueKind { Flag, Text, List };

/// "runtime.privileged" for FactKey::Privileged.
const char* factName(FactKey key);
std::optional<FactKey> factKeyFromName(std::string_view name);
Domain factDomain(FactKey key);
FactValueKind factValueKind(FactKey key);
bool isEngineFact(FactKey key);

const char* domainName(Domain domain); ///< "runtime", "namespaces", ...
std::optional<Domain> domainFromName(std::string_view name);
QString domainTitle(Domain domain); ///< translated, capitalised

} // namespace crossroads
