// SPDX-License-Identifier: Apache-2.0
#include "containerinspectimporter.h"

#include "fieldcheck.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>

namespace crossroads {

namespace {

/// "seccomp=unconfined" and the old "seccomp:unconfined" spelling → "unconfined".
QString securityOptValue(const QStringList& options, QLatin1String name)
{
    for (const QString& option : options) {
        if (option.startsWith(name + QLatin1Char('=')) || option.startsWith(name + QLatin1Char(':')))
            return option.mid(name.size() + 1);
    }
    return {};
}

/// "0.0.0.0:8080->80/tcp" per binding, and the host ports other hosts can reach: a port
/// published on loopback is reachable from this host only, like kubectl port-forward, and is
/// not a Kubernetes hostPort (docs/facts.md).
void publishedPorts(const ImportContext& context, const Node& bindings, bool publishAll, QStringList& published, QStringList& hostPorts)
{
    FieldCheck::isMappingOrAbsent(context, bindings);
    for (const Node port : bindings.children()) {
        FieldCheck::isListOrAbsent(context, port);
        for (const Node binding : port.children()) {
            QString hostIp = binding["HostIp"].toString();
            const QString hostPort = binding["HostPort"].toString();
            if (!hostPort.isEmpty()) // "" is a port the engine picks
                FieldCheck::integer(context, binding["HostPort"], 0, 65535, FieldCheck::Integers::NumberOrDigits);
            if (hostIp.isEmpty())
                hostIp = QStringLiteral("0.0.0.0");
            published << hostIp + QLatin1Char(':') + (hostPort.isEmpty() ? QStringLiteral("*") : hostPort) + QStringLiteral("->") + fromUtf8(port.key());
            if (!hostPort.isEmpty() && !isLoopbackAddress(hostIp))
                hostPorts << hostPort;
        }
    }
    if (publishAll)
        published << QStringLiteral("0.0.0.0:*->all exposed ports");
}

/// The value of an option on the command line that created the container ("--ipc host",
/// "--ipc=host"), or empty: Podman records what inspect does not always show there.
QString commandOption(const QStringList& command, QLatin1String option)
{
    QStringList values;
    for (qsizetype i = 0; i < command.size(); ++i) {
        if (command[i] == option && i + 1 < command.size())
            values << command[i + 1];
        else if (command[i].startsWith(option + QLatin1Char('=')))
            values << command[i].mid(option.size() + 1);
    }
    return values.join(QLatin1Char(','));
}

bool isRootUser(const QString& user)
{
    const QString name = user.section(QLatin1Char(':'), 0, 0).trimmed();
    return name.isEmpty() || name == QLatin1String("0") || name == QLatin1String("root");
}

} // namespace

bool ContainerInspectImporter::recognises(const Node& root)
{
    return root.isObject() && root["Id"].isString() && (root["HostConfig"].isObject() || root["Config"].isObject()) && !isContainerList(root);
}

bool ContainerInspectImporter::isContainerList(const Node& root)
{
    // `docker ps` / GET /containers/json: Names and a State string, a HostConfig holding only
    // the network mode, no Config. Read as an inspect, every missing setting looked unsafe.
    return root.isObject() && root["Names"].isArray() && !root["Config"].isObject() && !root["State"].isObject();
}

void ContainerInspectImporter::import(const ImportContext& context, const Node& root)
{
    if (FieldCheck::boolean(context, root["IsInfra"]).value_or(false)) {
        context.batch->skipped.push_back(SkippedItem { context.fileName, root.pointer(),
            QCoreApplication::translate("Importer", "pod infra container (holds the pod's namespaces, runs nothing)") });
        // Its published ports are the pod's.
        EnginePods::Infra infra;
        infra.podId = root["Pod"].toString();
        const Node bindings = root["HostConfig"]["PortBindings"];
        publishedPorts(context, bindings, FieldCheck::boolean(context, root["HostConfig"]["PublishAllPorts"]).value_or(false), infra.publishedPorts, infra.hostPorts);
        infra.location = locationOf(context, bindings.isValid() ? bindings : root, bindings.isValid() ? bindings.pointer() : root.pointer());
        if (!infra.podId.isEmpty())
            context.batch->enginePods.infras.push_back(std::move(infra));
        return;
    }
    const bool podman = root["OCIRuntime"].isValid() || root["EffectiveCaps"].isValid() || root["IsInfra"].isValid();
    Workload workload;
    workload.platform = podman ? QStringLiteral("podman") : QStringLiteral("docker");
    workload.kind = QStringLiteral("Container");
    workload.name = root["Name"].toString();
    if (workload.name.startsWith(QLatin1Char('/')))
        workload.name.remove(0, 1);
    if (workload.name.isEmpty())
        workload.name = root["Id"].toString().left(12);
    const Node config = root["Config"];
    const Node host = root["HostConfig"];
    workload.labels = toStringMap(config["Labels"]);
    if (const QString project = workload.labels.value(QStringLiteral("com.docker.compose.project")); !project.isEmpty())
        workload.nameSpace = project;
    if (const QString pod = root["Pod"].toString(); podman && !pod.isEmpty())
        context.batch->enginePods.members.push_back(EnginePods::Member { context.batch->workloads.size(), pod });

    const qint16 base = workload.addBase(context.fileIndex, root.pointer());
    Container container;
    container.name = workload.name;

    // runtime
    const bool privileged = FieldCheck::boolean(context, host["Privileged"]).value_or(false);
    FieldCheck::isListOrAbsent(context, host["CapAdd"]);
    FieldCheck::isListOrAbsent(context, host["CapDrop"]);
    state(container, FactKey::Privileged, privileged, base, host["Privileged"], "/HostConfig/Privileged");
    QStringList added;
    for (const QString& capability : host["CapAdd"].toStringList())
        added << normalizeCapability(capability);
    state(container, FactKey::CapabilitiesAdded, added, base, host["CapAdd"], "/HostConfig/CapAdd");
    QStringList dropped;
    for (const QString& capability : host["CapDrop"].toStringList())
        dropped << normalizeCapability(capability);
    const Node effective = root["EffectiveCaps"];
    if (dropped.contains(QLatin1String("ALL")))
        state(container, FactKey::CapabilitiesDropAll, true, base, host["CapDrop"], "/HostConfig/CapDrop");
    else if (effective.isArray() || (effective.isNull() && effective.isValid()))
        state(container, FactKey::CapabilitiesDropAll, effective.size() == 0, base, effective, "/EffectiveCaps");
    else
        state(container, FactKey::CapabilitiesDropAll, false, base, host["CapDrop"], "/HostConfig/CapDrop");

    const Node user = config["User"];
    FieldCheck::linuxUser(context, user);
    const QString userText = user.toString();
    if (userText.isEmpty()) {
        // The image's USER applies; images run as root unless they say otherwise.
        assumeDefault(container, FactKey::User, QString(), base, user.line(), "/Config/User");
        assumeDefault(container, FactKey::RunAsNonRoot, false, base, user.line(), "/Config/User");
    } else {
        state(container, FactKey::User, userText, base, user, "/Config/User");
        derive(container, FactKey::RunAsNonRoot, !isRootUser(userText), base, user.line(), "/Config/User");
    }

    const Node securityOpt = host["SecurityOpt"];
    const QStringList options = securityOpt.toStringList();
    const QString noNewPrivileges = securityOptValue(options, QLatin1String("no-new-privileges"));
    if (options.contains(QLatin1String("no-new-privileges")) || noNewPrivileges == QLatin1String("true"))
        state(container, FactKey::NoNewPrivileges, true, base, securityOpt, "/HostConfig/SecurityOpt");
    else
        assumeDefault(container, FactKey::NoNewPrivileges, false, base, securityOpt.line(), "/HostConfig/SecurityOpt/no-new-privileges");

    const QString seccomp = securityOptValue(options, QLatin1String("seccomp"));
    if (seccomp == QLatin1String("unconfined"))
        state(container, FactKey::Seccomp, QStringLiteral("Unconfined"), base, securityOpt, "/HostConfig/SecurityOpt");
    else if (!seccomp.isEmpty())
        state(container, FactKey::Seccomp, QStringLiteral("Localhost"), base, securityOpt, "/HostConfig/SecurityOpt");
    else if (privileged)
        derive(container, FactKey::Seccomp, QStringLiteral("Unconfined"), base, host["Privileged"].line(), "/HostConfig/Privileged");
    else
        assumeDefault(container, FactKey::Seccomp, QStringLiteral("RuntimeDefault"), base, securityOpt.line(), "/HostConfig/SecurityOpt/seccomp");

    // What the user asked for (SecurityOpt) and what the engine recorded (AppArmorProfile,
    // ProcessLabel); the fact cites the first field that holds an item.
    QStringList mac;
    const Node* macSource = nullptr;
    const char* macPath = nullptr;
    auto macFrom = [&](const QString& item, const Node& node, const char* path) {
        mac << item;
        if (macSource == nullptr) {
            macSource = &node;
            macPath = path;
        }
    };
    const Node appArmorNode = root["AppArmorProfile"];
    const Node processLabelNode = root["ProcessLabel"];
    const QString optionAppArmor = securityOptValue(options, QLatin1String("apparmor"));
    if (!optionAppArmor.isEmpty())
        macFrom(QStringLiteral("apparmor=") + optionAppArmor, securityOpt, "/HostConfig/SecurityOpt");
    for (const QString& option : options) {
        if (option.startsWith(QLatin1String("label=")) || option.startsWith(QLatin1String("label:")))
            macFrom(option.mid(6).replace(QLatin1Char(':'), QLatin1Char('=')).prepend(QStringLiteral("label.")), securityOpt, "/HostConfig/SecurityOpt");
    }
    const QString appArmor = appArmorNode.toString();
    if (!appArmor.isEmpty() && optionAppArmor.isEmpty())
        macFrom(QStringLiteral("apparmor=") + appArmor, appArmorNode, "/AppArmorProfile");
    const QString processLabel = processLabelNode.toString();
    if (processLabel.count(QLatin1Char(':')) >= 2)
        macFrom(QStringLiteral("selinux.type=") + processLabel.section(QLatin1Char(':'), 2, 2), processLabelNode, "/ProcessLabel");
    if (mac.isEmpty())
        assumeDefault(container, FactKey::Mac, mac, base, appArmorNode.line(), "/AppArmorProfile");
    else if (privileged && optionAppArmor.isEmpty() && macPath != nullptr && std::strcmp(macPath, "/AppArmorProfile") == 0)
        // The engine records "unconfined" for a privileged container: what --privileged does,
        // not something the user asked for (so Pod Security would not name it on its own).
        derive(container, FactKey::Mac, mac, base, host["Privileged"].line(), "/HostConfig/Privileged");
    else
        state(container, FactKey::Mac, mac, base, *macSource, macPath);

    state(container, FactKey::ReadOnlyRootfs, FieldCheck::boolean(context, host["ReadonlyRootfs"]).value_or(false), base, host["ReadonlyRootfs"],
        "/HostConfig/ReadonlyRootfs");
    constexpr qint64 noMaximum = std::numeric_limits<qint64>::max();
    const qint64 memory = FieldCheck::integer(context, host["Memory"], 0, noMaximum).value_or(0);
    state(container, FactKey::LimitsMemory, memory > 0 ? QString::number(memory) : QString(), base, host["Memory"], "/HostConfig/Memory");
    const qint64 nanoCpus = FieldCheck::integer(context, host["NanoCpus"], 0, noMaximum).value_or(0);
    const qint64 quota = FieldCheck::integer(context, host["CpuQuota"], -1, noMaximum).value_or(0); // -1: no quota
    QString cpu;
    if (nanoCpus > 0)
        cpu = QString::number(static_cast<double>(nanoCpus) / 1e9);
    else if (quota > 0)
        cpu = QString::number(static_cast<double>(quota) / static_cast<double>(FieldCheck::integer(context, host["CpuPeriod"], 1, noMaximum).value_or(100000)));
    state(container, FactKey::LimitsCpu, cpu, base, host["NanoCpus"], "/HostConfig/NanoCpus");
    const qint64 pids = FieldCheck::integer(context, host["PidsLimit"], -1, noMaximum).value_or(0); // 0 and -1: no limit
    state(container, FactKey::LimitsPids, pids > 0 ? QString::number(pids) : QString(), base, host["PidsLimit"], "/HostConfig/PidsLimit");
    QStringList sysctls;
    for (const Node entry : host["Sysctls"].children())
        sysctls << fromUtf8(entry.key()) + QLatin1Char('=') + entry.toString();
    state(container, FactKey::Sysctls, sysctls, base, host["Sysctls"], "/HostConfig/Sysctls");
    // The engine masks /proc paths unless the container is privileged (FactImplications).
    // Podman 4 records --security-opt unmask=… only in the command that created the container.
    const Node createCommand = config["CreateCommand"];
    const QStringList command = createCommand.toStringList();
    const QStringList securityOptions = commandOption(command, QLatin1String("--security-opt")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (std::any_of(securityOptions.begin(), securityOptions.end(), [](const QString& option) { return option.startsWith(QLatin1String("unmask=")); }))
        state(container, FactKey::ProcMount, QStringLiteral("Unmasked"), base, createCommand, "/Config/CreateCommand");
    else
        assumeDefault(container, FactKey::ProcMount, QStringLiteral("Default"), base, root.line(), "");
    const QString runtime = podman ? root["OCIRuntime"].toString() : host["Runtime"].toString();
    if (!runtime.isEmpty())
        state(container, FactKey::RuntimeClass, runtime, base, podman ? root["OCIRuntime"] : host["Runtime"], podman ? "/OCIRuntime" : "/HostConfig/Runtime");

    // namespaces
    auto hostMode = [&](FactKey key, const char* field, const char* path) {
        const Node mode = host[field];
        state(container, key, mode.toString() == QLatin1String("host"), base, mode, path);
    };
    hostMode(FactKey::HostPid, "PidMode", "/HostConfig/PidMode");
    hostMode(FactKey::HostIpc, "IpcMode", "/HostConfig/IpcMode");
    // Podman 4.3 reports --ipc host as IpcMode "shareable"; the creating command says what was asked.
    if (!container[FactKey::HostIpc].value.toBool() && commandOption(command, QLatin1String("--ipc")) == QLatin1String("host"))
        state(container, FactKey::HostIpc, true, base, createCommand, "/Config/CreateCommand");
    hostMode(FactKey::HostNetwork, "NetworkMode", "/HostConfig/NetworkMode");
    hostMode(FactKey::HostUts, "UTSMode", "/HostConfig/UTSMode");
    const QString userns = host["UsernsMode"].toString();
    if (userns == QLatin1String("host"))
        state(container, FactKey::UserNamespace, false, base, host["UsernsMode"], "/HostConfig/UsernsMode");
    else if (!userns.isEmpty())
        state(container, FactKey::UserNamespace, true, base, host["UsernsMode"], "/HostConfig/UsernsMode");
    else
        assumeDefault(container, FactKey::UserNamespace, false, base, host["UsernsMode"].line(), "/HostConfig/UsernsMode"); // rootful default; the engine may say rootless

    QStringList binds, sockets, secretFiles, volumeSources;
    const Node mounts = root["Mounts"];
    FieldCheck::isListOrAbsent(context, mounts);
    for (const Node mount : mounts.children()) {
        const QString type = mount["Type"].toString();
        const QString source = mount["Source"].toString();
        const QString destination = mount["Destination"].toString();
        const bool readWrite = FieldCheck::boolean(context, mount["RW"]).value_or(true);
        if (destination.startsWith(QLatin1String("/run/secrets")))
            secretFiles << destination;
        if (type == QLatin1String("bind")) {
            binds << source + QLatin1Char(':') + destination + (readWrite ? QStringLiteral(":rw") : QStringLiteral(":ro"));
            volumeSources << QStringLiteral("hostPath");
            if (isRuntimeSocket(source))
                sockets << source;
        } else if (type == QLatin1String("tmpfs")) {
            volumeSources << QStringLiteral("emptyDir");
        } else if (!type.isEmpty()) {
            volumeSources << QStringLiteral("persistentVolumeClaim");
        }
    }
    // Inspect output older than Mounts (Docker before 1.8) lists binds in HostConfig.Binds
    // ("/host:/container:ro") and every volume in Volumes (container path → host path), with
    // their writability in VolumesRW; Docker's own volumes live under /var/lib/docker.
    const Node legacyBinds = host["Binds"];
    const Node legacyVolumes = root["Volumes"];
    const bool legacy = !mounts.isValid() && (legacyBinds.isArray() || legacyVolumes.isObject());
    if (legacy) {
        auto addBind = [&](const QString& source, const QString& destination, bool readWrite) {
            if (!source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1String("/var/lib/docker/")))
                return;
            const QString entry = source + QLatin1Char(':') + destination + (readWrite ? QStringLiteral(":rw") : QStringLiteral(":ro"));
            if (binds.contains(entry))
                return;
            binds << entry;
            volumeSources << QStringLiteral("hostPath");
            if (isRuntimeSocket(source))
                sockets << source;
        };
        for (const QString& bind : legacyBinds.toStringList()) {
            const QStringList parts = bind.split(QLatin1Char(':'));
            addBind(parts.value(0), parts.value(1), !parts.value(2).split(QLatin1Char(',')).contains(QLatin1String("ro")));
        }
        for (const Node volume : legacyVolumes.children())
            addBind(volume.toString(), fromUtf8(volume.key()), FieldCheck::boolean(context, root["VolumesRW"][volume.key()]).value_or(true));
    }
    volumeSources.removeDuplicates();
    const Node& mountsAt = legacy ? (legacyVolumes.isObject() ? legacyVolumes : legacyBinds) : mounts;
    const char* mountsPath = legacy ? (legacyVolumes.isObject() ? "/Volumes" : "/HostConfig/Binds") : "/Mounts";
    state(container, FactKey::HostMounts, binds, base, mountsAt, mountsPath);
    state(container, FactKey::RuntimeSocket, sockets, base, mountsAt, mountsPath);
    state(container, FactKey::VolumeSources, volumeSources, base, mountsAt, mountsPath);
    QStringList devices;
    for (const Node device : host["Devices"].children())
        devices << device["PathOnHost"].toString();
    state(container, FactKey::Devices, devices, base, host["Devices"], "/HostConfig/Devices");

    // network
    QStringList published, hostPorts;
    const Node bindings = host["PortBindings"];
    publishedPorts(context, bindings, FieldCheck::boolean(context, host["PublishAllPorts"]).value_or(false), published, hostPorts);
    state(container, FactKey::PublishedPorts, published, base, bindings, "/HostConfig/PortBindings");
    state(container, FactKey::HostPorts, hostPorts, base, bindings, "/HostConfig/PortBindings");
    QString networkMode = host["NetworkMode"].toString();
    if (networkMode.isEmpty() || networkMode == QLatin1String("default"))
        networkMode = QStringLiteral("bridge");
    state(container, FactKey::NetworkMode, networkMode, base, host["NetworkMode"], "/HostConfig/NetworkMode");
    if (networkMode == QLatin1String("none")) {
        state(container, FactKey::IngressIsolated, true, base, host["NetworkMode"], "/HostConfig/NetworkMode");
        state(container, FactKey::EgressIsolated, true, base, host["NetworkMode"], "/HostConfig/NetworkMode");
    } else if (networkMode != QLatin1String("host")) {
        // Unpublished ports, and ports published on loopback, are reachable only from the host
        // and its other containers.
        derive(container, FactKey::IngressIsolated, !publishesBeyondLoopback(published), base, bindings.line(), "/HostConfig/PortBindings");
    } else {
        state(container, FactKey::IngressIsolated, false, base, host["NetworkMode"], "/HostConfig/NetworkMode");
        state(container, FactKey::EgressIsolated, false, base, host["NetworkMode"], "/HostConfig/NetworkMode");
    }

    // secrets
    QStringList literals;
    const Node env = config["Env"];
    for (const Node entry : env.children()) {
        const std::string_view text = entry.text();
        const auto equals = text.find('=');
        if (equals != std::string_view::npos
            && recordCredential(context, container, text.substr(0, equals), text.substr(equals + 1), base, entry.line()))
            literals << fromUtf8(text.substr(0, equals));
    }
    state(container, FactKey::EnvLiterals, literals, base, env, "/Config/Env");
    state(container, FactKey::SecretFiles, secretFiles, base, mounts, "/Mounts");

    // image
    const Node image = config["Image"].isString() ? config["Image"] : root["ImageName"];
    if (image.isString())
        setImageFacts(container, image.toString(), base, image, config["Image"].isString() ? "/Config/Image" : "/ImageName");
    if (const Node digest = root["ImageDigest"]; digest.isString())
        state(container, FactKey::ImageDigest, digest.toString(), base, digest, "/ImageDigest");

    // The networks it joined, for EngineNetworkResolver to match with `network inspect`.
    if (networkMode != QLatin1String("host") && networkMode != QLatin1String("none") && !networkMode.contains(QLatin1Char(':'))) {
        QStringList joined;
        for (const Node network : root["NetworkSettings"]["Networks"].children())
            joined << fromUtf8(network.key());
        // Without NetworkSettings, a mode that names a user network is that network.
        static const QStringList builtInModes { QStringLiteral("bridge"), QStringLiteral("slirp4netns"), QStringLiteral("pasta"), QStringLiteral("private") };
        if (joined.isEmpty() && !builtInModes.contains(networkMode))
            joined << networkMode;
        if (!joined.isEmpty())
            context.batch->engineNetworks.attachments.push_back(EngineNetworks::Attachment { context.batch->workloads.size(), joined });
    }

    workload.containers.push_back(std::move(container));
    context.batch->workloads.push_back(std::move(workload));
}

} // namespace crossroads
