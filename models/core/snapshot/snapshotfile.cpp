// SPDX-License-Identifier: Apache-2.0
#include "snapshotfile.h"

#include "importers/fieldcheck.h"
#include "importers/importcontext.h"
#include "snapshotwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

#include <array>
#include <string>
#include <vector>

namespace crossroads {

namespace {

/// A key id or fingerprint as Crossroads writes them: `digits` lowercase hexadecimal digits,
/// or nothing. Anything else is a forged or damaged snapshot, refused at its place.
QString hexField(const ImportContext& context, const Node& node, int digits)
{
    const QString text = FieldCheck::text(context, node).value_or(QString());
    if (text.isEmpty())
        return {};
    const bool hex = std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')); });
    if (text.size() != digits || !hex) {
        FieldCheck::refuse(context, node, QCoreApplication::translate("SnapshotFile", "must be %1 lowercase hexadecimal digits, as Crossroads writes it; the snapshot is damaged or was edited").arg(digits));
        return {};
    }
    return text;
}

bool refuseDamaged(const ImportContext& context, const Node& node, const QString& what)
{
    return FieldCheck::refuse(context, node,
        QCoreApplication::translate("SnapshotFile", "%1; the snapshot is damaged or was edited: write it again from its inputs (crossroads-cli snapshot), or restore the saved copy").arg(what));
}

/// A saved fact's value, of the kind Crossroads writes for that fact (null: not known). Any
/// other is refused at its place: "yes" for runtime.privileged would otherwise read as a
/// privileged container whose value says "yes", and 12 as the text "12".
std::optional<FactValue> valueOf(const ImportContext& context, const Node& node, const Node& place, FactKey key)
{
    const FactValueKind kind = factValueKind(key);
    switch (node.type()) {
    case NodeType::Null:
        return FactValue {};
    case NodeType::Bool:
        if (kind == FactValueKind::Flag)
            return FactValue(node.toBool().value_or(false));
        break;
    case NodeType::String:
        if (kind == FactValueKind::Text)
            return FactValue(node.toString());
        break;
    case NodeType::Array:
        if (kind == FactValueKind::List) {
            bool texts = true;
            for (const Node item : node.children())
                texts = texts && item.isString();
            if (texts)
                return FactValue(node.toStringList());
        }
        break;
    default:
        break;
    }
    const QString wanted = kind == FactValueKind::Flag ? QCoreApplication::translate("SnapshotFile", "true or false")
        : kind == FactValueKind::Text                  ? QCoreApplication::translate("SnapshotFile", "a text")
                                                       : QCoreApplication::translate("SnapshotFile", "a list of texts");
    QString given = node.isString() ? QLatin1Char('"') + node.toString() + QLatin1Char('"') : node.toString();
    if (given.size() > 40)
        given = given.left(40) + QStringLiteral("…");
    refuseDamaged(context, place,
        QCoreApplication::translate("SnapshotFile", "gives fact %1 the value %2, but it is %3 (or null) wherever Crossroads writes it")
            .arg(QLatin1String(factName(key)), given, wanted));
    return std::nullopt;
}

/// "/runtime.privileged": a fact's pointer below its container's "facts" object. Built once;
/// FactPath keeps the pointers, so the strings live as long as the process.
const char* factPointerSuffix(FactKey key)
{
    static const std::vector<std::string> suffixes = [] {
        std::vector<std::string> all;
        for (int i = 0; i < static_cast<int>(FactKey::FactKeyCount); ++i)
            all.push_back(std::string("/") + factName(static_cast<FactKey>(i)));
        return all;
    }();
    return suffixes[static_cast<std::size_t>(key)].c_str();
}

Provenance provenanceFromName(const QString& name)
{
    if (name == QLatin1String("stated"))
        return Provenance::Stated;
    if (name == QLatin1String("derived"))
        return Provenance::Derived;
    return Provenance::Unknown;
}

/// One base for all of a container's credentials, each with its own line: a base per
/// credential made reading 60,000 of them quadratic.
void readCredentials(const ImportContext& context, const Node& credentials, Workload& workload, Container& container)
{
    const qint16 credentialsBase = credentials.size() > 0 ? workload.addBase(context.fileIndex, credentials.pointer()) : -1;
    for (const Node entry : credentials.children()) {
        Credential credential;
        credential.name = entry["name"].toString();
        credential.classification = entry["classification"].toString();
        credential.fingerprint = QByteArray::fromHex(hexField(context, entry["fingerprint"], 64).toLatin1());
        credential.base = credentialsBase;
        credential.line = entry.line();
        container.credentials.push_back(std::move(credential));
    }
}

/// v1: each container's facts an object keyed by fact name.
void readContainersV1(const ImportContext& context, const Node& item, Workload& workload)
{
    for (const Node saved : item["containers"].children()) {
        Container container;
        container.name = saved["name"].toString();
        container.init = FieldCheck::boolean(context, saved["init"]).value_or(false);
        // One source base per container; each fact adds "/<fact name>" below it, so a saved
        // fact costs no string of its own when read back.
        const Node facts = saved["facts"];
        const qint16 base = facts.children().begin() != facts.children().end() ? workload.addBase(context.fileIndex, facts.pointer()) : -1;
        for (const Node entry : facts.children()) {
            const std::optional<FactKey> key = factKeyFromName(entry.key());
            if (!key || isEngineFact(*key))
                continue;
            std::optional<FactValue> value = valueOf(context, entry["value"], entry, *key);
            if (!value)
                return;
            Fact& fact = container[*key];
            fact.value = std::move(*value);
            fact.provenance = provenanceFromName(entry["provenance"].toString());
            fact.base = base;
            fact.line = entry.line();
            if (const Node unset = entry["unset"]; unset.isString() && fact.provenance == Provenance::Derived) {
                // Cites the saved entry's container and names the field, as the import did.
                fact.provenance = Provenance::Default;
                fact.pathId = FactPath::internCopy(unset.text());
            } else {
                fact.setPath(factPointerSuffix(*key));
            }
        }
        readCredentials(context, saved["credentials"], workload, container);
        workload.containers.push_back(std::move(container));
    }
}

/// "/3": a v2 fact's pointer below its container's "facts" array, for the first few hundred
/// entries (a container has one per fact key); FactPath keeps the pointers.
const char* factIndexSuffix(std::size_t index)
{
    static const std::vector<std::string> suffixes = [] {
        std::vector<std::string> all;
        for (int i = 0; i < 4 * static_cast<int>(FactKey::FactKeyCount); ++i)
            all.push_back(std::string(1, '/').append(std::to_string(i)));
        return all;
    }();
    return index < suffixes.size() ? suffixes[index].c_str() : nullptr;
}

/// v2: the shapes this workload defines first, then its containers' facts, each
/// [shape, value, source, line] (docs/snapshot-format.md).
void readContainersV2(const ImportContext& context, const Node& item, Workload& workload)
{
    std::vector<SavedFactShape>& shapes = context.batch->snapshotShapes;
    for (const Node saved : item["fact_shapes"].children()) {
        if (!saved.isObject() || !saved["fact"].isString()) {
            refuseDamaged(context, saved, QCoreApplication::translate("SnapshotFile", "is not a fact shape as Crossroads writes it, {\"fact\": name, \"provenance\": …}"));
            return;
        }
        SavedFactShape shape;
        shape.key = factKeyFromName(saved["fact"].text());
        if (shape.key && isEngineFact(*shape.key))
            shape.key.reset();
        shape.provenance = provenanceFromName(saved["provenance"].toString());
        if (const Node unset = saved["unset"]; unset.isString() && shape.provenance == Provenance::Derived) {
            shape.provenance = Provenance::Default;
            shape.unsetPath = FactPath::internCopy(unset.text());
        }
        shapes.push_back(shape);
    }
    const qint64 sourceCount = item["sources"].size();
    for (const Node saved : item["containers"].children()) {
        Container container;
        container.name = saved["name"].toString();
        container.init = FieldCheck::boolean(context, saved["init"]).value_or(false);
        // One source base per container; each fact adds "/<index>" below it.
        const Node facts = saved["facts"];
        const qint16 base = facts.size() > 0 ? workload.addBase(context.fileIndex, facts.pointer()) : -1;
        std::size_t index = 0;
        std::array<quint32, containerFactCount> firstAt {}; // the line each fact was first given on
        for (const Node entry : facts.children()) {
            const std::size_t at = index++;
            const Node shapeNumber = entry.at(0);
            if (!entry.isArray() || shapeNumber.type() != NodeType::Integer) {
                refuseDamaged(context, entry, QCoreApplication::translate("SnapshotFile", "is not a fact as Crossroads writes it, [shape, value, source, line]"));
                return;
            }
            const qint64 number = shapeNumber.toInteger().value_or(-1);
            if (number < 0 || static_cast<std::size_t>(number) >= shapes.size()) {
                refuseDamaged(context, entry, QCoreApplication::translate("SnapshotFile", "names fact shape %1, which no workload before it defines").arg(shapeNumber.toString()));
                return;
            }
            const SavedFactShape& shape = shapes[static_cast<std::size_t>(number)];
            if (!shape.key)
                continue;
            // Two values for one fact: which one counts would be a guess (as a duplicate key is).
            quint32& first = firstAt[static_cast<std::size_t>(*shape.key)];
            if (first != 0) {
                refuseDamaged(context, entry,
                    QCoreApplication::translate("SnapshotFile", "gives fact %1 a second time (first at line %2)").arg(QLatin1String(factName(*shape.key))).arg(first));
                return;
            }
            first = std::max<quint32>(entry.line(), 1);
            std::optional<FactValue> value = valueOf(context, entry.at(1), entry, *shape.key);
            if (!value)
                return;
            // Where the fact was read from: an entry of this workload's "sources" and a line.
            const Node source = entry.at(2);
            const Node line = entry.at(3);
            if (!source.isNull() && (source.type() != NodeType::Integer || source.toInteger().value_or(-1) < 0 || source.toInteger().value_or(-1) >= sourceCount)) {
                refuseDamaged(context, entry,
                    QCoreApplication::translate("SnapshotFile", "cites source %1, but its workload lists %2 source(s), numbered from 0").arg(source.toString()).arg(sourceCount));
                return;
            }
            if (!line.isNull() && (line.type() != NodeType::Integer || line.toInteger().value_or(-1) < 0)) {
                refuseDamaged(context, entry, QCoreApplication::translate("SnapshotFile", "gives line %1, where a line is a whole number").arg(line.toString()));
                return;
            }
            Fact& fact = container[*shape.key];
            fact.value = std::move(*value);
            fact.provenance = shape.provenance;
            fact.base = base;
            fact.line = entry.line();
            // A default cites the saved entry's container and names the field, as the import did.
            fact.pathId = shape.provenance == Provenance::Default ? shape.unsetPath : FactPath::intern(factIndexSuffix(at));
        }
        readCredentials(context, saved["credentials"], workload, container);
        workload.containers.push_back(std::move(container));
    }
}

} // namespace

bool SnapshotFile::write(const Snapshot& snapshot, QIODevice& device)
{
    return SnapshotWriter(device).write(snapshot);
}

QByteArray SnapshotFile::toJson(const Snapshot& snapshot)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(snapshot, buffer);
    return buffer.data();
}

Status SnapshotFile::save(const Snapshot& snapshot, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(snapshot, file) || !file.commit())
        return Error { path, {}, QCoreApplication::translate("SnapshotFile", "cannot write: %1").arg(file.errorString()) };
    return Done {};
}

bool SnapshotFile::recognises(const Node& root)
{
    return root.isObject() && root["schema"].toString().startsWith(QLatin1String("crossroads.snapshot/"));
}

void SnapshotFile::importWorkload(const ImportContext& context, const Node& item, int version)
{
    Workload workload;
    workload.platform = item["platform"].toString();
    workload.kind = item["kind"].toString();
    workload.nameSpace = item["namespace"].toString();
    workload.name = item["name"].toString();
    workload.labels = toStringMap(item["labels"]);
    workload.ignoreAnnotations = toStringMap(item["ignore_annotations"]);
    workload.ignoreAnnotationsAt = item["ignore_annotations_at"].toString();
    workload.serviceAccount = item["service_account"].toString();
    if (version == 1)
        readContainersV1(context, item, workload);
    else
        readContainersV2(context, item, workload);
    context.batch->workloads.push_back(std::move(workload));
}

int SnapshotFile::version(std::string_view found)
{
    if (found == schema)
        return 2;
    if (found == schemaV1)
        return 1;
    return 0;
}

Status SnapshotFile::checkSchema(const ImportContext& context, const QString& found, quint32 line)
{
    if (version(found.toStdString()) != 0)
        return Done {};
    return Error { context.fileName, QCoreApplication::translate("SnapshotFile", "line %1").arg(line),
        QCoreApplication::translate("SnapshotFile", "snapshot format %1 is newer than this Crossroads understands (%2)").arg(found, QLatin1String(schema)) };
}

Status SnapshotFile::importInto(const ImportContext& context, const Node& root)
{
    if (Status known = checkSchema(context, root["schema"].toString(), root["schema"].line()); !known)
        return known;
    // A snapshot of one side read as the other would compare production with production and
    // call it a dev/prod review.
    if (const Node side = root["side"]; side.isString() && side.toString() != QLatin1String(sideName(context.side))) {
        const bool prodRead = context.side == Side::Prod;
        return Error { context.fileName, QCoreApplication::translate("SnapshotFile", "line %1").arg(side.line()),
            prodRead ? QCoreApplication::translate("SnapshotFile",
                           "recorded as the development side, but given as production; give it as the dev side (--dev, or check --side dev), or compare two snapshots of one side with history --from/--to")
                     : QCoreApplication::translate("SnapshotFile",
                           "recorded as the production side, but given as development; give it as the prod side (--prod, or check --side prod), or compare two snapshots of one side with history --from/--to") };
    }
    if (context.batch->recordedName.isEmpty())
        context.batch->recordedName = root["name"].toString();
    if (const Node keyId = root["key_id"]; keyId.isValid() && !keyId.isNull())
        context.batch->recordedKeyId = hexField(context, keyId, 16).toLatin1();
    // v2's fact shapes are numbered within one snapshot. This is its end when its workloads
    // were streamed before it, its start when they are inside: either way the next snapshot
    // of the file (an array or List of them, a YAML stream) starts anew.
    context.batch->snapshotShapes.clear();
    for (const Node entry : root["engine"].children()) {
        const std::optional<FactKey> key = factKeyFromName(entry.key());
        if (!key || !isEngineFact(*key))
            continue;
        std::optional<FactValue> value = valueOf(context, entry["value"], entry, *key);
        if (!value)
            break;
        Fact fact;
        fact.value = std::move(*value);
        fact.provenance = provenanceFromName(entry["provenance"].toString());
        fact.base = static_cast<qint16>(context.fileIndex);
        fact.line = entry.line();
        context.batch->engineFacts.emplace_back(*key, std::move(fact));
    }
    const int format = version(root["schema"].text());
    for (const Node item : root["workloads"].children())
        importWorkload(context, item, format);
    for (const Node entry : root["secret_objects"].children()) {
        SecretObject secret;
        secret.nameSpace = entry["namespace"].toString();
        secret.name = entry["name"].toString();
        secret.file = context.fileIndex;
        secret.line = entry.line();
        for (const Node key : entry["keys"].children())
            secret.credentials.push_back(Credential { key["name"].toString(), key["classification"].toString(),
                QByteArray::fromHex(hexField(context, key["fingerprint"], 64).toLatin1()), -1, key.line() });
        context.batch->secretObjects.push_back(std::move(secret));
    }
    for (const Node entry : root["config_maps"].children()) {
        ConfigMapObject configMap;
        configMap.nameSpace = entry["namespace"].toString();
        configMap.name = entry["name"].toString();
        configMap.file = context.fileIndex;
        configMap.line = entry.line();
        configMap.pointer = entry.pointer();
        for (const Node key : entry["keys"].children())
            configMap.credentials.push_back(Credential { key["name"].toString(), key["classification"].toString(),
                QByteArray::fromHex(hexField(context, key["fingerprint"], 64).toLatin1()), -1, key.line() });
        context.batch->configMaps.push_back(std::move(configMap));
    }
    for (auto it = root["namespace_policies"].children().begin(); it != root["namespace_policies"].children().end(); ++it) {
        const Node policy = *it;
        context.batch->kubernetes.namespaces.push_back(KubernetesContext::Namespace { fromUtf8(policy.key()), policy["enforce"].toString(),
            policy["version"].toString(), locationOf(context, policy) });
    }
    context.batch->snapshotShapes.clear();
    return Done {};
}

} // namespace crossroads
