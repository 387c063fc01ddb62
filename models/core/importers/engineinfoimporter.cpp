// SPDX-License-Identifier: Apache-2.0
#include "engineinfoimporter.h"

#include "fieldcheck.h"

namespace crossroads {

namespace {

struct EngineFactSink {
    const ImportContext& context;
    void stated(FactKey key, FactValue value, const Node& node, const char* path)
    {
        add(key, std::move(value), Provenance::Stated, node.line(), path);
    }
    void derived(FactKey key, FactValue value, const Node& node, const char* path)
    {
        add(key, std::move(value), Provenance::Derived, node.line(), path);
    }
    void add(FactKey key, FactValue value, Provenance provenance, quint32 line, const char* path)
    {
        Fact fact;
        fact.value = std::move(value);
        fact.provenance = provenance;
        fact.base = static_cast<qint16>(context.fileIndex);
        fact.line = line;
        fact.setPath(path);
        context.batch->engineFacts.emplace_back(key, std::move(fact));
    }
};

bool isPodmanInfo(const Node& root)
{
    return root["host"].isObject() && (root["store"].isObject() || root["version"].isObject());
}

void importPodman(EngineFactSink& sink, const Node& root)
{
    const Node host = root["host"];
    const Node security = host["security"];
    sink.stated(FactKey::EngineKind, QStringLiteral("podman"), host, "/host");
    if (const Node version = root["version"]["Version"]; version.isValid())
        sink.stated(FactKey::EngineVersion, version.toString(), version, "/version/Version");
    // Podman has no daemon: every container is a child of the user's own process.
    sink.derived(FactKey::EngineDaemonless, true, host, "/host");
    if (const auto rootless = FieldCheck::boolean(sink.context, security["rootless"]))
        sink.stated(FactKey::EngineRootless, *rootless, security["rootless"], "/host/security/rootless");
    if (const Node runtime = host["ociRuntime"]["name"]; runtime.isValid())
        sink.stated(FactKey::EngineOciRuntime, runtime.toString(), runtime, "/host/ociRuntime/name");
    if (const Node cgroup = host["cgroupVersion"]; cgroup.isValid())
        sink.stated(FactKey::EngineCgroupVersion, cgroup.toString().remove(QLatin1Char('v')), cgroup, "/host/cgroupVersion");
    if (const auto seccomp = FieldCheck::boolean(sink.context, security["seccompEnabled"]))
        sink.stated(FactKey::EngineSeccomp, *seccomp, security["seccompEnabled"], "/host/security/seccompEnabled");
    if (const auto apparmor = FieldCheck::boolean(sink.context, security["apparmorEnabled"]))
        sink.stated(FactKey::EngineAppArmor, *apparmor, security["apparmorEnabled"], "/host/security/apparmorEnabled");
    if (const auto selinux = FieldCheck::boolean(sink.context, security["selinuxEnabled"]))
        sink.stated(FactKey::EngineSelinux, *selinux, security["selinuxEnabled"], "/host/security/selinuxEnabled");
    const Node uidmap = host["idMappings"]["uidmap"];
    if (uidmap.isArray()) {
        QStringList maps;
        for (const Node map : uidmap.children())
            maps << QStringLiteral("%1→%2 (%3)").arg(map["container_id"].toString(), map["host_id"].toString(), map["size"].toString());
        sink.stated(FactKey::EngineUserNamespaces, maps, uidmap, "/host/idMappings/uidmap");
    }
}

void importDocker(EngineFactSink& sink, const Node& root)
{
    sink.stated(FactKey::EngineKind, QStringLiteral("docker"), root["ID"], "/ID");
    if (const Node version = root["ServerVersion"]; version.isValid())
        sink.stated(FactKey::EngineVersion, version.toString(), version, "/ServerVersion");
    sink.derived(FactKey::EngineDaemonless, false, root["ID"], "/ID");
    const Node options = root["SecurityOptions"];
    bool rootless = false, seccomp = false, apparmor = false, selinux = false, userns = false;
    for (const QString& option : options.toStringList()) {
        const QString name = option.section(QLatin1Char(','), 0, 0);
        rootless |= name == QLatin1String("name=rootless");
        seccomp |= name == QLatin1String("name=seccomp") && !option.contains(QLatin1String("profile=unconfined"));
        apparmor |= name == QLatin1String("name=apparmor");
        selinux |= name == QLatin1String("name=selinux");
        userns |= name == QLatin1String("name=userns");
    }
    if (options.isArray()) {
        sink.stated(FactKey::EngineRootless, rootless, options, "/SecurityOptions");
        sink.stated(FactKey::EngineSeccomp, seccomp, options, "/SecurityOptions");
        sink.stated(FactKey::EngineAppArmor, apparmor, options, "/SecurityOptions");
        sink.stated(FactKey::EngineSelinux, selinux, options, "/SecurityOptions");
        sink.stated(FactKey::EngineUserNamespaces, userns || rootless ? QStringList { QStringLiteral("remapped") } : QStringList(),
            options, "/SecurityOptions");
    }
    if (const Node runtime = root["DefaultRuntime"]; runtime.isValid())
        sink.stated(FactKey::EngineOciRuntime, runtime.toString(), runtime, "/DefaultRuntime");
    else if (const Node runtimes = root["Runtimes"]; runtimes.size() == 1)
        sink.derived(FactKey::EngineOciRuntime, fromUtf8((*runtimes.children().begin()).key()), runtimes, "/Runtimes");
    if (const Node cgroup = root["CgroupVersion"]; cgroup.isValid())
        sink.stated(FactKey::EngineCgroupVersion, cgroup.toString(), cgroup, "/CgroupVersion");
}

} // namespace

bool EngineInfoImporter::recognises(const Node& root)
{
    if (!root.isObject())
        return false;
    if (isPodmanInfo(root))
        return true;
    return root["ID"].isString() && (root["SecurityOptions"].isValid() || root["ServerVersion"].isValid() || root["Driver"].isValid()
               || root["Containers"].isValid());
}

void EngineInfoImporter::import(const ImportContext& context, const Node& root)
{
    EngineFactSink sink { context };
    if (isPodmanInfo(root))
        importPodman(sink, root);
    else
        importDocker(sink, root);
}

} // namespace crossroads
