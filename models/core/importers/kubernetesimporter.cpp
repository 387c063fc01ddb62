// SPDX-License-Identifier: Apache-2.0
#include "kubernetesimporter.h"

#include "fieldcheck.h"
#include "networkpolicyisolation.h"
#include "secrets/credentialclassifier.h"
#include "secrets/workspacekey.h"
#include "snapshot/exposuretext.h"

#include <QCoreApplication>
#include <QDate>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

QString nameSpaceOf(const ImportContext& context, const Node& object)
{
    const QString name = pooledString(context, object["metadata"]["namespace"]);
    return name.isEmpty() ? QStringLiteral("default") : name;
}

/// The Pod spec of a workload object and the pointer to it.
struct PodTemplate {
    Node spec;
    Node metadata;
    const char* specPath;
    const char* metadataPath;
};

PodTemplate podTemplate(const Node& object, const QString& kind)
{
    if (kind == QLatin1String("Pod"))
        return { object["spec"], object["metadata"], "/spec", "/metadata" };
    if (kind == QLatin1String("CronJob")) {
        const Node job = object["spec"]["jobTemplate"]["spec"]["template"];
        return { job["spec"], job["metadata"], "/spec/jobTemplate/spec/template/spec", "/spec/jobTemplate/spec/template/metadata" };
    }
    const Node pod = object["spec"]["template"];
    return { pod["spec"], pod["metadata"], "/spec/template/spec", "/spec/template/metadata" };
}

bool isWorkloadKind(const QString& kind)
{
    static const QStringList kinds { QStringLiteral("Pod"), QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
        QStringLiteral("DaemonSet"), QStringLiteral("ReplicaSet"), QStringLiteral("ReplicationController"), QStringLiteral("Job"),
        QStringLiteral("CronJob") };
    return kinds.contains(kind);
}

/// A security-context field: the container's value wins over the pod's.
struct Layered {
    Node node;
    const char* path;
    bool fromContainer;
};

class PodSpecReader {
    Q_DECLARE_TR_FUNCTIONS(crossroads::PodSpecReader) // the context lupdate files its messages under
public:
    PodSpecReader(const ImportContext& context, Workload& workload, const PodTemplate& pod, const QString& specPointer, const QString& metadataPointer)
        : m_context(context)
        , m_workload(workload)
        , m_pod(pod)
        , m_podBase(workload.addBase(context.fileIndex, specPointer, pod.spec.document()->documentIndex))
        , m_metadataBase(workload.addBase(context.fileIndex, metadataPointer, pod.spec.document()->documentIndex))
        , m_podContext(pod.spec["securityContext"])
        , m_hostNetwork(pod.spec["hostNetwork"])
    {
        FieldCheck::isMappingOrAbsent(context, m_podContext);
    }

    QStringList secretReferences;
    /// The ConfigMaps each container uses; KubernetesImporter sets the workload index.
    std::vector<KubernetesContext::ConfigMapUse> configMapUses;

    void readContainers(const char* listKey, bool init)
    {
        const Node list = m_pod.spec[listKey];
        if (!list.isArray()) {
            FieldCheck::isListOrAbsent(m_context, list);
            return;
        }
        const QString listPointer = list.pointer() + QLatin1Char('/'); // once per list, not per container
        int position = 0;
        for (const Node container : list.children()) {
            if (!container.isObject()) {
                FieldCheck::isMappingOrAbsent(m_context, container);
                return;
            }
            const QString pointer = listPointer + QString::number(position++);
            readContainer(container, m_workload.addBase(m_context.fileIndex, pointer, container.document()->documentIndex), init);
        }
    }

private:
    std::optional<bool> flag(const Node& node) const { return FieldCheck::boolean(m_context, node); }
    /// A resource quantity ("128Mi", "0.5", 2): a text or a number, never negative.
    QString quantity(const Node& node) const
    {
        const QString text = FieldCheck::text(m_context, node, true).value_or(QString());
        if (text.startsWith(QLatin1Char('-')))
            FieldCheck::refuse(m_context, node, tr("must not be negative"));
        return text;
    }

    Layered layered(const Node& containerContext, const char* field, const char* containerPath, const char* podPath) const
    {
        if (const Node own = containerContext[field]; own.isValid() && !own.isNull())
            return { own, containerPath, true };
        return { m_podContext[field], podPath, false };
    }

    void stateLayered(Container& container, FactKey key, FactValue value, qint16 base, const Layered& field)
    {
        state(container, key, std::move(value), field.fromContainer ? base : m_podBase, field.node, field.path);
    }

    void readContainer(const Node& spec, qint16 base, bool init)
    {
        Container& container = m_workload.containers.emplace_back(); // filled in place: a container is 728 bytes
        container.name = pooledString(m_context, spec["name"]);
        container.init = init;
        const Node context = spec["securityContext"];
        const Node& podContext = m_podContext;
        FieldCheck::isMappingOrAbsent(m_context, context);

        const Node privilegedNode = context["privileged"];
        const bool privileged = flag(privilegedNode).value_or(false);
        if (privilegedNode.isValid())
            state(container, FactKey::Privileged, privileged, base, privilegedNode, "/securityContext/privileged");
        else
            assumeDefault(container, FactKey::Privileged, false, base, spec.line(), "/securityContext/privileged");
        const Node capabilities = context["capabilities"];
        FieldCheck::isMappingOrAbsent(m_context, capabilities);
        FieldCheck::isListOrAbsent(m_context, capabilities["add"]);
        FieldCheck::isListOrAbsent(m_context, capabilities["drop"]);
        QStringList added;
        for (const QString& capability : capabilities["add"].toStringList())
            added << normalizeCapability(capability);
        if (capabilities["add"].isValid())
            state(container, FactKey::CapabilitiesAdded, added, base, capabilities["add"], "/securityContext/capabilities/add");
        else
            assumeDefault(container, FactKey::CapabilitiesAdded, added, base, spec.line(), "/securityContext/capabilities/add");
        QStringList dropped;
        for (const QString& capability : capabilities["drop"].toStringList())
            dropped << normalizeCapability(capability);
        if (capabilities["drop"].isValid())
            state(container, FactKey::CapabilitiesDropAll, dropped.contains(QLatin1String("ALL")), base, capabilities["drop"], "/securityContext/capabilities/drop");
        else
            assumeDefault(container, FactKey::CapabilitiesDropAll, false, base, spec.line(), "/securityContext/capabilities/drop");

        const Layered runAsUser = layered(context, "runAsUser", "/securityContext/runAsUser", "/securityContext/runAsUser");
        const Layered runAsGroup = layered(context, "runAsGroup", "/securityContext/runAsGroup", "/securityContext/runAsGroup");
        const std::optional<qint64> uid = FieldCheck::integer(m_context, runAsUser.node, 0, FieldCheck::maxKubernetesId);
        const std::optional<qint64> gid = FieldCheck::integer(m_context, runAsGroup.node, 0, FieldCheck::maxKubernetesId);
        if (runAsUser.node.isValid()) {
            // uid:gid, as Podman and Docker write a user, so that equal users compare equal.
            QString user = QString::number(uid.value_or(0));
            if (gid)
                user += QLatin1Char(':') + QString::number(*gid);
            stateLayered(container, FactKey::User, user, base, runAsUser);
        } else {
            assumeDefault(container, FactKey::User, QString(), base, spec.line(), "/securityContext/runAsUser"); // the image's USER
        }
        const Layered runAsNonRoot = layered(context, "runAsNonRoot", "/securityContext/runAsNonRoot", "/securityContext/runAsNonRoot");
        if (runAsNonRoot.node.isValid())
            stateLayered(container, FactKey::RunAsNonRoot, flag(runAsNonRoot.node).value_or(false), base, runAsNonRoot);
        else if (runAsUser.node.isValid())
            derive(container, FactKey::RunAsNonRoot, uid.value_or(0) != 0, runAsUser.fromContainer ? base : m_podBase,
                runAsUser.node.line(), runAsUser.path);
        else
            assumeDefault(container, FactKey::RunAsNonRoot, false, base, spec.line(), "/securityContext/runAsNonRoot");
        if (!runAsUser.node.isValid() && container[FactKey::RunAsNonRoot].provenance == Provenance::Stated
            && container[FactKey::RunAsNonRoot].value.toBool()) {
            // The kubelet refuses to start the image's user if it is root.
            derive(container, FactKey::User, QStringLiteral("non-root image user"), runAsNonRoot.fromContainer ? base : m_podBase,
                runAsNonRoot.node.line(), runAsNonRoot.path);
        }

        const Node escalation = context["allowPrivilegeEscalation"];
        const bool sysAdmin = added.contains(QLatin1String("SYS_ADMIN")) || added.contains(QLatin1String("ALL"));
        if (escalation.isValid() && !flag(escalation).value_or(true) && (privileged || sysAdmin)) {
            // "allowPrivilegeEscalation is always true when the container is run as privileged,
            // or has CAP_SYS_ADMIN" (SecurityContext reference); the API server refuses the pair.
            m_context.batch->skipped.push_back(SkippedItem { m_context.fileName, escalation.pointer(),
                tr("container %1: allowPrivilegeEscalation: false with %2 is refused by the API server; escalation stays allowed")
                    .arg(container.name, privileged ? QStringLiteral("privileged: true") : QStringLiteral("CAP_SYS_ADMIN")) });
            if (privileged)
                derive(container, FactKey::NoNewPrivileges, false, base, privilegedNode.line(), "/securityContext/privileged");
            else
                derive(container, FactKey::NoNewPrivileges, false, base, capabilities["add"].line(), "/securityContext/capabilities/add");
        } else if (escalation.isValid()) {
            state(container, FactKey::NoNewPrivileges, !flag(escalation).value_or(true), base, escalation, "/securityContext/allowPrivilegeEscalation");
        } else {
            assumeDefault(container, FactKey::NoNewPrivileges, false, base, spec.line(), "/securityContext/allowPrivilegeEscalation");
        }

        const Layered seccomp = layered(context, "seccompProfile", "/securityContext/seccompProfile/type", "/securityContext/seccompProfile/type");
        if (seccomp.node.isValid()) {
            FieldCheck::isMappingOrAbsent(m_context, seccomp.node);
            stateLayered(container, FactKey::Seccomp, FieldCheck::text(m_context, seccomp.node["type"]).value_or(QString()), base, seccomp);
        } else {
            // The kubelet runs containers Unconfined unless its SeccompDefault option is on.
            assumeDefault(container, FactKey::Seccomp, QStringLiteral("Unconfined"), base, spec.line(), "/securityContext/seccompProfile");
        }
        if (const Node podSeccomp = m_podContext["seccompProfile"]; podSeccomp.isValid())
            state(container, FactKey::PodSeccomp, podSeccomp["type"].toString(), m_podBase, podSeccomp, "/securityContext/seccompProfile/type");
        else
            assumeDefault(container, FactKey::PodSeccomp, QString(), m_podBase, m_pod.spec.line(), "/securityContext/seccompProfile");
        // The alpha annotations: recorded as written; whether the cluster still honours them
        // depends on its version, which ClusterVersionRules decides once it is known.
        const Node seccompAnnotation = annotation(QStringLiteral("container.seccomp.security.alpha.kubernetes.io/") + container.name,
            QStringLiteral("seccomp.security.alpha.kubernetes.io/pod"));
        if (seccompAnnotation.isValid()) {
            const QString value = seccompAnnotation.toString();
            const QString type = value == QLatin1String("unconfined") ? QStringLiteral("Unconfined")
                : value.startsWith(QLatin1String("localhost/"))    ? QStringLiteral("Localhost")
                                                                   : QStringLiteral("RuntimeDefault");
            state(container, FactKey::SeccompAnnotation, type, m_metadataBase, seccompAnnotation, "/annotations");
        }

        QStringList mac;
        const Layered appArmor = layered(context, "appArmorProfile", "/securityContext/appArmorProfile", "/securityContext/appArmorProfile");
        if (appArmor.node.isValid()) {
            QString type = appArmor.node["type"].toString();
            if (type == QLatin1String("Localhost"))
                type = QStringLiteral("localhost/") + appArmor.node["localhostProfile"].toString();
            mac << QStringLiteral("apparmor=") + type;
        } else if (const QString value = annotation(QStringLiteral("container.apparmor.security.beta.kubernetes.io/") + container.name, {}).toString();
                   !value.isEmpty()) {
            mac << QStringLiteral("apparmor=") + value;
        }
        const Layered seLinux = layered(context, "seLinuxOptions", "/securityContext/seLinuxOptions", "/securityContext/seLinuxOptions");
        for (const char* field : { "type", "user", "role", "level" }) {
            if (const Node value = seLinux.node[field]; value.isValid() && !value.toString().isEmpty())
                mac << QStringLiteral("selinux.") + QLatin1String(field) + QLatin1Char('=') + value.toString();
        }
        if (!mac.isEmpty())
            state(container, FactKey::Mac, mac, appArmor.node.isValid() ? (appArmor.fromContainer ? base : m_podBase) : (seLinux.fromContainer ? base : m_podBase),
                appArmor.node.isValid() ? appArmor.node : seLinux.node, appArmor.node.isValid() ? appArmor.path : seLinux.path);
        else
            assumeDefault(container, FactKey::Mac, QStringList(), base, spec.line(), "/securityContext/{appArmorProfile,seLinuxOptions}");

        const Node readOnly = context["readOnlyRootFilesystem"];
        if (readOnly.isValid())
            state(container, FactKey::ReadOnlyRootfs, flag(readOnly).value_or(false), base, readOnly, "/securityContext/readOnlyRootFilesystem");
        else
            assumeDefault(container, FactKey::ReadOnlyRootfs, false, base, spec.line(), "/securityContext/readOnlyRootFilesystem");
        const Node limits = spec["resources"]["limits"];
        FieldCheck::isMappingOrAbsent(m_context, spec["resources"]);
        FieldCheck::isMappingOrAbsent(m_context, limits);
        if (const Node memory = limits["memory"]; memory.isValid())
            state(container, FactKey::LimitsMemory, quantity(memory), base, memory, "/resources/limits/memory");
        else
            assumeDefault(container, FactKey::LimitsMemory, QString(), base, spec.line(), "/resources/limits/memory");
        if (const Node cpu = limits["cpu"]; cpu.isValid())
            state(container, FactKey::LimitsCpu, quantity(cpu), base, cpu, "/resources/limits/cpu");
        else
            assumeDefault(container, FactKey::LimitsCpu, QString(), base, spec.line(), "/resources/limits/cpu");
        // Kubernetes limits PIDs per node or pod through the kubelet, which manifests do not show.
        QStringList sysctls;
        for (const Node sysctl : podContext["sysctls"].children())
            sysctls << sysctl["name"].toString() + QLatin1Char('=') + sysctl["value"].toString();
        if (podContext["sysctls"].isValid())
            state(container, FactKey::Sysctls, sysctls, m_podBase, podContext["sysctls"], "/securityContext/sysctls");
        else
            assumeDefault(container, FactKey::Sysctls, sysctls, m_podBase, m_pod.spec.line(), "/securityContext/sysctls");
        if (const Node procMount = context["procMount"]; procMount.isValid())
            state(container, FactKey::ProcMount, procMount.toString(), base, procMount, "/securityContext/procMount");
        else
            assumeDefault(container, FactKey::ProcMount, QStringLiteral("Default"), base, spec.line(), "/securityContext/procMount");
        if (const Node runtimeClass = m_pod.spec["runtimeClassName"]; runtimeClass.isValid())
            state(container, FactKey::RuntimeClass, runtimeClass.toString(), m_podBase, runtimeClass, "/runtimeClassName");
        const Node ownHostProcess = context["windowsOptions"]["hostProcess"];
        const Node hostProcessNode = ownHostProcess.isValid() ? ownHostProcess : podContext["windowsOptions"]["hostProcess"];
        if (hostProcessNode.isValid())
            state(container, FactKey::WindowsHostProcess, flag(hostProcessNode).value_or(false), ownHostProcess.isValid() ? base : m_podBase,
                hostProcessNode, "/securityContext/windowsOptions/hostProcess");
        else
            assumeDefault(container, FactKey::WindowsHostProcess, false, base, spec.line(), "/securityContext/windowsOptions/hostProcess");
        QStringList probeHosts;
        auto addProbeHosts = [&probeHosts](const Node& owner, const char* name) {
            const Node probe = owner[name];
            if (!probe.isValid())
                return;
            for (const char* handler : { "httpGet", "tcpSocket" }) {
                if (const QString host = probe[handler]["host"].toString(); !host.isEmpty())
                    probeHosts << QLatin1String(name) + QLatin1Char(' ') + host;
            }
        };
        for (const char* probe : { "livenessProbe", "readinessProbe", "startupProbe" })
            addProbeHosts(spec, probe);
        if (const Node lifecycle = spec["lifecycle"]; lifecycle.isValid()) {
            for (const char* hook : { "postStart", "preStop" })
                addProbeHosts(lifecycle, hook);
        }
        state(container, FactKey::ProbeHosts, probeHosts, base, spec, ""); // the container's probes and hooks, or none

        // namespaces: pod-level switches
        auto podSwitch = [&](FactKey key, const char* field, const char* path) {
            if (const Node value = m_pod.spec[field]; value.isValid())
                state(container, key, flag(value).value_or(false), m_podBase, value, path);
            else
                assumeDefault(container, key, false, m_podBase, m_pod.spec.line(), path);
        };
        podSwitch(FactKey::HostPid, "hostPID", "/hostPID");
        podSwitch(FactKey::HostIpc, "hostIPC", "/hostIPC");
        podSwitch(FactKey::HostNetwork, "hostNetwork", "/hostNetwork");
        const bool hostNetwork = m_hostNetwork.toBool().value_or(false); // refused above when mistyped
        // A hostNetwork pod also shares the node's UTS namespace (its hostname).
        if (m_hostNetwork.isValid())
            derive(container, FactKey::HostUts, hostNetwork, m_podBase, m_hostNetwork.line(), "/hostNetwork");
        else
            assumeDefault(container, FactKey::HostUts, false, m_podBase, m_pod.spec.line(), "/hostNetwork");
        if (const Node hostUsers = m_pod.spec["hostUsers"]; hostUsers.isValid())
            state(container, FactKey::UserNamespace, !flag(hostUsers).value_or(true), m_podBase, hostUsers, "/hostUsers");
        else
            assumeDefault(container, FactKey::UserNamespace, false, m_podBase, m_pod.spec.line(), "/hostUsers");

        QStringList binds, sockets, volumeSources, podVolumeSources, secretFiles;
        const Node volumes = m_pod.spec["volumes"];
        const Node mounts = spec["volumeMounts"];
        FieldCheck::isListOrAbsent(m_context, volumes);
        FieldCheck::isListOrAbsent(m_context, mounts);
        const std::size_t containerIndex = m_workload.containers.size() - 1;
        const std::size_t usesBefore = configMapUses.size();
        auto useConfigMap = [&](const Node& name, const Node& items) {
            QStringList keys; // a volume with items projects those keys only
            for (const Node item : items.children())
                keys << item["key"].toString();
            configMapUses.push_back(KubernetesContext::ConfigMapUse { 0, containerIndex, name.toString(), keys });
        };
        auto mounted = [&mounts](const QString& volumeName) {
            for (const Node mount : mounts.children()) {
                if (mount["name"].toString() == volumeName)
                    return true;
            }
            return false;
        };
        for (const Node volume : volumes.children()) {
            for (const Node member : volume.children()) {
                const std::string_view type = member.key();
                if (type == "name")
                    continue;
                const QString volumeName = volume["name"].toString();
                // Pod Security judges every volume of the pod (spec.volumes); a container's own
                // facts hold only the volumes it mounts.
                podVolumeSources << fromUtf8(type);
                if (mounted(volumeName))
                    volumeSources << fromUtf8(type);
                if (type == "hostPath") {
                    const QString path = member["path"].toString();
                    if (isRuntimeSocket(path) && mounted(volumeName))
                        sockets << path;
                    for (const Node mount : mounts.children()) {
                        if (mount["name"].toString() == volumeName) {
                            binds << path + QLatin1Char(':') + mount["mountPath"].toString()
                                    + (flag(mount["readOnly"]).value_or(false) ? QStringLiteral(":ro") : QStringLiteral(":rw"));
                        }
                    }
                }
                // A ConfigMap volume reaches only the containers that mount it.
                if (type == "configMap" && mounted(volumeName))
                    useConfigMap(member["name"], member["items"]);
                if (type == "projected" && mounted(volumeName)) {
                    for (const Node source : member["sources"].children()) {
                        if (const Node configMap = source["configMap"]; configMap.isValid())
                            useConfigMap(configMap["name"], configMap["items"]);
                    }
                }
                if (type == "secret")
                    secretReferences << member["secretName"].toString();
                if (type == "projected") {
                    for (const Node source : member["sources"].children()) {
                        if (source["secret"].isValid())
                            secretReferences << source["secret"]["name"].toString();
                    }
                }
                if (type == "secret" || (type == "projected" && member["sources"].size() > 0)) {
                    for (const Node mount : mounts.children()) {
                        if (mount["name"].toString() == volumeName)
                            secretFiles << mount["mountPath"].toString();
                    }
                }
            }
        }
        volumeSources.removeDuplicates();
        podVolumeSources.removeDuplicates();
        // Without a volumes list the pod spec itself states that nothing is mounted.
        const Node volumesAt = volumes.isValid() ? volumes : m_pod.spec;
        const char* volumesPath = volumes.isValid() ? "/volumes" : "";
        state(container, FactKey::HostMounts, binds, m_podBase, volumesAt, volumesPath);
        state(container, FactKey::RuntimeSocket, sockets, m_podBase, volumesAt, volumesPath);
        state(container, FactKey::VolumeSources, volumeSources, m_podBase, volumesAt, volumesPath);
        state(container, FactKey::PodVolumeSources, podVolumeSources, m_podBase, volumesAt, volumesPath);
        // A pod spec has no device list: host devices reach a container only through privileged
        // (which CR-NS-008 knows) or a device plugin, which the manifest does not show.
        state(container, FactKey::Devices, QStringList(), base, spec, "");

        QStringList hostPorts, published;
        FieldCheck::isListOrAbsent(m_context, spec["ports"]);
        for (const Node port : spec["ports"].children()) {
            FieldCheck::integer(m_context, port["containerPort"], 1, 65535);
            const qint64 hostPort = FieldCheck::integer(m_context, port["hostPort"], 0, 65535).value_or(0);
            if (hostPort > 0) {
                hostPorts << QString::number(hostPort);
                const QString target = port["containerPort"].toString() + QLatin1Char('/') + (port["protocol"].isValid() ? port["protocol"].toString() : QStringLiteral("TCP"));
                // A hostIP narrows where the node listens; on loopback only the node reaches it,
                // as a Podman port published on 127.0.0.1 (still a hostPort for Pod Security).
                const QString hostIp = port["hostIP"].toString();
                published << (hostIp.isEmpty() || hostIp == QLatin1String("0.0.0.0") || hostIp == QLatin1String("::")
                        ? QStringLiteral("hostPort %1->%2").arg(hostPort).arg(target)
                        : QStringLiteral("%1:%2->%3 (hostPort)").arg(hostIp.contains(QLatin1Char(':')) ? QLatin1Char('[') + hostIp + QLatin1Char(']') : hostIp).arg(hostPort).arg(target));
            }
        }
        const Node portsAt = spec["ports"].isValid() ? spec["ports"] : spec;
        const char* portsPath = spec["ports"].isValid() ? "/ports" : "";
        state(container, FactKey::HostPorts, hostPorts, base, portsAt, portsPath);
        // hostNetwork adds itself to the published ports in FactImplications, for every platform.
        state(container, FactKey::PublishedPorts, published, base, portsAt, portsPath);
        state(container, FactKey::NetworkMode, hostNetwork ? QStringLiteral("host") : QStringLiteral("pod"), m_podBase,
            m_hostNetwork.isValid() ? m_hostNetwork : m_pod.spec, "/hostNetwork");
        // Pods accept all traffic until a NetworkPolicy selects them (KubernetesResolver).
        assumeDefault(container, FactKey::IngressIsolated, false, m_podBase, m_pod.spec.line(), "");
        assumeDefault(container, FactKey::EgressIsolated, false, m_podBase, m_pod.spec.line(), "");

        QStringList literals, fromSecret;
        const Node env = spec["env"];
        FieldCheck::isListOrAbsent(m_context, env);
        for (const Node variable : env.children()) {
            const Node value = variable["value"];
            if (value.isString()) {
                if (recordCredential(m_context, container, variable["name"].text(), value.text(), base, value.line()))
                    literals << variable["name"].toString();
            } else if (const Node ref = variable["valueFrom"]["secretKeyRef"]; ref.isValid()) {
                fromSecret << variable["name"].toString();
                secretReferences << ref["name"].toString();
            } else if (const Node configMapRef = variable["valueFrom"]["configMapKeyRef"]; configMapRef.isValid()) {
                configMapUses.push_back(KubernetesContext::ConfigMapUse { 0, containerIndex, configMapRef["name"].toString(),
                    QStringList { configMapRef["key"].toString() } });
            }
        }
        for (const Node source : spec["envFrom"].children()) {
            if (const Node ref = source["secretRef"]; ref.isValid()) {
                fromSecret << QStringLiteral("envFrom:") + ref["name"].toString();
                secretReferences << ref["name"].toString();
            }
            if (const Node ref = source["configMapRef"]; ref.isValid())
                useConfigMap(ref["name"], Node());
        }
        // Which ConfigMaps hold credentials is known once every file is read (KubernetesResolver);
        // a container that uses none states so itself.
        if (configMapUses.size() == usesBefore)
            state(container, FactKey::ConfigMapCredentials, QStringList(), base, spec, "");
        const Node envAt = env.isValid() ? env : spec;
        const char* envPath = env.isValid() ? "/env" : "";
        state(container, FactKey::EnvLiterals, literals, base, envAt, envPath);
        state(container, FactKey::EnvFromSecret, fromSecret, base, envAt, envPath);
        state(container, FactKey::SecretFiles, secretFiles, m_podBase, volumesAt, volumesPath);
        if (const Node automount = m_pod.spec["automountServiceAccountToken"]; automount.isValid())
            state(container, FactKey::ServiceAccountToken, flag(automount).value_or(true), m_podBase, automount, "/automountServiceAccountToken");
        else
            assumeDefault(container, FactKey::ServiceAccountToken, true, m_podBase, m_pod.spec.line(), "/automountServiceAccountToken");
        derive(container, FactKey::PlainManifest, QStringList());

        const Node image = spec["image"];
        if (const std::optional<QString> reference = FieldCheck::text(m_context, image))
            setImageFacts(container, *reference, base, image, "/image");
        if (const Node policy = spec["imagePullPolicy"]; policy.isValid()) {
            state(container, FactKey::ImagePullPolicy, policy.toString(), base, policy, "/imagePullPolicy");
        } else if (image.isValid()) {
            const bool mutableTag = container[FactKey::ImageMutableTag].value.toBool();
            assumeDefault(container, FactKey::ImagePullPolicy, mutableTag ? QStringLiteral("Always") : QStringLiteral("IfNotPresent"), base, spec.line(),
                "/imagePullPolicy");
        }
    }

    /// The pod template's annotation `name`, else `fallback`'s; invalid when neither is there.
    Node annotation(const QString& name, const QString& fallback) const
    {
        const Node annotations = m_pod.metadata["annotations"];
        if (!annotations.isObject())
            return {};
        const QByteArray key = name.toUtf8();
        if (const Node value = annotations[std::string_view(key.constData(), static_cast<std::size_t>(key.size()))]; value.isValid())
            return value;
        if (fallback.isEmpty())
            return {};
        const QByteArray fallbackKey = fallback.toUtf8();
        return annotations[std::string_view(fallbackKey.constData(), static_cast<std::size_t>(fallbackKey.size()))];
    }

    const ImportContext& m_context;
    Workload& m_workload;
    const PodTemplate& m_pod;
    qint16 m_podBase;
    qint16 m_metadataBase; ///< the pod template's metadata, for annotations
    Node m_podContext; ///< the pod's securityContext, which container fields fall back to
    Node m_hostNetwork;
};

/// The annotations by which users of other scanners accept a finding in the manifest itself
/// (kube-score reads the object's and the pod template's, Polaris the controller's), and
/// Crossroads' own (AnnotationWaivers honours it only with an owner, a reason and an expiry).
void readIgnoreAnnotations(const ImportContext& context, const Node& object, const PodTemplate& pod, Workload& workload)
{
    static const QString crossroadsWaive = QStringLiteral("crossroads-scanner.github.io/waive");
    for (const bool onTheObject : { true, false }) {
        const Node annotations = onTheObject ? object["metadata"]["annotations"] : pod.metadata["annotations"];
        for (const Node member : annotations.children()) {
            const QString key = QString::fromUtf8(member.key().data(), static_cast<qsizetype>(member.key().size()));
            // Every kube-score/ key: one it does not read (a misspelt "kube-score/ignored") is
            // named by AnnotationWaivers rather than dropped here.
            const bool kubeScore = key.startsWith(QLatin1String("kube-score/"));
            const bool polaris = onTheObject && key.startsWith(QLatin1String("polaris.fairwinds.com/"));
            if (!kubeScore && !polaris && !key.startsWith(crossroadsWaive))
                continue;
            const QString value = member.toString().trimmed();
            QString& kept = workload.ignoreAnnotations[key];
            kept = kept.isEmpty() || kept == value ? value : kept + QLatin1Char(',') + value;
            if (workload.ignoreAnnotationsAt.isEmpty())
                workload.ignoreAnnotationsAt = QStringLiteral("%1:%2").arg(context.fileName).arg(member.line());
        }
    }
}

void importWorkload(const ImportContext& context, const Node& object, const QString& kind)
{
    Workload workload;
    workload.platform = QStringLiteral("kubernetes");
    workload.kind = kind;
    workload.nameSpace = nameSpaceOf(context, object);
    workload.name = object["metadata"]["name"].toString();
    const PodTemplate pod = podTemplate(object, kind);
    if (!pod.spec.isObject()) {
        context.batch->skipped.push_back(SkippedItem { context.fileName, object.pointer(), tr("%1 %2 has no pod template").arg(kind, workload.name) });
        return;
    }
    workload.labels = toPooledStringMap(context, pod.metadata["labels"]);
    if (workload.labels.isEmpty())
        workload.labels = toPooledStringMap(context, object["metadata"]["labels"]);
    readIgnoreAnnotations(context, object, pod, workload);
    workload.serviceAccount = pooledString(context, pod.spec["serviceAccountName"]);
    if (workload.serviceAccount.isEmpty())
        workload.serviceAccount = QStringLiteral("default");
    // Exact sizes: no regrowth moves of 728-byte containers, no spare capacity in big imports.
    const std::size_t containerCount = pod.spec["initContainers"].size() + pod.spec["containers"].size() + pod.spec["ephemeralContainers"].size();
    workload.containers.reserve(containerCount);
    workload.bases.reserve(2 + containerCount);
    PodSpecReader reader(context, workload, pod, object.pointer() + QLatin1String(pod.specPath), object.pointer() + QLatin1String(pod.metadataPath));
    reader.readContainers("initContainers", true);
    reader.readContainers("containers", false);
    reader.readContainers("ephemeralContainers", true);
    if (workload.containers.empty()) {
        context.batch->skipped.push_back(SkippedItem { context.fileName, object.pointer(), tr("%1 %2 has no containers").arg(kind, workload.name) });
        return;
    }
    const std::size_t index = context.batch->workloads.size();
    for (const Node owner : object["metadata"]["ownerReferences"].children()) {
        if (FieldCheck::boolean(context, owner["controller"]).value_or(false) || object["metadata"]["ownerReferences"].size() == 1) {
            context.batch->owners.push_back(Ownership { index, owner["kind"].toString(), owner["name"].toString() });
            break;
        }
    }
    for (KubernetesContext::ConfigMapUse& use : reader.configMapUses) {
        use.workload = index;
        context.batch->kubernetes.configMapUses.push_back(std::move(use));
    }
    reader.secretReferences.removeDuplicates();
    reader.secretReferences.removeAll(QString());
    if (!reader.secretReferences.isEmpty())
        context.batch->secretReferences.emplace_back(index, reader.secretReferences);
    context.batch->workloads.push_back(std::move(workload));
}

void importSecret(const ImportContext& context, const Node& object)
{
    SecretObject secret;
    secret.nameSpace = nameSpaceOf(context, object);
    secret.name = object["metadata"]["name"].toString();
    secret.file = context.fileIndex;
    secret.line = object.line();
    auto add = [&](const Node& value, QByteArray bytes) {
        const std::string_view view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        Credential credential;
        credential.name = fromUtf8(value.key());
        QString classification = CredentialClassifier::classifyValue(view);
        credential.classification = classification.isEmpty() ? QStringLiteral("secret-data") : classification;
        if (context.key != nullptr && context.key->isValid() && !bytes.isEmpty())
            credential.fingerprint = context.key->fingerprint(view);
        credential.line = value.line();
        wipe(bytes);
        secret.credentials.push_back(std::move(credential));
    };
    for (const Node value : object["data"].children()) {
        const std::string_view text = value.text();
        auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            context.batch->skipped.push_back(SkippedItem { context.fileName, value.pointer(),
                tr("Secret %1: data key %2 is not valid base64; not fingerprinted").arg(secret.name, fromUtf8(value.key())) });
            continue;
        }
        add(value, std::move(decoded.decoded));
    }
    for (const Node value : object["stringData"].children()) {
        const std::string_view text = value.text();
        add(value, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    }
    context.batch->secretObjects.push_back(std::move(secret));
}

/// A ConfigMap's data, read for credential-like values as env vars are (by key name and by
/// value); only those are kept, fingerprinted. Values stay in the document, which wipes them.
void importConfigMap(const ImportContext& context, const Node& object)
{
    ConfigMapObject configMap;
    configMap.nameSpace = nameSpaceOf(context, object);
    configMap.name = object["metadata"]["name"].toString();
    configMap.file = context.fileIndex;
    configMap.line = object.line();
    configMap.pointer = object.pointer();
    for (const Node value : object["data"].children()) {
        // The API server takes only strings here: an unquoted number is refused with the object.
        if (!value.isString())
            continue;
        if (std::optional<Credential> credential = classifyCredential(context, value.key(), value.text(), value.line()))
            configMap.credentials.push_back(std::move(*credential));
    }
    if (const Node binary = object["binaryData"]; binary.size() > 0) {
        QStringList keys;
        for (const Node value : binary.children())
            keys << fromUtf8(value.key());
        context.batch->skipped.push_back(SkippedItem { context.fileName, binary.pointer(),
            tr("ConfigMap %1: binaryData keys (%2) are not read for credentials").arg(configMap.nameSpace + QLatin1Char('/') + configMap.name, keys.join(QStringLiteral(", "))) });
    }
    context.batch->kubernetes.configMaps.push_back(std::move(configMap));
}

/// A free function, so that lupdate files the message under the "crossroads" context that tr()
/// here translates with (inside KubernetesImporter::import it filed it under the class).
void skipKind(const ImportContext& context, const Node& root, const QString& kind)
{
    context.batch->skipped.push_back(SkippedItem { context.fileName, root.pointer(),
        tr("%1 %2: kind %1 carries no container posture").arg(kind, root["metadata"]["name"].toString()) });
}

void importService(const ImportContext& context, const Node& object)
{
    KubernetesContext::Service service;
    service.nameSpace = nameSpaceOf(context, object);
    service.name = object["metadata"]["name"].toString();
    const Node spec = object["spec"];
    service.type = spec["type"].isValid() ? spec["type"].toString() : QStringLiteral("ClusterIP");
    service.selector = toStringMap(spec["selector"]);
    for (const Node port : spec["ports"].children()) {
        FieldCheck::integer(context, port["port"], 1, 65535);
        FieldCheck::integer(context, port["nodePort"], 0, 65535);
        const QString target = port["targetPort"].isValid() ? port["targetPort"].toString() : port["port"].toString();
        const QString protocol = port["protocol"].isValid() ? port["protocol"].toString() : QStringLiteral("TCP");
        if (service.type == QLatin1String("NodePort") || service.type == QLatin1String("LoadBalancer")) {
            const QString nodePort = port["nodePort"].isValid() ? port["nodePort"].toString() : QStringLiteral("*");
            service.exposures << ExposureText::servicePort(service.type, port["port"].toString(), nodePort, target, protocol, service.name);
        }
    }
    for (const QString& address : spec["externalIPs"].toStringList())
        service.exposures << ExposureText::externalIp(address, service.name);
    service.location = locationOf(context, object);
    context.batch->kubernetes.services.push_back(std::move(service));
}

void importIngress(const ImportContext& context, const Node& object)
{
    KubernetesContext::Ingress ingress;
    ingress.nameSpace = nameSpaceOf(context, object);
    ingress.name = object["metadata"]["name"].toString();
    const Node spec = object["spec"];
    auto backend = [&ingress](const Node& node) {
        const QString name = node["service"].isValid() ? node["service"]["name"].toString() : node["serviceName"].toString();
        if (!name.isEmpty())
            ingress.services << name;
    };
    backend(spec["defaultBackend"].isValid() ? spec["defaultBackend"] : spec["backend"]);
    for (const Node rule : spec["rules"].children()) {
        ingress.hosts << (rule["host"].isValid() ? rule["host"].toString() : QStringLiteral("*"));
        for (const Node path : rule["http"]["paths"].children())
            backend(path["backend"]);
    }
    ingress.hosts.removeDuplicates();
    ingress.services.removeDuplicates();
    ingress.location = locationOf(context, object);
    context.batch->kubernetes.ingresses.push_back(std::move(ingress));
}

void importNetworkPolicy(const ImportContext& context, const Node& object)
{
    KubernetesContext::NetworkPolicy policy;
    policy.nameSpace = nameSpaceOf(context, object);
    policy.name = object["metadata"]["name"].toString();
    const Node spec = object["spec"];
    policy.podSelector = LabelSelector::read(spec["podSelector"]);
    if (!policy.podSelector.isValid()) {
        context.batch->skipped.push_back(SkippedItem { context.fileName, spec["podSelector"].pointer(),
            tr("NetworkPolicy %1: podSelector operator %2 is not In, NotIn, Exists or DoesNotExist; the API server refuses the policy, so it "
               "isolates no pod")
                .arg(policy.name, policy.podSelector.invalidOperator) });
    }
    const Node types = spec["policyTypes"];
    if (types.size() > 0) {
        const QStringList names = types.toStringList();
        policy.ingress = names.contains(QLatin1String("Ingress"));
        policy.egress = names.contains(QLatin1String("Egress"));
    } else {
        // Without policyTypes, Ingress always applies and Egress only when egress rules exist.
        policy.ingress = true;
        policy.egress = spec["egress"].size() > 0;
    }
    // Rules of a direction the policy does not govern are ignored by the network plugin.
    if (policy.ingress)
        policy.ingressRules = NetworkPolicyIsolation::readRules(context, spec["ingress"], "from");
    if (policy.egress)
        policy.egressRules = NetworkPolicyIsolation::readRules(context, spec["egress"], "to");
    policy.location = locationOf(context, object);
    context.batch->kubernetes.networkPolicies.push_back(std::move(policy));
}

} // namespace

bool KubernetesImporter::recognises(const Node& root)
{
    return root.isObject() && root["apiVersion"].isString() && root["kind"].isString();
}

void KubernetesImporter::import(const ImportContext& context, const Node& root, const QString& kind)
{
    KubernetesContext& kubernetes = context.batch->kubernetes;
    if (isWorkloadKind(kind)) {
        importWorkload(context, root, kind);
    } else if (kind == QLatin1String("Secret")) {
        importSecret(context, root);
    } else if (kind == QLatin1String("ConfigMap")) {
        importConfigMap(context, root);
    } else if (kind == QLatin1String("Service")) {
        importService(context, root);
    } else if (kind == QLatin1String("Ingress")) {
        importIngress(context, root);
    } else if (kind == QLatin1String("NetworkPolicy")) {
        importNetworkPolicy(context, root);
    } else if (kind == QLatin1String("Namespace")) {
        const Node labels = root["metadata"]["labels"];
        const Node enforce = labels["pod-security.kubernetes.io/enforce"];
        kubernetes.namespaces.push_back(KubernetesContext::Namespace { root["metadata"]["name"].toString(), enforce.toString(),
            labels["pod-security.kubernetes.io/enforce-version"].toString(), locationOf(context, enforce.isValid() ? enforce : root, root.pointer()) });
    } else if (kind == QLatin1String("ServiceAccount")) {
        const Node automount = root["automountServiceAccountToken"];
        kubernetes.serviceAccounts.push_back(KubernetesContext::ServiceAccount { nameSpaceOf(context, root), root["metadata"]["name"].toString(),
            FieldCheck::boolean(context, automount) });
    } else if (kind == QLatin1String("Node")) {
        const Node info = root["status"]["nodeInfo"];
        const QString node = root["metadata"]["name"].toString();
        if (const QString runtime = info["containerRuntimeVersion"].toString(); !runtime.isEmpty())
            kubernetes.nodeRuntimes << runtime + QStringLiteral(" (") + node + QLatin1Char(')');
        if (const QString kubelet = info["kubeletVersion"].toString(); !kubelet.isEmpty())
            kubernetes.kubeletVersions << kubelet;
        kubernetes.nodeLocation = locationOf(context, info.isValid() ? info : root, root.pointer() + QStringLiteral("/status/nodeInfo"));
    } else if (kind == QLatin1String("RuntimeClass")) {
        kubernetes.runtimeClasses << root["metadata"]["name"].toString() + QStringLiteral(" → ") + root["handler"].toString();
    } else if (kind.endsWith(QLatin1String("List"))) {
        // The wrapper of a streamed list; its items were imported one by one.
    } else {
        skipKind(context, root, kind);
    }
}

} // namespace crossroads
