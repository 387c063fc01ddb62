// SPDX-License-Identifier: Apache-2.0
#include "platformdefaults.h"

#include <QCoreApplication>

#include <array>

namespace crossroads {

namespace {

enum class Family { Kubernetes, Engine, Compose };

struct DefaultText {
    Family family;
    FactKey key;
    const char* text;
};

// Sources: Kubernetes API reference (PodSecurityContext, SecurityContext, PodSpec), the seccomp
// and NetworkPolicy concept pages; podman-run(1), docker-run(1) and the compose specification.
constexpr std::array texts {
    DefaultText { Family::Kubernetes, FactKey::Privileged, QT_TRANSLATE_NOOP("PlatformDefaults", "Kubernetes runs the container unprivileged.") },
    DefaultText { Family::Kubernetes, FactKey::CapabilitiesAdded, QT_TRANSLATE_NOOP("PlatformDefaults", "no capability is added to the container runtime's default set.") },
    DefaultText { Family::Kubernetes, FactKey::CapabilitiesDropAll, QT_TRANSLATE_NOOP("PlatformDefaults", "nothing is dropped: the container runtime's default capabilities stay.") },
    DefaultText { Family::Kubernetes, FactKey::User, QT_TRANSLATE_NOOP("PlatformDefaults", "the image's USER runs, which is root unless the image names another user.") },
    DefaultText { Family::Kubernetes, FactKey::RunAsNonRoot, QT_TRANSLATE_NOOP("PlatformDefaults", "the kubelet does not check that the user is not root.") },
    DefaultText { Family::Kubernetes, FactKey::NoNewPrivileges, QT_TRANSLATE_NOOP("PlatformDefaults", "allowPrivilegeEscalation is true: a setuid program can gain privileges.") },
    DefaultText { Family::Kubernetes, FactKey::Seccomp, QT_TRANSLATE_NOOP("PlatformDefaults", "Kubernetes runs the container Unconfined unless the kubelet runs with --seccomp-default (then RuntimeDefault).") },
    DefaultText { Family::Kubernetes, FactKey::PodSeccomp, QT_TRANSLATE_NOOP("PlatformDefaults", "no pod-wide profile: each container's own setting applies.") },
    DefaultText { Family::Kubernetes, FactKey::Mac, QT_TRANSLATE_NOOP("PlatformDefaults", "the container runtime's default AppArmor profile and SELinux label apply where the node has them.") },
    DefaultText { Family::Kubernetes, FactKey::ReadOnlyRootfs, QT_TRANSLATE_NOOP("PlatformDefaults", "the root filesystem is writable.") },
    DefaultText { Family::Kubernetes, FactKey::LimitsMemory, QT_TRANSLATE_NOOP("PlatformDefaults", "no memory limit, unless a LimitRange of the namespace (not in the input) sets one.") },
    DefaultText { Family::Kubernetes, FactKey::LimitsCpu, QT_TRANSLATE_NOOP("PlatformDefaults", "no CPU limit, unless a LimitRange of the namespace (not in the input) sets one.") },
    DefaultText { Family::Kubernetes, FactKey::Sysctls, QT_TRANSLATE_NOOP("PlatformDefaults", "no sysctl is set.") },
    DefaultText { Family::Kubernetes, FactKey::ProcMount, QT_TRANSLATE_NOOP("PlatformDefaults", "the container runtime masks /proc paths (procMount Default).") },
    DefaultText { Family::Kubernetes, FactKey::WindowsHostProcess, QT_TRANSLATE_NOOP("PlatformDefaults", "not a Windows HostProcess container.") },
    DefaultText { Family::Kubernetes, FactKey::HostPid, QT_TRANSLATE_NOOP("PlatformDefaults", "the pod has its own process namespace.") },
    DefaultText { Family::Kubernetes, FactKey::HostIpc, QT_TRANSLATE_NOOP("PlatformDefaults", "the pod has its own IPC namespace.") },
    DefaultText { Family::Kubernetes, FactKey::HostNetwork, QT_TRANSLATE_NOOP("PlatformDefaults", "the pod has its own network namespace.") },
    DefaultText { Family::Kubernetes, FactKey::HostUts, QT_TRANSLATE_NOOP("PlatformDefaults", "the pod has its own hostname (UTS namespace).") },
    DefaultText { Family::Kubernetes, FactKey::UserNamespace, QT_TRANSLATE_NOOP("PlatformDefaults", "hostUsers is true: the pod shares the node's user namespace, so uid 0 in it is uid 0 on the node.") },
    DefaultText { Family::Kubernetes, FactKey::IngressIsolated, QT_TRANSLATE_NOOP("PlatformDefaults", "no NetworkPolicy in the input selects the pod for ingress: Kubernetes lets all inbound traffic in.") },
    DefaultText { Family::Kubernetes, FactKey::EgressIsolated, QT_TRANSLATE_NOOP("PlatformDefaults", "no NetworkPolicy in the input selects the pod for egress: Kubernetes lets all outbound traffic out.") },
    DefaultText { Family::Kubernetes, FactKey::ServiceAccountToken, QT_TRANSLATE_NOOP("PlatformDefaults", "automountServiceAccountToken is true (on the pod and its ServiceAccount): the API token is mounted.") },
    DefaultText { Family::Kubernetes, FactKey::ImagePullPolicy, QT_TRANSLATE_NOOP("PlatformDefaults", "Always for :latest or an image without a tag, IfNotPresent otherwise.") },

    DefaultText { Family::Engine, FactKey::User, QT_TRANSLATE_NOOP("PlatformDefaults", "the image's USER runs, which is root unless the image names another user.") },
    DefaultText { Family::Engine, FactKey::RunAsNonRoot, QT_TRANSLATE_NOOP("PlatformDefaults", "the image's USER runs, which is root unless the image names another user.") },
    DefaultText { Family::Engine, FactKey::NoNewPrivileges, QT_TRANSLATE_NOOP("PlatformDefaults", "no-new-privileges is off unless containers.conf (Podman) or daemon.json (Docker) turns it on.") },
    DefaultText { Family::Engine, FactKey::Seccomp, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine's default seccomp profile applies.") },
    DefaultText { Family::Engine, FactKey::Mac, QT_TRANSLATE_NOOP("PlatformDefaults", "no AppArmor profile or SELinux label is recorded: the engine's default applies where the host has one.") },
    DefaultText { Family::Engine, FactKey::ProcMount, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine masks sensitive /proc paths.") },
    DefaultText { Family::Engine, FactKey::UserNamespace, QT_TRANSLATE_NOOP("PlatformDefaults", "a rootful engine runs the container in the host's user namespace.") },

    DefaultText { Family::Compose, FactKey::Privileged, QT_TRANSLATE_NOOP("PlatformDefaults", "compose runs the service unprivileged.") },
    DefaultText { Family::Compose, FactKey::CapabilitiesAdded, QT_TRANSLATE_NOOP("PlatformDefaults", "no capability is added to the engine's default set.") },
    DefaultText { Family::Compose, FactKey::CapabilitiesDropAll, QT_TRANSLATE_NOOP("PlatformDefaults", "nothing is dropped: the engine's default capabilities stay.") },
    DefaultText { Family::Compose, FactKey::User, QT_TRANSLATE_NOOP("PlatformDefaults", "the image's USER runs, which is root unless the image names another user.") },
    DefaultText { Family::Compose, FactKey::RunAsNonRoot, QT_TRANSLATE_NOOP("PlatformDefaults", "the image's USER runs, which is root unless the image names another user.") },
    DefaultText { Family::Compose, FactKey::NoNewPrivileges, QT_TRANSLATE_NOOP("PlatformDefaults", "no-new-privileges is off unless the engine's configuration turns it on.") },
    DefaultText { Family::Compose, FactKey::Seccomp, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine's default seccomp profile applies.") },
    DefaultText { Family::Compose, FactKey::Mac, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine's default AppArmor profile or SELinux label applies where the host has one.") },
    DefaultText { Family::Compose, FactKey::ReadOnlyRootfs, QT_TRANSLATE_NOOP("PlatformDefaults", "the root filesystem is writable.") },
    DefaultText { Family::Compose, FactKey::LimitsMemory, QT_TRANSLATE_NOOP("PlatformDefaults", "no memory limit.") },
    DefaultText { Family::Compose, FactKey::LimitsCpu, QT_TRANSLATE_NOOP("PlatformDefaults", "no CPU limit.") },
    DefaultText { Family::Compose, FactKey::LimitsPids, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine's default process limit applies (Podman: 2048; Docker: none).") },
    DefaultText { Family::Compose, FactKey::Sysctls, QT_TRANSLATE_NOOP("PlatformDefaults", "no sysctl is set.") },
    DefaultText { Family::Compose, FactKey::ProcMount, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine masks sensitive /proc paths.") },
    DefaultText { Family::Compose, FactKey::HostPid, QT_TRANSLATE_NOOP("PlatformDefaults", "the service has its own process namespace.") },
    DefaultText { Family::Compose, FactKey::HostIpc, QT_TRANSLATE_NOOP("PlatformDefaults", "the service has its own IPC namespace.") },
    DefaultText { Family::Compose, FactKey::HostNetwork, QT_TRANSLATE_NOOP("PlatformDefaults", "the service joins the project's networks, not the host's.") },
    DefaultText { Family::Compose, FactKey::HostUts, QT_TRANSLATE_NOOP("PlatformDefaults", "the service has its own hostname (UTS namespace).") },
    DefaultText { Family::Compose, FactKey::UserNamespace, QT_TRANSLATE_NOOP("PlatformDefaults", "the engine's default: the host's user namespace for a rootful engine.") },
    DefaultText { Family::Compose, FactKey::NetworkMode, QT_TRANSLATE_NOOP("PlatformDefaults", "the project's default bridge network.") },
    DefaultText { Family::Compose, FactKey::EgressIsolated, QT_TRANSLATE_NOOP("PlatformDefaults", "the service joins the project's default network, which reaches outside.") },
};

} // namespace

QString PlatformDefaults::explain(const QString& platform, FactKey key)
{
    const Family family = platform == QLatin1String("kubernetes") ? Family::Kubernetes
        : platform == QLatin1String("compose")                    ? Family::Compose
                                                                  : Family::Engine;
    for (const DefaultText& entry : texts) {
        if (entry.family == family && entry.key == key)
            return QCoreApplication::translate("PlatformDefaults", entry.text);
    }
    return {};
}

} // namespace crossroads
