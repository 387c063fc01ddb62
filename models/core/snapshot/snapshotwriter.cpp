// SPDX-License-Identifier: Apache-2.0
#include "snapshotwriter.h"

#include "snapshotfile.h"

#include <QIODevice>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace crossroads {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t flushAt = std::size_t(1) << 16;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

/// A shape's identity within its fact key: provenance and path id.
quint32 packShape(Provenance provenance, quint16 pathId)
{
    return (static_cast<quint32>(provenance) << 16) | pathId;
}

/// The engine's facts keep v1's form, one object per fact: there are a handful per snapshot.
Json engineFactToJson(const SourceLocation& location, const Fact& fact)
{
    Json json;
    switch (fact.value.typeId()) {
    case QMetaType::Bool:
        json["value"] = fact.value.toBool();
        break;
    case QMetaType::QStringList: {
        Json list = Json::array();
        for (const QString& item : fact.value.toStringList())
            list.push_back(utf8(item));
        json["value"] = list;
        break;
    }
    case QMetaType::UnknownType:
        json["value"] = nullptr;
        break;
    default:
        json["value"] = utf8(fact.value.toString());
    }
    json["provenance"] = provenanceName(fact.provenance);
    if (location.isValid())
        json["source"] = utf8(location.toString());
    if (fact.provenance == Provenance::Default)
        json["unset"] = utf8(location.isValid() ? location.unset : FactPath::dotted(fact.path()));
    return json;
}

Json keysToJson(const std::vector<Credential>& credentials)
{
    Json keys = Json::array();
    for (const Credential& credential : credentials)
        keys.push_back({ { "name", utf8(credential.name) }, { "classification", utf8(credential.classification) },
            { "fingerprint", credential.fingerprint.toHex().toStdString() } });
    return keys;
}

} // namespace

SnapshotWriter::SnapshotWriter(QIODevice& device)
    : m_device(device)
    , m_shapes(static_cast<std::size_t>(FactKey::FactKeyCount))
{
    m_buffer.reserve(flushAt + 4096);
}

bool SnapshotWriter::samePosture(const QByteArray& one, const QByteArray& other)
{
    if (one == other)
        return true;
    // write() puts the collection time on the fourth line, as the only top-level member of
    // that name: a nested "collected_at" (a label) never starts a line.
    const QByteArray start = QByteArrayLiteral("{\"schema\":\"") + SnapshotFile::schema + QByteArrayLiteral("\",\n");
    static const QByteArray marker = QByteArrayLiteral("\n\"collected_at\":\"");
    const auto withoutTime = [&](const QByteArray& bytes) -> std::pair<QByteArrayView, QByteArrayView> {
        if (!bytes.startsWith(start))
            return {};
        const qsizetype at = bytes.indexOf(marker);
        const qsizetype end = at < 0 ? -1 : bytes.indexOf('\n', at + 1);
        if (end < 0)
            return {};
        return { QByteArrayView(bytes).first(at), QByteArrayView(bytes).sliced(end) };
    };
    const auto [oneBefore, oneAfter] = withoutTime(one);
    const auto [otherBefore, otherAfter] = withoutTime(other);
    return !oneBefore.isEmpty() && oneBefore == otherBefore && oneAfter == otherAfter;
}

bool SnapshotWriter::write(const Snapshot& snapshot)
{
    const auto member = [this](const char* key, const Json& value, bool first = false) {
        raw(first ? "{" : ",\n");
        raw(Json(key).dump());
        raw(":");
        raw(value.dump());
    };
    /// An array member with one element a line.
    const auto arrayMember = [this](const char* key, const auto& range, const auto& toJson) {
        raw(",\n");
        raw(Json(key).dump());
        raw(":[");
        bool first = true;
        for (const auto& element : range) {
            raw(first ? "\n" : ",\n");
            raw(toJson(element).dump());
            first = false;
            flushIfFull();
        }
        raw("]");
    };
    member("schema", SnapshotFile::schema, true);
    member("side", sideName(snapshot.side));
    member("name", utf8(snapshot.name));
    member("collected_at", utf8(snapshot.collectedAt.toString(Qt::ISODate)));
    member("key_id", snapshot.keyId.toStdString());
    arrayMember("inputs", snapshot.inputs, [](const InputFile& input) {
        return Json { { "path", utf8(input.path) }, { input.keyed ? "hmac_sha256" : "sha256", input.sha256.toStdString() } };
    });
    Json engine = Json::object();
    for (int i = containerFactCount; i < static_cast<int>(FactKey::FactKeyCount); ++i) {
        const auto key = static_cast<FactKey>(i);
        const Fact& fact = snapshot.engineFact(key);
        if (fact.isKnown())
            engine[factName(key)] = engineFactToJson(snapshot.locateEngine(fact), fact);
    }
    member("engine", engine);
    Json policies = Json::object();
    for (auto it = snapshot.namespacePolicies.cbegin(); it != snapshot.namespacePolicies.cend(); ++it)
        policies[utf8(it.key())] = { { "enforce", utf8(it->enforce) }, { "version", utf8(it->version) } };
    member("namespace_policies", policies);

    raw(",\n\"workloads\":[");
    bool first = true;
    for (const Workload& item : snapshot.workloads) {
        raw(first ? "\n" : ",\n");
        workload(item);
        first = false;
        flushIfFull();
    }
    raw("]");

    arrayMember("secret_objects", snapshot.secretObjects, [](const SecretObject& secret) {
        return Json { { "namespace", utf8(secret.nameSpace) }, { "name", utf8(secret.name) }, { "keys", keysToJson(secret.credentials) } };
    });
    // The same shape: credential-like keys, fingerprinted; never a value.
    arrayMember("config_maps", snapshot.configMaps, [](const ConfigMapObject& configMap) {
        return Json { { "namespace", utf8(configMap.nameSpace) }, { "name", utf8(configMap.name) }, { "keys", keysToJson(configMap.credentials) } };
    });
    arrayMember("skipped", snapshot.skipped, [](const SkippedItem& item) {
        return Json { { "file", utf8(item.file) }, { "location", utf8(item.location) }, { "reason", utf8(item.reason) } };
    });
    raw("}\n");
    flush();
    return m_ok;
}

void SnapshotWriter::workload(const Workload& workload)
{
    raw("{\"platform\":");
    text(workload.platform);
    raw(",\"kind\":");
    text(workload.kind);
    raw(",\"namespace\":");
    text(workload.nameSpace);
    raw(",\"name\":");
    text(workload.name);
    raw(",\"labels\":");
    map(workload.labels);
    if (!workload.ignoreAnnotations.isEmpty()) {
        raw(",\"ignore_annotations\":");
        map(workload.ignoreAnnotations);
        raw(",\"ignore_annotations_at\":");
        text(workload.ignoreAnnotationsAt);
    }
    raw(",\"service_account\":");
    text(workload.serviceAccount);
    // The input files by their index in "inputs"; a YAML stream's document index when not the first.
    raw(",\"sources\":[");
    bool firstSource = true;
    for (const SourceBase& base : workload.bases) {
        raw(firstSource ? "[" : ",[");
        firstSource = false;
        number(base.file);
        raw(",");
        text(base.pointer);
        if (base.document != 0) {
            raw(",");
            number(base.document);
        }
        raw("]");
    }
    raw("]");

    // The shapes this workload uses first are written before its containers, so a reader
    // knows every shape by the time a fact names it.
    std::vector<std::pair<FactKey, int>> newShapes;
    std::string containers;
    const std::size_t bufferBefore = m_buffer.size();
    raw(",\n\"containers\":[");
    bool firstContainer = true;
    for (const Container& container : workload.containers) {
        raw(firstContainer ? "\n{\"name\":" : ",\n{\"name\":");
        firstContainer = false;
        text(container.name);
        raw(container.init ? ",\"init\":true,\"facts\":[" : ",\"init\":false,\"facts\":[");
        bool firstFact = true;
        for (int i = 0; i < containerFactCount; ++i) {
            const auto key = static_cast<FactKey>(i);
            const Fact& saved = container[key];
            if (!saved.isKnown())
                continue;
            raw(firstFact ? "\n" : ",\n");
            firstFact = false;
            fact(saved, key, newShapes);
        }
        raw("],\"credentials\":[");
        bool firstCredential = true;
        for (const Credential& saved : container.credentials) {
            raw(firstCredential ? "\n" : ",\n");
            firstCredential = false;
            credential(saved);
        }
        raw("]}");
    }
    raw("]}");
    // Move the containers behind the new shapes: they were written first to learn the shapes.
    containers.assign(m_buffer, bufferBefore, std::string::npos);
    m_buffer.resize(bufferBefore);
    raw(",\n\"fact_shapes\":[");
    bool firstShape = true;
    for (const auto& [key, packed] : newShapes) {
        raw(firstShape ? "\n" : ",\n");
        firstShape = false;
        shape(key, static_cast<Provenance>(packed >> 16), static_cast<quint16>(packed & 0xffff));
    }
    raw("]");
    raw(containers);
}

void SnapshotWriter::fact(const Fact& saved, FactKey key, std::vector<std::pair<FactKey, int>>& newShapes)
{
    raw("[");
    number(shapeOf(key, saved, newShapes));
    raw(",");
    value(saved.value);
    if (saved.base >= 0) {
        raw(",");
        number(saved.base);
        raw(",");
        number(saved.line);
    }
    raw("]");
}

int SnapshotWriter::shapeOf(FactKey key, const Fact& saved, std::vector<std::pair<FactKey, int>>& newShapes)
{
    const quint32 packed = packShape(saved.provenance, saved.pathId);
    std::vector<std::pair<quint32, int>>& known = m_shapes[static_cast<std::size_t>(key)];
    for (const auto& [shapePacked, number] : known) {
        if (shapePacked == packed)
            return number;
    }
    known.emplace_back(packed, m_shapeCount);
    newShapes.emplace_back(key, static_cast<int>(packed));
    return m_shapeCount++;
}

void SnapshotWriter::shape(FactKey key, Provenance provenance, quint16 pathId)
{
    Json json;
    json["fact"] = factName(key);
    json["provenance"] = provenanceName(provenance);
    const char* path = FactPath::text(pathId);
    // A platform default names the field the input leaves out (read back as Provenance::Default).
    if (provenance == Provenance::Default)
        json["unset"] = utf8(FactPath::dotted(path));
    else if (path != nullptr)
        json["path"] = path;
    raw(json.dump());
}

void SnapshotWriter::credential(const Credential& saved)
{
    Json json { { "name", utf8(saved.name) }, { "classification", utf8(saved.classification) },
        { "fingerprint", saved.fingerprint.toHex().toStdString() } };
    if (saved.base >= 0)
        json["source"] = Json::array({ saved.base, saved.line });
    raw(json.dump());
}

void SnapshotWriter::value(const FactValue& saved)
{
    switch (saved.typeId()) {
    case QMetaType::Bool:
        raw(saved.toBool() ? "true" : "false");
        return;
    case QMetaType::QStringList: {
        raw("[");
        bool first = true;
        for (const QString& item : saved.toStringList()) {
            if (!first)
                raw(",");
            first = false;
            text(item);
        }
        raw("]");
        return;
    }
    case QMetaType::UnknownType:
        raw("null");
        return;
    default:
        text(saved.toString());
    }
}

void SnapshotWriter::map(const QMap<QString, QString>& entries)
{
    raw("{");
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it != entries.cbegin())
            raw(",");
        text(it.key());
        raw(":");
        text(it.value());
    }
    raw("}");
}

void SnapshotWriter::text(const QString& saved)
{
    // Most texts are printable ASCII with nothing to escape: copied as they are. Anything else
    // is escaped by nlohmann/json.
    const bool plain = std::all_of(saved.cbegin(), saved.cend(), [](QChar c) {
        const char16_t unit = c.unicode();
        return unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\';
    });
    if (!plain) {
        raw(Json(saved.toStdString()).dump());
        return;
    }
    m_buffer.push_back('"');
    const std::size_t start = m_buffer.size();
    m_buffer.resize(start + static_cast<std::size_t>(saved.size()));
    std::transform(saved.cbegin(), saved.cend(), m_buffer.begin() + static_cast<std::ptrdiff_t>(start), [](QChar c) { return static_cast<char>(c.unicode()); });
    m_buffer.push_back('"');
}

void SnapshotWriter::number(long long saved)
{
    char digits[24];
    const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), saved);
    raw(std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void SnapshotWriter::raw(std::string_view bytes)
{
    m_buffer.append(bytes);
}

void SnapshotWriter::flushIfFull()
{
    if (m_buffer.size() >= flushAt)
        flush();
}

void SnapshotWriter::flush()
{
    if (m_ok && !m_buffer.empty())
        m_ok = m_device.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) == static_cast<qint64>(m_buffer.size());
    m_buffer.clear();
}

} // namespace crossroads
