// SPDX-License-Identifier: Apache-2.0
#include "podsecurity.h"

#include "clusterversionrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace crossroads {

namespace {

QStringList listOf(const Container& container, FactKey key)
{
    return container[key].value.toStringList();
}

bool stated(const Container& container, FactKey key)
{
    return container[key].provenance == Provenance::Stated;
}

bool isTrue(const Container& container, FactKey key)
{
    return container[key].isKnown() && container[key].value.toBool();
}

QStringList allowedSysctls(const KubernetesVersion& version)
{
    QStringList names { QStringLiteral("kernel.shm_rmid_forced"), QStringLiteral("net.ipv4.ip_local_port_range"),
        QStringLiteral("net.ipv4.tcp_syncookies"), QStringLiteral("net.ipv4.ping_group_range"),
        QStringLiteral("net.ipv4.ip_unprivileged_port_start") };
    if (version.atLeast(27))
        names << QStringLiteral("net.ipv4.ip_local_reserved_ports");
    if (version.atLeast(29))
        names << QStringLiteral("net.ipv4.tcp_keepalive_time") << QStringLiteral("net.ipv4.tcp_fin_timeout")
              << QStringLiteral("net.ipv4.tcp_keepalive_intvl") << QStringLiteral("net.ipv4.tcp_keepalive_probes");
    if (version.atLeast(32))
        names << QStringLiteral("net.ipv4.tcp_rmem") << QStringLiteral("net.ipv4.tcp_wmem");
    if (version.atLeast(37))
        names << QStringLiteral("net.ipv4.tcp_slow_start_after_idle") << QStringLiteral("net.ipv4.tcp_notsent_lowat");
    return names;
}

} // namespace

std::optional<KubernetesVersion> KubernetesVersion::parse(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("latest"))
        return latest();
    static const QRegularExpression pattern(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    KubernetesVersion version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    return version;
}

QString KubernetesVersion::toString() const
{
    return QStringLiteral("v%1.%2").arg(major).arg(minor);
}

const char* pssLevelName(PssLevel level)
{
    switch (level) {
    case PssLevel::Privileged:
        return "privileged";
    case PssLevel::Baseline:
        return "baseline";
    case PssLevel::Restricted:
        return "restricted";
    }
    return "privileged";
}

std::optional<PssLevel> pssLevelFromName(QStringView name)
{
    for (const PssLevel level : { PssLevel::Privileged, PssLevel::Baseline, PssLevel::Restricted }) {
        if (name == QLatin1String(pssLevelName(level)))
            return level;
    }
    return std::nullopt;
}

QStringList PssEvaluation::failuresAgainst(PssLevel enforced) const
{
    if (enforced == PssLevel::Privileged)
        return {};
    if (enforced == PssLevel::Baseline)
        return baselineFailures;
    return baselineFailures + restrictedFailures;
}

PssEvaluation PssEvaluation::forContainers(const QStringList& names) const
{
    const auto kept = [&names](const QStringList& failures) {
        QStringList out;
        for (const QString& failure : failures) {
            const qsizetype at = failure.indexOf(QLatin1String(" (container "));
            if (at < 0 || names.contains(failure.mid(at + 12).chopped(1)))
                out << failure;
        }
        return out;
    };
    PssEvaluation result;
    result.baselineFailures = kept(baselineFailures);
    result.restrictedFailures = kept(restrictedFailures);
    result.level = !result.baselineFailures.isEmpty() ? PssLevel::Privileged
        : !result.restrictedFailures.isEmpty()         ? PssLevel::Baseline
                                                       : PssLevel::Restricted;
    return result;
}

QStringList PodSecurity::shown(const QStringList& failures)
{
    static const QString container = QStringLiteral(" (container ");
    static const QString pod = QStringLiteral(" (pod)");
    QStringList out;
    out.reserve(failures.size());
    for (const QString& failure : failures) {
        if (const qsizetype at = failure.indexOf(container); at > 0 && failure.endsWith(QLatin1Char(')'))) {
            const QString name = failure.mid(at + container.size(), failure.size() - at - container.size() - 1);
            out << failure.left(at) + QCoreApplication::translate("crossroads::PodSecurity", " (container %1)").arg(name);
        } else if (failure.endsWith(pod)) {
            out << failure.left(failure.size() - pod.size()) + QCoreApplication::translate("crossroads::PodSecurity", " (pod)");
        } else {
            out << failure;
        }
    }
    return out;
}

PssEvaluation PodSecurity::evaluate(const Workload& workload, const KubernetesVersion& version)
{
    PssEvaluation result;
    const bool kubernetes = workload.platform == QLatin1String("kubernetes");
    QStringList baseline, restricted;
    auto fail = [](QStringList& into, const QString& control, const Container& container) {
        const QString text = control + QStringLiteral(" (container ") + container.name + QLatin1Char(')');
        if (!into.contains(text))
            into << text;
    };
    static const QStringList baselineCapabilities { QStringLiteral("AUDIT_WRITE"), QStringLiteral("CHOWN"), QStringLiteral("DAC_OVERRIDE"),
        QStringLiteral("FOWNER"), QStringLiteral("FSETID"), QStringLiteral("KILL"), QStringLiteral("MKNOD"), QStringLiteral("NET_BIND_SERVICE"),
        QStringLiteral("SETFCAP"), QStringLiteral("SETGID"), QStringLiteral("SETPCAP"), QStringLiteral("SETUID"), QStringLiteral("SYS_CHROOT") };
    static const QStringList restrictedVolumes { QStringLiteral("configMap"), QStringLiteral("csi"), QStringLiteral("downwardAPI"),
        QStringLiteral("emptyDir"), QStringLiteral("ephemeral"), QStringLiteral("persistentVolumeClaim"), QStringLiteral("projected"),
        QStringLiteral("secret"), QStringLiteral("image") };
    auto allowedSelinuxType = [&version](QStringView type) {
        return type == QLatin1String("container_t") || type == QLatin1String("container_init_t") || type == QLatin1String("container_kvm_t")
            || (version.atLeast(31) && type == QLatin1String("container_engine_t"));
    };

    for (const Container& container : workload.containers) {
        // From 1.35 a pod in its own user namespace may run as uid 0 and set procMount.
        const bool userNamespace = version.atLeast(35) && stated(container, FactKey::UserNamespace) && isTrue(container, FactKey::UserNamespace);
        if (isTrue(container, FactKey::WindowsHostProcess))
            fail(baseline, QStringLiteral("B1 HostProcess"), container);
        if (isTrue(container, FactKey::HostNetwork) || isTrue(container, FactKey::HostPid) || isTrue(container, FactKey::HostIpc))
            fail(baseline, QStringLiteral("B2 Host Namespaces"), container);
        if (isTrue(container, FactKey::Privileged))
            fail(baseline, QStringLiteral("B3 Privileged Containers"), container);
        const QStringList added = listOf(container, FactKey::CapabilitiesAdded);
        for (const QString& capability : added) {
            if (!baselineCapabilities.contains(capability)) {
                fail(baseline, QStringLiteral("B4 Capabilities"), container);
                break;
            }
        }
        // Kubernetes: every volume of the pod, as admission judges spec.volumes; elsewhere the
        // container's own mounts are the pod's.
        const bool podVolumes = container[FactKey::PodVolumeSources].isKnown();
        const QStringList volumes = listOf(container, podVolumes ? FactKey::PodVolumeSources : FactKey::VolumeSources);
        auto failVolumes = [&](QStringList& into, const QString& control) {
            if (!podVolumes)
                fail(into, control, container);
            else if (!into.contains(control + QStringLiteral(" (pod)")))
                into << control + QStringLiteral(" (pod)");
        };
        if (volumes.contains(QLatin1String("hostPath")))
            failVolumes(baseline, QStringLiteral("B5 HostPath Volumes"));
        if (!listOf(container, FactKey::HostPorts).isEmpty())
            fail(baseline, QStringLiteral("B6 Host Ports"), container);
        if (version.atLeast(34) && !listOf(container, FactKey::ProbeHosts).isEmpty())
            fail(baseline, QStringLiteral("B7 Host Probes / Lifecycle Hooks"), container);
        // Like the admission code, the controls read what the spec states, not what follows
        // from privileged (which B3 already refuses).
        for (const QString& entry : stated(container, FactKey::Mac) ? listOf(container, FactKey::Mac) : QStringList()) {
            const QString lower = entry.toLower();
            if (lower == QLatin1String("apparmor=unconfined"))
                fail(baseline, QStringLiteral("B8 AppArmor"), container);
            if (entry.startsWith(QLatin1String("selinux.type=")) && !allowedSelinuxType(QStringView(entry).mid(13)))
                fail(baseline, QStringLiteral("B9 SELinux"), container);
            if (entry.startsWith(QLatin1String("label.type=")) && !allowedSelinuxType(QStringView(entry).mid(11)))
                fail(baseline, QStringLiteral("B9 SELinux"), container);
            if (entry.startsWith(QLatin1String("selinux.user=")) || entry.startsWith(QLatin1String("selinux.role="))
                || entry.startsWith(QLatin1String("label.user=")) || entry.startsWith(QLatin1String("label.role="))
                || entry == QLatin1String("label.disable"))
                fail(baseline, QStringLiteral("B9 SELinux"), container);
        }
        const QString procMount = stated(container, FactKey::ProcMount) ? container[FactKey::ProcMount].value.toString() : QString();
        const bool defaultProcMount = procMount.isEmpty() || procMount == QLatin1String("Default");
        if (!defaultProcMount && !userNamespace)
            fail(baseline, QStringLiteral("B10 /proc Mount Type"), container);
        const Fact& seccompFact = ClusterVersionRules::effective(workload, container, FactKey::Seccomp, version);
        if (seccompFact.provenance == Provenance::Stated && seccompFact.value.toString() == QLatin1String("Unconfined"))
            fail(baseline, QStringLiteral("B11 Seccomp"), container);
        // The pod-level field is judged on its own, whatever the containers set
        // (check_seccompProfile_baseline.go).
        if (stated(container, FactKey::PodSeccomp) && container[FactKey::PodSeccomp].value.toString() == QLatin1String("Unconfined")
            && !baseline.contains(QStringLiteral("B11 Seccomp (pod)")))
            baseline << QStringLiteral("B11 Seccomp (pod)");
        const QStringList containerSysctls = listOf(container, FactKey::Sysctls);
        const QStringList sysctls = containerSysctls.isEmpty() ? QStringList() : allowedSysctls(version); // rarely needed
        for (const QString& sysctl : containerSysctls) {
            if (!sysctls.contains(sysctl.section(QLatin1Char('='), 0, 0))) {
                fail(baseline, QStringLiteral("B12 Sysctls"), container);
                break;
            }
        }

        for (const QString& volume : volumes) {
            if (!restrictedVolumes.contains(volume)) {
                failVolumes(restricted, QStringLiteral("R1 Volume Types"));
                break;
            }
        }
        if (version.atLeast(8) && !isTrue(container, FactKey::NoNewPrivileges))
            fail(restricted, QStringLiteral("R2 Privilege Escalation"), container);
        // Kubernetes must say runAsNonRoot: true; for other platforms the effective user is what counts.
        const bool nonRoot = isTrue(container, FactKey::RunAsNonRoot) && (!kubernetes || stated(container, FactKey::RunAsNonRoot));
        if (!nonRoot && !userNamespace)
            fail(restricted, QStringLiteral("R3 Running as Non-root"), container);
        if (version.atLeast(23) && stated(container, FactKey::User) && container[FactKey::User].value.toString() == QLatin1String("0") && !userNamespace)
            fail(restricted, QStringLiteral("R4 Running as Non-root user"), container);
        const QString seccomp = seccompFact.value.toString();
        const bool confined = (seccomp == QLatin1String("RuntimeDefault") || seccomp == QLatin1String("Localhost"))
            && (!kubernetes || seccompFact.provenance == Provenance::Stated);
        if (version.atLeast(19) && !confined)
            fail(restricted, QStringLiteral("R5 Seccomp"), container);
        if (version.atLeast(22)) {
            const bool dropsAll = isTrue(container, FactKey::CapabilitiesDropAll);
            const bool addsOnlyBind = std::all_of(added.begin(), added.end(), [](const QString& c) { return c == QLatin1String("NET_BIND_SERVICE"); });
            if (!dropsAll || !addsOnlyBind)
                fail(restricted, QStringLiteral("R6 Capabilities"), container);
        }
        if (version.atLeast(35) && !defaultProcMount)
            fail(restricted, QStringLiteral("R7 /proc Mount"), container);
    }
    result.baselineFailures = baseline;
    result.restrictedFailures = restricted;
    result.level = !baseline.isEmpty() ? PssLevel::Privileged : (!restricted.isEmpty() ? PssLevel::Baseline : PssLevel::Restricted);
    return result;
}

} // namespace crossroads
