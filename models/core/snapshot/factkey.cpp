// SPDX-License-Identifier: Apache-2.0
#include "factkey.h"

#include <QCoreApplication>

#include <array>

namespace crossroads {

namespace {
struct FactInfo {
    const char* name;
    Domain domain;
    FactValueKind kind;
};

constexpr std::array<FactInfo, static_cast<std::size_t>(FactKey::FactKeyCount)> factTable { {
    { "runtime.privileged", Domain::Runtime, FactValueKind::Flag },
    { "runtime.capabilities.added", Domain::Runtime, FactValueKind::List },
    { "runtime.capabilities.drop_all", Domain::Runtime, FactValueKind::Flag },
    { "runtime.user", Domain::Runtime, FactValueKind::Text },
    { "runtime.run_as_non_root", Domain::Runtime, FactValueKind::Flag },
    { "runtime.no_new_privileges", Domain::Runtime, FactValueKind::Flag },
    { "runtime.seccomp", Domain::Runtime, FactValueKind::Text },
    { "runtime.mac", Domain::Runtime, FactValueKind::List },
    { "runtime.read_only_rootfs", Domain::Runtime, FactValueKind::Flag },
    { "runtime.limits.memory", Domain::Runtime, FactValueKind::Text },
    { "runtime.limits.cpu", Domain::Runtime, FactValueKind::Text },
    { "runtime.limits.pids", Domain::Runtime, FactValueKind::Text },
    { "runtime.sysctls", Domain::Runtime, FactValueKind::List },
    { "runtime.proc_mount", Domain::Runtime, FactValueKind::Text },
    { "runtime.runtime_class", Domain::Runtime, FactValueKind::Text },
    { "runtime.windows_host_process", Domain::Runtime, FactValueKind::Flag },
    { "runtime.probe_hosts", Domain::Runtime, FactValueKind::List },
    { "runtime.seccomp.pod", Domain::Runtime, FactValueKind::Text },
    { "runtime.seccomp.annotation", Domain::Runtime, FactValueKind::Text },
    { "namespaces.host_pid", Domain::Namespaces, FactValueKind::Flag },
    { "namespaces.host_ipc", Domain::Namespaces, FactValueKind::Flag },
    { "namespaces.host_network", Domain::Namespaces, FactValueKind::Flag },
    { "namespaces.host_uts", Domain::Namespaces, FactValueKind::Flag },
    { "namespaces.user", Domain::Namespaces, FactValueKind::Flag },
    { "namespaces.host_mounts", Domain::Namespaces, FactValueKind::List },
    { "namespaces.runtime_socket", Domain::Namespaces, FactValueKind::List },
    { "namespaces.devices", Domain::Namespaces, FactValueKind::List },
    { "namespaces.volume_sources", Domain::Namespaces, FactValueKind::List },
    { "namespaces.pod_volume_sources", Domain::Namespaces, FactValueKind::List },
    { "network.published_ports", Domain::Network, FactValueKind::List },
    { "network.host_ports", Domain::Network, FactValueKind::List },
    { "network.ingress_isolated", Domain::Network, FactValueKind::Flag },
    { "network.egress_isolated", Domain::Network, FactValueKind::Flag },
    { "network.mode", Domain::Network, FactValueKind::Text },
    { "secrets.env_literals", Domain::Secrets, FactValueKind::List },
    { "secrets.env_from_secret", Domain::Secrets, FactValueKind::List },
    { "secrets.files", Domain::Secrets, FactValueKind::List },
    { "secrets.service_account_token", Domain::Secrets, FactValueKind::Flag },
    { "secrets.plain_manifest", Domain::Secrets, FactValueKind::List },
    { "secrets.config_map_credentials", Domain::Secrets, FactValueKind::List },
    { "image.reference", Domain::Image, FactValueKind::Text },
    { "image.pinned_by_digest", Domain::Image, FactValueKind::Flag },
    { "image.mutable_tag", Domain::Image, FactValueKind::Flag },
    { "image.registry", Domain::Image, FactValueKind::Text },
    { "image.pull_policy", Domain::Image, FactValueKind::Text },
    { "image.digest", Domain::Image, FactValueKind::Text },
    { "runtime.engine.kind", Domain::Runtime, FactValueKind::Text },
    { "runtime.engine.version", Domain::Runtime, FactValueKind::Text },
    { "runtime.engine.rootless", Domain::Runtime, FactValueKind::Flag },
    { "runtime.engine.daemonless", Domain::Runtime, FactValueKind::Flag },
    { "runtime.engine.oci_runtime", Domain::Runtime, FactValueKind::Text },
    { "runtime.engine.cgroup_version", Domain::Runtime, FactValueKind::Text },
    { "runtime.engine.seccomp", Domain::Runtime, FactValueKind::Flag },
    { "runtime.engine.apparmor", Domain::Runtime, FactValueKind::Flag },
    { "runtime.engine.selinux", Domain::Runtime, FactValueKind::Flag },
    { "runtime.engine.user_namespaces", Domain::Runtime, FactValueKind::List },
    { "runtime.engine.kubernetes_version", Domain::Runtime, FactValueKind::Text },
    { "runtime.engine.runtime_classes", Domain::Runtime, FactValueKind::List },
    { "runtime.engine.node_runtimes", Domain::Runtime, FactValueKind::List },
} };

constexpr std::array<const char*, domainCount> domainNames { "runtime", "namespaces", "network", "secrets", "image" };
} // namespace

const char* factName(FactKey key)
{
    return factTable[static_cast<std::size_t>(key)].name;
}

std::optional<FactKey> factKeyFromName(std::string_view name)
{
    for (std::size_t i = 0; i < factTable.size(); ++i) {
        if (name == factTable[i].name)
            return static_cast<FactKey>(i);
    }
    return std::nullopt;
}

Domain factDomain(FactKey key)
{
    return factTable[static_cast<std::size_t>(key)].domain;
}

FactValueKind factValueKind(FactKey key)
{
    return factTable[static_cast<std::size_t>(key)].kind;
}

bool isEngineFact(FactKey key)
{
    return static_cast<int>(key) >= containerFactCount;
}

const char* domainName(Domain domain)
{
    return domainNames[static_cast<std::size_t>(domain)];
}

std::optional<Domain> domainFromName(std::string_view name)
{
    for (std::size_t i = 0; i < domainNames.size(); ++i) {
        if (name == domainNames[i])
            return static_cast<Domain>(i);
    }
    return std::nullopt;
}

QString domainTitle(Domain domain)
{
    switch (domain) {
    case Domain::Runtime:
        return QCoreApplication::translate("Domain", "Runtime");
    case Domain::Namespaces:
        return QCoreApplication::translate("Domain", "Namespaces");
    case Domain::Network:
        return QCoreApplication::translate("Domain", "Network");
    case Domain::Secrets:
        return QCoreApplication::translate("Domain", "Secrets");
    case Domain::Image:
        return QCoreApplication::translate("Domain", "Image");
    }
    return {};
}

} // namespace crossroads
