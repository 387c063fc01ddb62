// SPDX-License-Identifier: Apache-2.0
#include "environmentimporter.h"

#include "common/engineresources.h"
#include "common/sha256.h"
#include "composeimporter.h"
#include "containerinspectimporter.h"
#include "document/documentreader.h"
#include "document/unitpipeline.h"
#include "engineinfoimporter.h"
#include "enginenetworkresolver.h"
#include "enginepodresolver.h"
#include "factimplications.h"
#include "kubernetesimporter.h"
#include "kubernetesresolver.h"
#include "networkinspectimporter.h"
#include "podlistimporter.h"
#include "secrets/workspacekey.h"
#include "snapshot/snapshotfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

QString unitLocation(const Unit& unit)
{
    const Node root = unit.document.root();
    QString location = tr("line %1").arg(root.line());
    if (unit.document.documentIndex > 0)
        location = tr("document %1, ").arg(unit.document.documentIndex + 1) + location;
    return location;
}

constexpr int maxSkippedNotesPerFile = 100;

/// .json, .yaml, .yml or no suffix: a name a data file has (README.md is none).
bool hasDataSuffix(const QString& file)
{
    static const QStringList dataSuffixes { QStringLiteral("json"), QStringLiteral("yaml"), QStringLiteral("yml"), QString() };
    return dataSuffixes.contains(QFileInfo(file).suffix().toLower());
}

Status importUnit(const ImportContext& context, const Unit& unit)
{
    const Node root = unit.document.root();
    if (unit.role == UnitRole::ListItem && unit.listSchema.starts_with("crossroads.snapshot/")) {
        // A saved snapshot's workloads arrive one at a time; the rest of it comes last.
        const Status known = SnapshotFile::checkSchema(context, fromUtf8(unit.listSchema), root.line());
        if (!known)
            return known;
        ++context.batch->recognisedUnits;
        SnapshotFile::importWorkload(context, root, SnapshotFile::version(unit.listSchema));
        if (context.batch->invalid)
            return *context.batch->invalid;
        return Done {};
    }
    if (unit.role == UnitRole::ListWrapper && !SnapshotFile::recognises(root))
        return Done {}; // a List's items came one by one
    if (!root.isValid() || root.isNull()) {
        ++context.batch->emptyUnits; // an empty YAML document ("---" with nothing after it), or null
        return Done {};
    }
    const auto notAnInput = [&context, &unit](const QString& reason) {
        // A million empty objects must not become a million notes: the first ones say enough.
        if (context.batch->unrecognisedUnits < maxSkippedNotesPerFile)
            context.batch->skipped.push_back(SkippedItem { context.fileName, unitLocation(unit), reason });
        ++context.batch->unrecognisedUnits;
        return Done {};
    };
    const QString schema = root["schema"].toString();
    if (schema.startsWith(QLatin1String("crossroads.policy/")))
        return notAnInput(tr("a Crossroads policy, not an environment: give it with --policy (once per file)"));
    if (schema.startsWith(QLatin1String("crossroads.")) && !SnapshotFile::recognises(root))
        return notAnInput(tr("a Crossroads report (%1), not an environment").arg(schema));
    if (KubernetesImporter::recognises(root)) {
        ++context.batch->kubernetesUnits;
        KubernetesImporter::import(context, root, pooledString(context, root["kind"]));
    } else if (unit.role == UnitRole::ListItem && unit.listKind.size() > 4 && unit.listKind != "List" && root.isObject() && !root["kind"].isValid()) {
        ++context.batch->kubernetesUnits;
        KubernetesImporter::import(context, root, fromUtf8(unit.listKind.substr(0, unit.listKind.size() - 4)));
    } else if (ContainerInspectImporter::recognises(root))
        ContainerInspectImporter::import(context, root);
    else if (PodListImporter::recognises(root))
        PodListImporter::import(context, root);
    else if (EngineInfoImporter::recognises(root))
        EngineInfoImporter::import(context, root);
    else if (NetworkInspectImporter::recognises(root))
        NetworkInspectImporter::import(context, root);
    else if (ComposeImporter::recognises(root))
        ComposeImporter::import(context, root);
    else if (SnapshotFile::recognises(root)) {
        ++context.batch->recognisedUnits;
        const Status read = SnapshotFile::importInto(context, root);
        if (read.ok() && context.batch->invalid)
            return *context.batch->invalid;
        return read;
    } else if (ContainerInspectImporter::isContainerList(root))
        return notAnInput(tr("a container list (docker ps, /containers/json), which lacks the settings Crossroads judges; give docker inspect (or podman inspect) output of the containers instead"));
    else if (root.isObject() && root["kind"].isString())
        return notAnInput(tr("object of kind %1 without apiVersion; not a Kubernetes manifest").arg(root["kind"].toString()));
    else
        return notAnInput(tr("not a container or network inspect, engine info, compose file, Kubernetes object or Crossroads snapshot"));
    ++context.batch->recognisedUnits;
    if (context.batch->invalid)
        return *context.batch->invalid;
    return Done {};
}

/// Reads a file; a large one with two cores or more is parsed on this thread while its units
/// are imported on another (see UnitPipeline).
Status readFile(const DocumentReader& reader, const QString& file, const UnitConsumer& consumer)
{
    constexpr qint64 pipelineFrom = qint64(8) << 20;
    if (QFileInfo(file).size() < pipelineFrom || QThread::idealThreadCount() < 2)
        return reader.readFile(file, consumer);
    UnitPipeline pipeline(consumer);
    const Status read = reader.readFile(file, [&pipeline](const Unit& unit) { return pipeline.push(unit); });
    const Status consumed = pipeline.finish();
    if (!read.ok() && read.error().cancelled)
        return read; // a cancel stays a cancel, whatever the importer said meanwhile
    if (!consumed.ok() && consumed.error().file.isEmpty()) {
        Error named = consumed.error(); // the pipeline knows the unit, not the file
        named.file = file;
        return named;
    }
    return consumed.ok() ? read : consumed;
}

/// Moves a file's items behind the others; the first file's vector is taken whole, so a
/// 50,000-pod file is never held twice while the snapshot's vector grows.
template <typename T>
void append(std::vector<T>& into, std::vector<T>& from)
{
    if (into.empty()) {
        into = std::move(from);
        return;
    }
    into.reserve(into.size() + from.size());
    std::move(from.begin(), from.end(), std::back_inserter(into));
}

void mergeEngineFacts(Snapshot& snapshot, ImportBatch& batch)
{
    for (auto& [key, fact] : batch.engineFacts) {
        const int file = fact.base; // importers record the file index here
        snapshot.mergeEngineFact(key, std::move(fact), SourceBase { file, QString(), 0 });
    }
}

} // namespace

EnvironmentImporter::EnvironmentImporter(ImportOptions options)
    : m_options(std::move(options))
{
}

Result<QStringList> EnvironmentImporter::expand(const QString& path, std::vector<SkippedItem>* skipped)
{
    const QFileInfo info(path);
    if (!info.exists() && info.isSymLink())
        return Error { path, {}, tr("a symbolic link that leads nowhere (its target is missing, or links back to itself)") };
    if (!info.exists())
        return Error { path, {}, tr("no such file or folder") };
    if (!info.isDir() && !info.isFile() && !path.startsWith(QLatin1Char(':')))
        return Error { path, {}, tr("not a regular file (a FIFO, socket or device): refused, as reading it could block") };
    if (!info.isDir())
        return QStringList { path };
    QStringList files;
    // System too: FIFOs, sockets, devices and links that lead nowhere are named, never opened.
    QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!it.fileInfo().isFile()) {
            if (skipped != nullptr) {
                skipped->push_back(SkippedItem { file, {}, it.fileInfo().isSymLink()
                        ? tr("a symbolic link that leads nowhere (its target is missing, or links back to itself); not read")
                        : tr("not a regular file (a FIFO, socket or device); not read, as reading it could block") });
            }
            continue;
        }
        // In a folder only data files are candidates (a README next to manifests is no input);
        // a file named on the command line is always read, whatever its name.
        if (hasDataSuffix(file))
            files << file;
        else if (skipped != nullptr)
            skipped->push_back(SkippedItem { file, {}, tr("not a .json, .yaml or .yml file") });
    }
    files.sort();
    return files;
}

QString EnvironmentImporter::shownName(const QString& file) const
{
    if (const auto given = m_options.displayNames.constFind(file); given != m_options.displayNames.constEnd())
        return given.value();
    // A bundled input (the demo, a training scenario) by where it lives in the source tree
    // (resources/engine.qrc): ":/crossroads/…" is a name no reader of a report can open.
    static const QString bundled = QStringLiteral(":/crossroads/");
    if (file.startsWith(bundled))
        return QStringLiteral("resources/") + file.mid(bundled.size());
    return file;
}

Result<ImportReport> EnvironmentImporter::importPaths(const QStringList& paths) const
{
    ensureEngineResources(); // bundled demo inputs live there
    ImportReport report;
    Snapshot& snapshot = report.snapshot;
    snapshot.side = m_options.side;
    snapshot.collectedAt = QDateTime::currentDateTimeUtc();
    if (m_options.key != nullptr)
        snapshot.keyId = m_options.key->id();

    QStringList files;
    QSet<QString> named; // files given by name, not found in a folder: they must be inputs
    for (const QString& path : paths) {
        if (m_options.contents.contains(path)) {
            named.insert(path);
            files << path;
            continue;
        }
        Result<QStringList> expanded = expand(path, &snapshot.skipped);
        if (!expanded && m_options.keepGoing) {
            report.problems.push_back(expanded.error()); // a missing path is one more unreadable input
            continue;
        }
        if (!expanded)
            return expanded.error();
        if (!QFileInfo(path).isDir())
            named.insert(path);
        files << *expanded;
    }
    if (files.isEmpty())
        return report.problems.empty() ? Error { paths.join(QStringLiteral(", ")), {}, tr("no input files found") } : report.problems.front();

    KubernetesContext kubernetes;
    EngineNetworks networks;
    EnginePods pods;
    std::vector<Ownership> owners;
    std::vector<std::pair<std::size_t, QStringList>> secretReferences;
    std::optional<QString> recordedName;
    bool onlyOneSavedName = true;
    int recognised = 0, kubernetesObjects = 0;
    for (const QString& file : std::as_const(files)) {
        ImportBatch batch;
        Sha256 digest;
        ReadControl control = m_options.control;
        control.digest = &digest;
        const int fileIndex = static_cast<int>(snapshot.inputs.size());
        const ImportContext context { fileIndex, file, m_options.key, &batch, m_options.side };
        const DocumentReader reader(m_options.limits, control);
        const auto consumer = [&context](const Unit& unit) { return importUnit(context, unit); };
        Status status = Done {};
        if (const auto held = m_options.contents.constFind(file); held != m_options.contents.cend()) {
            QBuffer buffer;
            buffer.setData(*held);
            buffer.open(QIODevice::ReadOnly);
            status = reader.read(buffer, file, consumer);
        } else {
            status = readFile(reader, file, consumer);
        }
        if (status.ok() && batch.recognisedUnits == 0 && batch.unrecognisedUnits == 0 && batch.emptyUnits > 0)
            batch.skipped.push_back(SkippedItem { file, {}, tr("holds only empty documents (nothing but ---, null or comments)") });
        if (status.ok() && named.contains(file) && batch.recognisedUnits == 0 && !batch.skipped.empty()) {
            // Skipping is for what a folder happens to hold; a file named on purpose that holds
            // nothing to read is a mistake to point out (a policy given as an input, a typo).
            const SkippedItem& first = batch.skipped.front();
            status = Error { file, first.location, first.reason };
        }
        // A file named on purpose whose name says it is no data file (README.md) and whose
        // content does not parse: say that first, then where the parser stopped.
        if (!status.ok() && !status.error().cancelled && named.contains(file) && !status.error().location.isEmpty()) {
            if (!hasDataSuffix(file)) {
                Error error = status.error();
                error.message = tr("not a JSON or YAML input (%1: %2)").arg(error.location, error.message);
                error.location.clear();
                status = error;
            }
        }
        if (!status.ok()) {
            if (status.error().cancelled || !m_options.keepGoing)
                return status.error();
            report.problems.push_back(status.error());
            continue;
        }
        if (batch.unrecognisedUnits > maxSkippedNotesPerFile) {
            batch.skipped.push_back(SkippedItem { file, {},
                tr("%n more item(s) of this file are not inputs either", nullptr, batch.unrecognisedUnits - maxSkippedNotesPerFile) });
        }
        // Fingerprints made under another workspace key never match this key's: say so, and
        // let the comparison say which findings it cannot make (CR-SEC-005).
        if (!batch.recordedKeyId.isEmpty() && batch.recordedKeyId != snapshot.keyId) {
            batch.skipped.push_back(SkippedItem { shownName(file), QStringLiteral("/key_id"),
                tr("its credential fingerprints were made with workspace key %1, not this side's key %2: reused credentials cannot be found across them")
                    .arg(QString::fromLatin1(batch.recordedKeyId), snapshot.keyId.isEmpty() ? tr("(none)") : QString::fromLatin1(snapshot.keyId)) });
            snapshot.keyId = batch.recordedKeyId;
        }
        // A side read from saved snapshots alone keeps the name they were saved under.
        if (batch.recordedName.isEmpty() || (recordedName && *recordedName != batch.recordedName))
            onlyOneSavedName = false;
        else
            recordedName = batch.recordedName;
        recognised += batch.recognisedUnits;
        kubernetesObjects += batch.kubernetesUnits;
        snapshot.inputs.push_back(InputFile { shownName(file), digest.finishHex() });
        append(snapshot.inputs, batch.extraInputs);
        const std::size_t offset = snapshot.workloads.size();
        for (Ownership& owner : batch.owners)
            owner.workload += offset;
        owners.insert(owners.end(), batch.owners.begin(), batch.owners.end());
        for (auto& reference : batch.secretReferences)
            secretReferences.emplace_back(reference.first + offset, std::move(reference.second));
        append(snapshot.workloads, batch.workloads);
        append(snapshot.secretObjects, batch.secretObjects);
        append(snapshot.configMaps, batch.configMaps);
        append(snapshot.skipped, batch.skipped);
        mergeEngineFacts(snapshot, batch);
        append(kubernetes.services, batch.kubernetes.services);
        append(kubernetes.ingresses, batch.kubernetes.ingresses);
        append(kubernetes.networkPolicies, batch.kubernetes.networkPolicies);
        append(kubernetes.namespaces, batch.kubernetes.namespaces);
        append(kubernetes.serviceAccounts, batch.kubernetes.serviceAccounts);
        append(kubernetes.configMaps, batch.kubernetes.configMaps);
        for (KubernetesContext::ConfigMapUse& use : batch.kubernetes.configMapUses) {
            use.workload += offset;
            kubernetes.configMapUses.push_back(std::move(use));
        }
        kubernetes.nodeRuntimes << batch.kubernetes.nodeRuntimes;
        kubernetes.kubeletVersions << batch.kubernetes.kubeletVersions;
        kubernetes.runtimeClasses << batch.kubernetes.runtimeClasses;
        append(networks.networks, batch.engineNetworks.networks);
        for (EngineNetworks::Attachment& attachment : batch.engineNetworks.attachments) {
            attachment.workload += offset;
            networks.attachments.push_back(std::move(attachment));
        }
        for (EnginePods::Member& member : batch.enginePods.members) {
            member.workload += offset;
            pods.members.push_back(std::move(member));
        }
        append(pods.infras, batch.enginePods.infras);
        append(pods.pods, batch.enginePods.pods);
        if (batch.kubernetes.nodeLocation.file >= 0)
            kubernetes.nodeLocation = batch.kubernetes.nodeLocation;
    }
    if (snapshot.inputs.empty() && !report.problems.empty())
        return report.problems.front();
    report.onlyKubernetesObjects = kubernetesObjects > 0 && kubernetesObjects == recognised;
    // Every report kept as evidence says what it did not see (the GUI's exports as much as the CLI's).
    for (const Error& problem : report.problems) {
        SkippedItem item { problem.file, problem.location, tr("could not be read: %1").arg(problem.message) };
        item.unreadable = true;
        snapshot.skipped.push_back(std::move(item));
    }

    // Before folding, which moves workloads and would invalidate the attachments' indexes.
    EngineNetworkResolver::resolve(snapshot, networks);
    EnginePodResolver::resolve(snapshot, pods);
    KubernetesResolver::resolve(snapshot, kubernetes, owners, secretReferences);
    // Pod members were emptied into their pod, in place so that the indexes above held.
    std::erase_if(snapshot.workloads, [](const Workload& workload) { return workload.containers.empty(); });

    // A rootless engine maps container root to an unprivileged host user: every container has
    // its own user namespace even when it does not ask for one. The facts cite the engine's.
    const Fact& rootless = snapshot.engineFact(FactKey::EngineRootless);
    const Fact& ociRuntime = snapshot.engineFact(FactKey::EngineOciRuntime);
    auto citeEngine = [&snapshot](Workload& workload, const Fact& engineFact) -> qint16 {
        if (engineFact.base < 0 || static_cast<std::size_t>(engineFact.base) >= snapshot.engineBases.size())
            return -1;
        const SourceBase& source = snapshot.engineBases[static_cast<std::size_t>(engineFact.base)];
        return workload.addBase(source.file, source.pointer + QLatin1String(engineFact.path() != nullptr ? engineFact.path() : ""), source.document);
    };
    for (Workload& workload : snapshot.workloads) {
        const bool engineWorkload = workload.platform == QLatin1String("podman") || workload.platform == QLatin1String("docker");
        const bool engineRun = engineWorkload || workload.platform == QLatin1String("compose");
        for (Container& container : workload.containers) {
            Fact& userns = container[FactKey::UserNamespace];
            if (engineRun && rootless.isKnown() && rootless.value.toBool() && userns.provenance != Provenance::Stated)
                derive(container, FactKey::UserNamespace, true, citeEngine(workload, rootless), rootless.line, nullptr);
            else if (engineRun && !rootless.isKnown() && userns.provenance == Provenance::Default)
                userns = Fact {}; // rootful or rootless is the engine's to say: without `info`, unknown
            // Containers run by a known engine take its runtime when they name none.
            if (engineWorkload && !container[FactKey::RuntimeClass].isKnown() && ociRuntime.isKnown())
                derive(container, FactKey::RuntimeClass, ociRuntime.value, citeEngine(workload, ociRuntime), ociRuntime.line, nullptr);
        }
        FactImplications::apply(workload);
    }

    // Named after the first path that was read: with keepGoing, the first may be the bad one.
    const auto read = std::find_if(paths.cbegin(), paths.cend(), [&report](const QString& path) {
        return std::none_of(report.problems.cbegin(), report.problems.cend(), [&path](const Error& problem) { return problem.file == path; });
    });
    if (!m_options.name.isEmpty())
        snapshot.name = m_options.name;
    else if (onlyOneSavedName && recordedName)
        snapshot.name = *recordedName;
    else
        snapshot.name = QFileInfo(QDir::cleanPath(read != paths.cend() ? *read : paths.value(0))).fileName(); // "kube/" is "kube"
    return report;
}

} // namespace crossroads
