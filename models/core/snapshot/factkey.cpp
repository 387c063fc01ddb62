// SPDX-License-Identifier: Apache-2.0
#include "factkey.h"

#include <QCoreApplication>

#include <array>

namespace crossroads {

namespace {
struct FactInfo {
    const char* name;
    Domain domain;
};

constexpr std::array<FactInfo, static_cast<std::size_t>(FactKey::FactKeyCount)> factTable { {
    { "runtime.privileged", Domain::Runtime },
    { "runtime.capabilities.added", Domain::Runtime },
    { "runtime.capabilities.drop_all", Domain::Runtime },
    { "runtime.user", Domain::Runtime },
    { "runtime.run_as_non_root", Domain::Runtime },
    { "runtime.no_new_privileges", Domain::Runtime },
    { "runtime.seccomp", Domain::Runtime },
    { "runtime.mac", Domain::Runtime },
    { "runtime.read_only_rootfs", Domain::Runtime },
    { "runtime.limits.memory", Domain::Runtime },
    { "runtime.limits.cpu", Domain::Runtime },
    { "runtime.limits.pids", Domain::Runtime },
    { "runtime.sysctls", Domain::Runtime },
    { "runtime.proc_mount", Domain::Runtime },
    { "runtime.runtime_class", Domain::Runtime },
    { "runtime.windows_host_process", Domain::Runtime },
    { "runtime.probe_hosts", Domain::Runtime },
    { "runtime.seccomp.pod", Domain::Runtime },
    { "runtime.seccomp.annotation", Domain::Runtime },
    { "namespaces.host_pid", Domain::Namespaces },
    { "namespaces.host_ipc", Domain::Namespaces },
    { "namespaces.host_network", Domain::Namespaces },
    { "namespaces.host_uts", Domain::Namespaces },
    { "namespaces.user", Domain::Namespaces },
    { "namespaces.host_mounts", Domain::Namespaces },
    { "namespaces.runtime_socket", Domain::Namespaces },
    { "namespaces.devices", Domain::Namespaces },
    { "namespaces.volume_sources", Domain::Namespaces },
    { "namespaces.pod_volume_sources", Domain::Namespaces },
    { "network.published_ports", Domain::Network },
    { "network.host_ports", Domain::Network },
    { "network.ingress_isolated", Domain::Network },
    { "network.egress_isolated", Domain::Network },
    { "network.mode", Domain::Network },
    { "secrets.env_literals", Domain::Secrets },
    { "secrets.env_from_secret", Domain::Secrets },
    { "secrets.files", Domain::Secrets },
    { "secrets.service_account_token", Domain::Secrets },
    { "secrets.plain_manifest", Domain::Secrets },
    { "secrets.config_map_credentials", Domain::Secrets },
    { "image.reference", Domain::Image },
    { "image.pinned_by_digest", Domain::Image },
    { "image.mutable_tag", Domain::Image },
    { "image.registry", Domain::Image },
    { "image.pull_policy", Domain::Image },
    { "image.digest", Domain::Image },
    { "runtime.engine.kind", Domain::Runtime },
    { "runtime.engine.version", Domain::Runtime },
    { "runtime.engine.rootless", Domain::Runtime },
    { "runtime.engine.daemonless", Domain::Runtime },
    { "runtime.engine.oci_runtime", Domain::Runtime },
    { "runtime.engine.cgroup_version", Domain::Runtime },
    { "runtime.engine.seccomp", Domain::Runtime },
    { "runtime.engine.apparmor", Domain::Runtime },
    { "runtime.engine.selinux", Domain::Runtime },
    { "runtime.engine.user_namespaces", Domain::Runtime },
    { "runtime.engine.kubernetes_version", Domain::Runtime },
    { "runtime.engine.runtime_classes", Domain::Runtime },
    { "runtime.engine.node_runtimes", Domain::Runtime },
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
