// SPDX-License-Identifier: Apache-2.0
#include "composeimporter.h"

#include "envfile.h"
#include "fieldcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace crossroads {

namespace {

QString jsonPointerEscape(QString token)
{
    return token.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

/// "1.5g", "512m", 1073741824 → a readable limit; empty when absent or zero.
QString limitText(const Node& node)
{
    if (!node.isValid() || node.isNull())
        return {};
    const QString text = node.toString();
    return text == QLatin1String("0") ? QString() : text;
}

struct PortSpec {
    QString hostIp, published, target;
};

constexpr auto composeText = FieldCheck::Booleans::ComposeText;

/// A published or target port as compose takes it: a number or a range ("8000-8010") of ports
/// up to 65535, or a variable compose fills in ("${WEB_PORT:-8080}").
void checkPortText(const ImportContext& context, const Node& node, const QString& text)
{
    if (text.isEmpty() || text.contains(QLatin1Char('$')))
        return;
    QString numbers = text.section(QLatin1Char('/'), 0, 0);
    for (const QString& part : numbers.split(QLatin1Char('-'))) {
        bool number = false;
        const uint port = part.toUInt(&number);
        if (!number || port > 65535) {
            // Digits are shown; anything else may be a mistyped secret, and is not.
            const bool digits = part.size() <= 24 && std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
            FieldCheck::refuse(context, node, FieldCheck::tr("must name ports from 0 to 65535 (a number or a range), not %1").arg(digits ? part : FieldCheck::tr("a text")));
            return;
        }
    }
}

/// Short syntax: "80", "8080:80", "127.0.0.1:8080:80/tcp", "[::1]:8080:80".
PortSpec parseShortPort(QString text)
{
    PortSpec port;
    QString protocol;
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash >= 0) {
        protocol = text.mid(slash);
        text.truncate(slash);
    }
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        port.hostIp = text.mid(1, close - 1);
        text = text.mid(close + 2);
    }
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() == 1) {
        port.target = parts[0];
    } else if (parts.size() == 2) {
        port.published = parts[0];
        port.target = parts[1];
    } else {
        port.hostIp = parts[0];
        port.published = parts[1];
        port.target = parts[2];
    }
    port.target += protocol;
    return port;
}

/// The file index of an env file within the batch, adding it to the inputs on first use.
int envFileIndex(const ImportContext& context, const QString& path, const QByteArray& keyedDigest)
{
    std::vector<InputFile>& inputs = context.batch->extraInputs;
    auto found = std::find_if(inputs.begin(), inputs.end(), [&path](const InputFile& input) { return input.path == path; });
    if (found == inputs.end())
        found = inputs.insert(inputs.end(), InputFile { path, keyedDigest, true });
    return context.fileIndex + 1 + static_cast<int>(found - inputs.begin());
}

/// `env_file:` (a path, a list of paths, or of {path, required}) relative to the compose file.
/// Its variables are classified like `environment`; as in compose, a later file overrides an
/// earlier one and `environment` overrides them all. Values are never kept.
void readEnvFiles(const ImportContext& context, Workload& workload, Container& container, const Node& envFiles,
    const Node& environment, QStringList* literals)
{
    std::vector<EnvFile> files;
    struct Effective {
        const EnvFile::Variable* variable;
        qint16 base;
    };
    std::vector<Effective> effective;
    auto readOne = [&](const Node& entry) {
        const QString relative = entry.isObject() ? entry["path"].toString() : entry.toString();
        if (relative.isEmpty())
            return;
        const bool required = !entry.isObject() || FieldCheck::boolean(context, entry["required"], composeText).value_or(true);
        const QDir project = QFileInfo(context.fileName).dir();
        const QString path = QDir::cleanPath(project.filePath(relative));
        // Only files of the project: an env_file of ../../.aws/credentials or /etc/… would make a
        // colleague's compose file read (and record) whatever it names on this machine.
        const QString projectRoot = QFileInfo(project.path()).canonicalFilePath();
        const QString target = QFileInfo(path).exists() ? QFileInfo(path).canonicalFilePath() : QFileInfo(path).absoluteFilePath();
        if (projectRoot.isEmpty() || !target.startsWith(projectRoot + QLatin1Char('/'))) { // no folder (read from memory): nothing is inside
            // Compose would read it; Crossroads does not, so this file cannot be judged whole.
            FieldCheck::refuse(context, entry, QCoreApplication::translate("Importer", "names %1, outside the compose file's folder: not read, so its variables cannot be checked; copy it into the project").arg(relative));
            return;
        }
        Result<EnvFile> envFile = EnvFile::read(path, context.key);
        if (!envFile) {
            // Compose refuses a required env_file it cannot read, and so does Crossroads.
            if (required || QFileInfo::exists(path))
                FieldCheck::refuse(context, entry, QCoreApplication::translate("Importer", "names %1: %2").arg(relative, envFile.error().message));
            return;
        }
        const qint16 base = workload.addBase(envFileIndex(context, path, envFile->keyedDigest()), QString());
        files.push_back(std::move(*envFile));
        for (const EnvFile::Variable& variable : files.back().variables()) {
            std::erase_if(effective, [&variable](const Effective& known) { return known.variable->name == variable.name; });
            effective.push_back(Effective { &variable, base });
        }
    };
    if (envFiles.isArray()) {
        for (const Node entry : envFiles.children())
            readOne(entry);
    } else if (envFiles.isValid()) {
        readOne(envFiles);
    }

    auto overridden = [&environment](std::string_view name) {
        if (environment.isObject())
            return environment[name].isValid();
        for (const Node entry : environment.children()) {
            const std::string_view text = entry.text();
            if (text.substr(0, text.find('=')) == name)
                return true;
        }
        return false;
    };
    for (const Effective& entry : effective) {
        const EnvFile::Variable& variable = *entry.variable;
        if (!overridden(variable.name) && recordCredential(context, container, variable.name, variable.value, entry.base, variable.line))
            *literals << fromUtf8(variable.name);
    }
}

} // namespace

bool ComposeImporter::recognises(const Node& root)
{
    return root.isObject() && root["services"].isObject() && !root["apiVersion"].isValid();
}

void ComposeImporter::import(const ImportContext& context, const Node& root)
{
    QSet<QString> internalNetworks;
    for (const Node network : root["networks"].children()) {
        if (FieldCheck::boolean(context, network["internal"], composeText).value_or(false))
            internalNetworks.insert(fromUtf8(network.key()));
    }
    const QString project = root["name"].toString();

    for (const Node service : root["services"].children()) {
        Workload workload;
        workload.platform = QStringLiteral("compose");
        workload.kind = QStringLiteral("Service");
        workload.nameSpace = project;
        workload.name = fromUtf8(service.key());
        if (service["labels"].isObject())
            workload.labels = toStringMap(service["labels"]);
        const qint16 base = workload.addBase(context.fileIndex,
            QStringLiteral("/services/") + jsonPointerEscape(workload.name), service.document()->documentIndex);
        Container container;
        container.name = service["container_name"].isValid() ? service["container_name"].toString() : workload.name;

        const Node privilegedNode = service["privileged"];
        const bool privileged = FieldCheck::boolean(context, privilegedNode, composeText).value_or(false);
        if (privilegedNode.isValid())
            state(container, FactKey::Privileged, privileged, base, privilegedNode, "/privileged");
        else
            assumeDefault(container, FactKey::Privileged, false, base, service.line(), "/privileged");
        QStringList added, dropped;
        FieldCheck::isListOrAbsent(context, service["cap_add"]);
        FieldCheck::isListOrAbsent(context, service["cap_drop"]);
        for (const QString& capability : service["cap_add"].toStringList())
            added << normalizeCapability(capability);
        for (const QString& capability : service["cap_drop"].toStringList())
            dropped << normalizeCapability(capability);
        if (service["cap_add"].isValid())
            state(container, FactKey::CapabilitiesAdded, added, base, service["cap_add"], "/cap_add");
        else
            assumeDefault(container, FactKey::CapabilitiesAdded, added, base, service.line(), "/cap_add");
        if (service["cap_drop"].isValid())
            state(container, FactKey::CapabilitiesDropAll, dropped.contains(QLatin1String("ALL")), base, service["cap_drop"], "/cap_drop");
        else
            assumeDefault(container, FactKey::CapabilitiesDropAll, false, base, service.line(), "/cap_drop");

        if (const Node user = service["user"]; user.isValid()) {
            const QString name = user.toString().section(QLatin1Char(':'), 0, 0);
            FieldCheck::linuxUser(context, user);
            state(container, FactKey::User, user.toString(), base, user, "/user");
            derive(container, FactKey::RunAsNonRoot, !(name.isEmpty() || name == QLatin1String("0") || name == QLatin1String("root")),
                base, user.line(), "/user");
        } else {
            assumeDefault(container, FactKey::User, QString(), base, service.line(), "/user"); // the image's USER
            assumeDefault(container, FactKey::RunAsNonRoot, false, base, service.line(), "/user");
        }

        const Node securityOpt = service["security_opt"];
        const QStringList options = securityOpt.toStringList();
        auto optionValue = [&options](QLatin1String name) -> QString {
            for (const QString& option : options) {
                if (option.startsWith(name + QLatin1Char('=')) || option.startsWith(name + QLatin1Char(':')))
                    return option.mid(name.size() + 1);
            }
            return {};
        };
        if (options.contains(QLatin1String("no-new-privileges")) || optionValue(QLatin1String("no-new-privileges")) == QLatin1String("true"))
            state(container, FactKey::NoNewPrivileges, true, base, securityOpt, "/security_opt");
        else
            assumeDefault(container, FactKey::NoNewPrivileges, false, base, service.line(), "/security_opt/no-new-privileges");
        const QString seccomp = optionValue(QLatin1String("seccomp"));
        if (seccomp == QLatin1String("unconfined"))
            state(container, FactKey::Seccomp, QStringLiteral("Unconfined"), base, securityOpt, "/security_opt");
        else if (!seccomp.isEmpty())
            state(container, FactKey::Seccomp, QStringLiteral("Localhost"), base, securityOpt, "/security_opt");
        else
            assumeDefault(container, FactKey::Seccomp, QStringLiteral("RuntimeDefault"), base, service.line(), "/security_opt/seccomp"); // privileged: FactImplications
        QStringList mac;
        if (const QString appArmor = optionValue(QLatin1String("apparmor")); !appArmor.isEmpty())
            mac << QStringLiteral("apparmor=") + appArmor;
        for (const QString& option : options) {
            if (option.startsWith(QLatin1String("label=")) || option.startsWith(QLatin1String("label:")))
                mac << option.mid(6).replace(QLatin1Char(':'), QLatin1Char('=')).prepend(QStringLiteral("label."));
        }
        if (mac.isEmpty())
            assumeDefault(container, FactKey::Mac, QStringList(), base, service.line(), "/security_opt/{apparmor,label}"); // privileged: FactImplications
        else
            state(container, FactKey::Mac, mac, base, securityOpt, "/security_opt");

        if (const Node readOnly = service["read_only"]; readOnly.isValid())
            state(container, FactKey::ReadOnlyRootfs, FieldCheck::boolean(context, readOnly, composeText).value_or(false), base, readOnly, "/read_only");
        else
            assumeDefault(container, FactKey::ReadOnlyRootfs, false, base, service.line(), "/read_only");
        const Node limits = service["deploy"]["resources"]["limits"];
        auto limit = [&](FactKey key, const char* shortKey, const char* shortPath, const char* deployKey, const char* deployPath) {
            if (const Node node = service[shortKey]; node.isValid())
                state(container, key, limitText(node), base, node, shortPath);
            else if (const Node deployed = limits[deployKey]; deployed.isValid())
                state(container, key, limitText(deployed), base, deployed, deployPath);
            else
                assumeDefault(container, key, QString(), base, service.line(), shortPath);
        };
        limit(FactKey::LimitsMemory, "mem_limit", "/mem_limit", "memory", "/deploy/resources/limits/memory");
        limit(FactKey::LimitsCpu, "cpus", "/cpus", "cpus", "/deploy/resources/limits/cpus");
        limit(FactKey::LimitsPids, "pids_limit", "/pids_limit", "pids", "/deploy/resources/limits/pids");
        QStringList sysctls;
        const Node sysctlNode = service["sysctls"];
        if (sysctlNode.isObject()) {
            for (const Node entry : sysctlNode.children())
                sysctls << fromUtf8(entry.key()) + QLatin1Char('=') + entry.toString();
        } else {
            sysctls = sysctlNode.toStringList();
        }
        if (sysctlNode.isValid())
            state(container, FactKey::Sysctls, sysctls, base, sysctlNode, "/sysctls");
        else
            assumeDefault(container, FactKey::Sysctls, sysctls, base, service.line(), "/sysctls");
        assumeDefault(container, FactKey::ProcMount, QStringLiteral("Default"), base, service.line(), ""); // privileged: FactImplications
        if (const Node runtime = service["runtime"]; runtime.isValid())
            state(container, FactKey::RuntimeClass, runtime.toString(), base, runtime, "/runtime");

        auto hostMode = [&](FactKey key, const char* field, const char* path) {
            if (const Node mode = service[field]; mode.isValid())
                state(container, key, mode.toString() == QLatin1String("host"), base, mode, path);
            else
                assumeDefault(container, key, false, base, service.line(), path);
        };
        hostMode(FactKey::HostPid, "pid", "/pid");
        hostMode(FactKey::HostIpc, "ipc", "/ipc");
        hostMode(FactKey::HostNetwork, "network_mode", "/network_mode");
        hostMode(FactKey::HostUts, "uts", "/uts");
        if (const Node userns = service["userns_mode"]; userns.isValid())
            state(container, FactKey::UserNamespace, userns.toString() != QLatin1String("host"), base, userns, "/userns_mode");
        else
            assumeDefault(container, FactKey::UserNamespace, false, base, service.line(), "/userns_mode");

        QStringList binds, sockets, sources;
        const Node volumes = service["volumes"];
        FieldCheck::isListOrAbsent(context, volumes);
        for (const Node volume : volumes.children()) {
            QString source, target, type;
            bool readOnly = false;
            if (volume.isObject()) {
                type = volume["type"].toString();
                source = volume["source"].toString();
                target = volume["target"].toString();
                readOnly = FieldCheck::boolean(context, volume["read_only"], composeText).value_or(false);
            } else {
                const QStringList parts = volume.toString().split(QLatin1Char(':'));
                source = parts.value(0);
                target = parts.value(1);
                readOnly = parts.value(2).split(QLatin1Char(',')).contains(QLatin1String("ro"));
                if (parts.size() == 1) {
                    target = source;
                    source.clear();
                    type = QStringLiteral("volume");
                } else {
                    const bool path = source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('.')) || source.startsWith(QLatin1Char('~'))
                        || source.startsWith(QLatin1Char('$'));
                    type = path ? QStringLiteral("bind") : QStringLiteral("volume");
                }
            }
            if (type == QLatin1String("bind")) {
                binds << source + QLatin1Char(':') + target + (readOnly ? QStringLiteral(":ro") : QStringLiteral(":rw"));
                sources << QStringLiteral("hostPath");
                if (isRuntimeSocket(source))
                    sockets << source;
            } else if (type == QLatin1String("tmpfs")) {
                sources << QStringLiteral("emptyDir");
            } else {
                sources << QStringLiteral("persistentVolumeClaim");
            }
        }
        sources.removeDuplicates();
        stateAt(container, FactKey::HostMounts, binds, base, volumes, "/volumes", service);
        stateAt(container, FactKey::RuntimeSocket, sockets, base, volumes, "/volumes", service);
        stateAt(container, FactKey::VolumeSources, sources, base, volumes, "/volumes", service);
        QStringList devices;
        for (const Node device : service["devices"].children())
            devices << (device.isObject() ? device["source"].toString() : device.toString().section(QLatin1Char(':'), 0, 0));
        stateAt(container, FactKey::Devices, devices, base, service["devices"], "/devices", service);

        QStringList published, hostPorts;
        const Node ports = service["ports"];
        FieldCheck::isListOrAbsent(context, ports);
        for (const Node port : ports.children()) {
            PortSpec spec;
            if (port.isObject()) {
                spec.hostIp = port["host_ip"].toString();
                spec.published = port["published"].toString();
                spec.target = port["target"].toString();
                checkPortText(context, port["published"], spec.published);
                checkPortText(context, port["target"], spec.target);
                if (port["protocol"].isValid())
                    spec.target += QLatin1Char('/') + port["protocol"].toString();
            } else {
                spec = parseShortPort(port.toString());
                checkPortText(context, port, spec.published);
                checkPortText(context, port, spec.target);
            }
            // Compose publishes "80" on a random host port, on all interfaces.
            const QString hostIp = spec.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : spec.hostIp;
            published << hostIp + QLatin1Char(':') + (spec.published.isEmpty() ? QStringLiteral("*") : spec.published) + QStringLiteral("->")
                    + spec.target;
            if (!spec.published.isEmpty() && !isLoopbackAddress(hostIp))
                hostPorts << spec.published; // loopback is not a hostPort (docs/facts.md)
        }
        stateAt(container, FactKey::PublishedPorts, published, base, ports, "/ports", service);
        stateAt(container, FactKey::HostPorts, hostPorts, base, ports, "/ports", service);
        const Node networkMode = service["network_mode"];
        QStringList networks;
        if (service["networks"].isArray()) {
            networks = service["networks"].toStringList();
        } else {
            for (const Node network : service["networks"].children())
                networks << fromUtf8(network.key());
        }
        const bool allInternal = !networks.isEmpty() && std::all_of(networks.begin(), networks.end(), [&](const QString& name) {
            return internalNetworks.contains(name);
        });
        if (networkMode.isValid())
            state(container, FactKey::NetworkMode, networkMode.toString(), base, networkMode, "/network_mode");
        else
            assumeDefault(container, FactKey::NetworkMode, QStringLiteral("bridge"), base, service.line(), "/network_mode");
        const bool none = networkMode.toString() == QLatin1String("none");
        const bool hostNetwork = networkMode.toString() == QLatin1String("host");
        if (none || allInternal) {
            const Node isolatedBy = service["networks"].isValid() ? service["networks"] : networkMode;
            const char* isolatedPath = service["networks"].isValid() ? "/networks" : "/network_mode";
            state(container, FactKey::IngressIsolated, !publishesBeyondLoopback(published), base, isolatedBy, isolatedPath);
            state(container, FactKey::EgressIsolated, true, base, isolatedBy, isolatedPath);
        } else {
            // Unpublished ports are reachable only from the host and the project's networks.
            if (ports.isValid())
                derive(container, FactKey::IngressIsolated, !publishesBeyondLoopback(published) && !hostNetwork, base, ports.line(), "/ports");
            else
                derive(container, FactKey::IngressIsolated, !hostNetwork, base, service.line(), "");
            if (service["networks"].isValid())
                derive(container, FactKey::EgressIsolated, false, base, service["networks"].line(), "/networks");
            else
                assumeDefault(container, FactKey::EgressIsolated, false, base, service.line(), "/networks");
        }

        QStringList literals;
        const Node environment = service["environment"];
        for (const Node entry : environment.children()) {
            std::string_view name, value;
            if (environment.isObject()) {
                name = entry.key();
                value = entry.text();
                if (!entry.isString())
                    continue; // numbers and booleans are configuration, not credentials
            } else {
                const std::string_view text = entry.text();
                const auto equals = text.find('=');
                if (equals == std::string_view::npos)
                    continue; // "NAME" alone passes the host's value through
                name = text.substr(0, equals);
                value = text.substr(equals + 1);
            }
            if (recordCredential(context, container, name, value, base, entry.line()))
                literals << fromUtf8(name);
        }
        readEnvFiles(context, workload, container, service["env_file"], environment, &literals);
        if (environment.isValid() || !service["env_file"].isValid())
            stateAt(container, FactKey::EnvLiterals, literals, base, environment, "/environment", service);
        else
            state(container, FactKey::EnvLiterals, literals, base, service["env_file"], "/env_file");
        QStringList secretFiles;
        for (const Node secret : service["secrets"].children()) {
            const QString name = secret.isObject() ? secret["source"].toString() : secret.toString();
            const QString target = secret.isObject() && secret["target"].isValid() ? secret["target"].toString() : name;
            secretFiles << (target.startsWith(QLatin1Char('/')) ? target : QStringLiteral("/run/secrets/") + target);
        }
        stateAt(container, FactKey::SecretFiles, secretFiles, base, service["secrets"], "/secrets", service);

        if (const Node image = service["image"]; image.isValid()) {
            setImageFacts(container, image.toString(), base, image, "/image");
        } else {
            const Node build = service["build"];
            const QString buildContext = build.isObject() ? build["context"].toString() : build.toString();
            state(container, FactKey::ImageReference, QString(QStringLiteral("build:") + buildContext), base, build, "/build");
            state(container, FactKey::ImagePinnedByDigest, false, base, build, "/build");
            state(container, FactKey::ImageMutableTag, true, base, build, "/build");
        }
        if (const Node pull = service["pull_policy"]; pull.isValid())
            state(container, FactKey::ImagePullPolicy, pull.toString(), base, pull, "/pull_policy");

        workload.containers.push_back(std::move(container));
        context.batch->workloads.push_back(std::move(workload));
    }
}

} // namespace crossroads
