// SPDX-License-Identifier: Apache-2.0
#include "snapshotfile.h"

#include "importers/fieldcheck.h"
#include "importers/importcontext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crossroads {

namespace {

using Json = nlohmann::ordered_json;

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

std::string utf8(const QString& text)
{
    return text.toStdString();
}

Json valueToJson(const FactValue& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QStringList: {
        Json list = Json::array();
        for (const QString& item : value.toStringList())
            list.push_back(utf8(item));
        return list;
    }
    case QMetaType::UnknownType:
        return nullptr;
    default:
        return utf8(value.toString());
    }
}

FactValue valueFromNode(const Node& node)
{
    switch (node.type()) {
    case NodeType::Bool:
        return node.toBool().value_or(false);
    case NodeType::Array:
        return node.toStringList();
    case NodeType::Null:
        return {};
    default:
        return node.toString();
    }
}

Json factToJson(const SourceLocation& location, const Fact& fact)
{
    Json json;
    json["value"] = valueToJson(fact.value);
    json["provenance"] = provenanceName(fact.provenance);
    if (location.isValid())
        json["source"] = utf8(location.toString());
    // A platform default: the field the input leaves out (read back as Provenance::Default).
    if (fact.provenance == Provenance::Default)
        json["unset"] = utf8(location.isValid() ? location.unset : FactPath::dotted(fact.path()));
    return json;
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

} // namespace

namespace {

Json workloadToJson(const Snapshot& snapshot, const Workload& workload)
{
    Json item;
    item["platform"] = utf8(workload.platform);
    item["kind"] = utf8(workload.kind);
    item["namespace"] = utf8(workload.nameSpace);
    item["name"] = utf8(workload.name);
    Json labels = Json::object();
    for (auto it = workload.labels.cbegin(); it != workload.labels.cend(); ++it)
        labels[utf8(it.key())] = utf8(it.value());
    item["labels"] = labels;
    if (!workload.ignoreAnnotations.isEmpty()) {
        Json ignores = Json::object();
        for (auto it = workload.ignoreAnnotations.cbegin(); it != workload.ignoreAnnotations.cend(); ++it)
            ignores[utf8(it.key())] = utf8(it.value());
        item["ignore_annotations"] = ignores;
        item["ignore_annotations_at"] = utf8(workload.ignoreAnnotationsAt);
    }
    item["service_account"] = utf8(workload.serviceAccount);
    Json containers = Json::array();
    for (const Container& container : workload.containers) {
        Json facts = Json::object();
        for (int i = 0; i < containerFactCount; ++i) {
            const auto key = static_cast<FactKey>(i);
            const Fact& fact = container[key];
            if (fact.isKnown())
                facts[factName(key)] = factToJson(snapshot.locate(workload, fact), fact);
        }
        Json credentials = Json::array();
        for (const Credential& credential : container.credentials) {
            credentials.push_back({ { "name", utf8(credential.name) }, { "classification", utf8(credential.classification) },
                { "fingerprint", credential.fingerprint.toHex().toStdString() },
                { "source", utf8(snapshot.locate(workload, credential).toString()) } });
        }
        containers.push_back({ { "name", utf8(container.name) }, { "init", container.init }, { "facts", facts }, { "credentials", credentials } });
    }
    item["containers"] = containers;
    return item;
}

/// Writes one member of the root object, indented as dump(2) would place it.
class RootWriter {
public:
    explicit RootWriter(QIODevice& device)
        : m_device(device)
    {
        write("{\n");
    }
    void member(const char* key, const Json& value)
    {
        startMember(key);
        write(indented(value.dump(2), 2));
    }
    /// A member whose value is an array written element by element (workloads): the whole
    /// array is never built, so a snapshot of 50,000 pods is written in constant memory.
    template <typename Range, typename ToJson>
    void arrayMember(const char* key, const Range& range, ToJson toJson)
    {
        startMember(key);
        bool first = true;
        for (const auto& element : range) {
            write(first ? "[\n    " : ",\n    ");
            write(indented(toJson(element).dump(2), 4));
            first = false;
        }
        write(first ? "[]" : "\n  ]");
    }
    bool finish()
    {
        write("\n}\n");
        return m_ok;
    }

private:
    void startMember(const char* key)
    {
        write(m_first ? "  " : ",\n  ");
        m_first = false;
        write(Json(key).dump() + ": ");
    }
    static std::string indented(const std::string& text, int spaces)
    {
        std::string out;
        out.reserve(text.size() + text.size() / 8);
        std::string newline(static_cast<std::size_t>(spaces) + 1, ' ');
        newline.front() = '\n';
        for (const char c : text) {
            if (c == '\n')
                out += newline;
            else
                out += c;
        }
        return out;
    }
    void write(const std::string& text)
    {
        m_ok = m_ok && m_device.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size());
    }
    void write(const char* text) { write(std::string(text)); }

    QIODevice& m_device;
    bool m_first = true;
    bool m_ok = true;
};

} // namespace

bool SnapshotFile::write(const Snapshot& snapshot, QIODevice& device)
{
    RootWriter root(device);
    root.member("schema", schema);
    root.member("side", sideName(snapshot.side));
    root.member("name", utf8(snapshot.name));
    root.member("collected_at", utf8(snapshot.collectedAt.toString(Qt::ISODate)));
    root.member("key_id", snapshot.keyId.toStdString());
    Json inputs = Json::array();
    for (const InputFile& input : snapshot.inputs)
        inputs.push_back({ { "path", utf8(input.path) }, { input.keyed ? "hmac_sha256" : "sha256", input.sha256.toStdString() } });
    root.member("inputs", inputs);
    Json engine = Json::object();
    for (int i = containerFactCount; i < static_cast<int>(FactKey::FactKeyCount); ++i) {
        const auto key = static_cast<FactKey>(i);
        const Fact& fact = snapshot.engineFact(key);
        if (fact.isKnown())
            engine[factName(key)] = factToJson(snapshot.locateEngine(fact), fact);
    }
    root.member("engine", engine);
    Json policies = Json::object();
    for (auto it = snapshot.namespacePolicies.cbegin(); it != snapshot.namespacePolicies.cend(); ++it)
        policies[utf8(it.key())] = { { "enforce", utf8(it->enforce) }, { "version", utf8(it->version) } };
    root.member("namespace_policies", policies);
    root.arrayMember("workloads", snapshot.workloads, [&snapshot](const Workload& workload) { return workloadToJson(snapshot, workload); });
    Json secrets = Json::array();
    for (const SecretObject& secret : snapshot.secretObjects) {
        Json keys = Json::array();
        for (const Credential& credential : secret.credentials)
            keys.push_back({ { "name", utf8(credential.name) }, { "classification", utf8(credential.classification) },
                { "fingerprint", credential.fingerprint.toHex().toStdString() } });
        secrets.push_back({ { "namespace", utf8(secret.nameSpace) }, { "name", utf8(secret.name) }, { "keys", keys } });
    }
    root.member("secret_objects", secrets);
    // The same shape: credential-like keys, fingerprinted; never a value.
    Json configMaps = Json::array();
    for (const ConfigMapObject& configMap : snapshot.configMaps) {
        Json keys = Json::array();
        for (const Credential& credential : configMap.credentials)
            keys.push_back({ { "name", utf8(credential.name) }, { "classification", utf8(credential.classification) },
                { "fingerprint", credential.fingerprint.toHex().toStdString() } });
        configMaps.push_back({ { "namespace", utf8(configMap.nameSpace) }, { "name", utf8(configMap.name) }, { "keys", keys } });
    }
    root.member("config_maps", configMaps);
    Json skipped = Json::array();
    for (const SkippedItem& item : snapshot.skipped)
        skipped.push_back({ { "file", utf8(item.file) }, { "location", utf8(item.location) }, { "reason", utf8(item.reason) } });
    root.member("skipped", skipped);
    return root.finish();
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

void SnapshotFile::importWorkload(const ImportContext& context, const Node& item)
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
            Fact& fact = container[*key];
            fact.value = valueFromNode(entry["value"]);
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
        // One base for all of a container's credentials, each with its own line: a base per
        // credential made reading 60,000 of them quadratic.
        const Node credentials = saved["credentials"];
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
        workload.containers.push_back(std::move(container));
    }
    context.batch->workloads.push_back(std::move(workload));
}

Status SnapshotFile::checkSchema(const ImportContext& context, const QString& found, quint32 line)
{
    if (found == QLatin1String(schema))
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
    if (const Node keyId = root["key_id"]; keyId.isValid() && !keyId.isNull())
        context.batch->recordedKeyId = hexField(context, keyId, 16).toLatin1();
    for (const Node entry : root["engine"].children()) {
        const std::optional<FactKey> key = factKeyFromName(entry.key());
        if (!key || !isEngineFact(*key))
            continue;
        Fact fact;
        fact.value = valueFromNode(entry["value"]);
        fact.provenance = provenanceFromName(entry["provenance"].toString());
        fact.base = static_cast<qint16>(context.fileIndex);
        fact.line = entry.line();
        context.batch->engineFacts.emplace_back(*key, std::move(fact));
    }
    for (const Node item : root["workloads"].children())
        importWorkload(context, item);
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
    return Done {};
}

} // namespace crossroads
