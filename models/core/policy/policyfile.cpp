// SPDX-License-Identifier: Apache-2.0
#include "policyfile.h"

#include "document/wholejson.h"

#include "common/engineresources.h"
#include "common/sha256.h"
#include "document/jsonerrortext.h"
#include "rules/rulecatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace crossroads {

namespace {

using Json = nlohmann::ordered_json;

bool isPattern(const QString& check)
{
    return check.contains(QLatin1Char('*')) || check.contains(QLatin1Char('?'));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

QString unknownWaiverCheck(const QString& check)
{
    return tr("unknown check %1 (a waiver names a catalogue check, a comparison fact, a requirement of the policies in force, or a pattern with * or ?)")
        .arg(check);
}

QString qs(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

/// Reads a file with a size limit: policy files are small, anything huge is a mistake.
Result<QByteArray> readLimited(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, tr("cannot open: %1").arg(file.errorString()) };
    if (file.size() > PolicyFile::maximumSize)
        return Error { path, {}, tr("larger than %1 bytes; not a policy file").arg(PolicyFile::maximumSize) };
    return file.readAll();
}

QString resolve(const QString& pathOrName)
{
    if (pathOrName.startsWith(QLatin1String("builtin:"))) {
        ensureEngineResources();
        return QStringLiteral(":/crossroads/policies/") + pathOrName.mid(8) + QStringLiteral(".json");
    }
    return pathOrName;
}

std::optional<Side> sideFrom(const QString& name, bool* ok)
{
    *ok = true;
    if (name == QLatin1String("dev"))
        return Side::Dev;
    if (name == QLatin1String("prod"))
        return Side::Prod;
    *ok = name == QLatin1String("both") || name.isEmpty();
    return std::nullopt;
}

/// Checks the keys of an object against the allowed ones: a misspelt key would otherwise be
/// silently ignored, and a misspelt "disable" is a policy that does nothing.
std::optional<QString> unknownKey(const Json& object, std::initializer_list<const char*> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : allowed)
            known = known || it.key() == key;
        if (!known)
            return QString::fromStdString(it.key());
    }
    return std::nullopt;
}

Result<QStringList> stringList(const Json& value, const QString& origin, const QString& where)
{
    if (!value.is_array())
        return Error { origin, where, tr("expected a list of strings") };
    QStringList list;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string() || value[i].get<std::string>().empty())
            return Error { origin, where + QStringLiteral("/%1").arg(i), tr("expected a non-empty string") };
        list << qs(value[i]);
    }
    return list;
}

Result<Waiver> parseWaiver(const Json& item, const QString& origin, const QString& where)
{
    if (!item.is_object())
        return Error { origin, where, tr("a waiver is an object") };
    if (const auto key = unknownKey(item, { "id", "check", "workload", "side", "owner", "reason", "ticket", "expires" }))
        return Error { origin, where, tr("unknown key \"%1\" in a waiver").arg(*key) };
    Waiver waiver;
    waiver.origin = origin;
    waiver.location = where;
    for (const char* key : { "id", "check", "owner", "reason", "expires" }) {
        if (!item.contains(key) || !item[key].is_string() || item[key].get<std::string>().empty())
            return Error { origin, where, tr("a waiver needs \"%1\" (id, check, owner, reason and expires are required)").arg(QLatin1String(key)) };
    }
    for (const char* key : { "workload", "side", "ticket" }) {
        if (item.contains(key) && !item[key].is_string())
            return Error { origin, where + QLatin1Char('/') + QLatin1String(key), tr("expected a string") };
    }
    waiver.id = qs(item["id"]);
    waiver.check = qs(item["check"]);
    waiver.owner = qs(item["owner"]);
    waiver.reason = qs(item["reason"]);
    waiver.ticket = item.contains("ticket") ? qs(item["ticket"]) : QString();
    if (item.contains("workload"))
        waiver.workload = qs(item["workload"]);
    bool sideOk = false;
    waiver.side = sideFrom(item.contains("side") ? qs(item["side"]) : QString(), &sideOk);
    if (!sideOk)
        return Error { origin, where + QStringLiteral("/side"), tr("side must be dev, prod or both") };
    waiver.expires = QDate::fromString(qs(item["expires"]), Qt::ISODate);
    if (!waiver.expires.isValid())
        return Error { origin, where + QStringLiteral("/expires"), tr("expires must be a date like 2026-12-31") };
    return waiver;
}

Result<FactRequirement> parseRequirement(const Json& item, const QString& origin, const QString& where)
{
    if (!item.is_object())
        return Error { origin, where, tr("a requirement is an object") };
    FactRequirement requirement;
    bool sideOk = false;
    const QString sideName = item.contains("side") && item["side"].is_string() ? qs(item["side"]) : QString();
    requirement.side = sideFrom(sideName, &sideOk);
    if (!sideOk)
        return Error { origin, where + QStringLiteral("/side"), tr("side must be dev, prod or both") };
    // A requirement is a catalogue check plus a side: the catalogue's own reader judges it, so
    // both accept exactly the same tests and facts.
    Json check = item;
    check.erase("side");
    const Json wrapper { { "version", "policy" }, { "checks", Json::array({ check }) } };
    std::optional<Result<RuleCatalogue>> attempt;
    try {
        attempt.emplace(RuleCatalogue::fromJson(QByteArray::fromStdString(wrapper.dump()), origin));
    } catch (const nlohmann::json::exception& error) {
        return Error { origin, where, tr("unexpected value type: %1").arg(QString::fromUtf8(error.what())) };
    }
    Result<RuleCatalogue>& parsed = *attempt;
    if (!parsed)
        return Error { origin, where, parsed.error().message };
    requirement.check = parsed->checks().front();
    if (requirement.check.test == CheckTest::PssLevelAtLeast)
        return Error { origin, where, tr("a requirement names a fact; use the catalogue's Pod Security checks for pss.level") };
    return requirement;
}

Result<Policy> parse(const Json& root, const QString& origin)
{
    if (!root.is_object() || !root.contains("schema") || root["schema"] != PolicyFile::schema)
        return Error { origin, {}, tr("not a policy file (expected \"schema\": \"%1\")").arg(QLatin1String(PolicyFile::schema)) };
    if (const auto key = unknownKey(root, { "schema", "name", "description", "checks", "trusted_registries", "require", "waivers" }))
        return Error { origin, {}, tr("unknown key \"%1\"").arg(*key) };
    Policy policy;
    policy.name = root.contains("name") && root["name"].is_string() ? qs(root["name"]) : QFileInfo(origin).baseName();
    const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
    auto knownCheck = [&catalogue](const QString& id) {
        return catalogue.find(id) != nullptr || comparisonFactIds().contains(id);
    };
    if (root.contains("checks")) {
        const Json& checks = root["checks"];
        if (!checks.is_object())
            return Error { origin, QStringLiteral("/checks"), tr("expected an object with only, disable and severity") };
        if (const auto key = unknownKey(checks, { "only", "disable", "severity" }))
            return Error { origin, QStringLiteral("/checks"), tr("unknown key \"%1\"").arg(*key) };
        for (const char* key : { "only", "disable" }) {
            if (!checks.contains(key))
                continue;
            const QString where = QStringLiteral("/checks/") + QLatin1String(key);
            Result<QStringList> ids = stringList(checks[key], origin, where);
            if (!ids)
                return ids.error();
            for (qsizetype i = 0; i < ids->size(); ++i) {
                if (!knownCheck(ids->at(i)))
                    return Error { origin, where + QStringLiteral("/%1").arg(i), tr("unknown check %1").arg(ids->at(i)) };
            }
            // Comparison-level checks may be named by the fact they judge, as before they had ids.
            QSet<QString> set;
            for (const QString& id : *ids)
                set.insert(catalogue.canonicalId(id));
            if (QLatin1String(key) == QLatin1String("only"))
                policy.onlyChecks = set;
            else
                policy.disabledChecks = set;
        }
        if (checks.contains("severity")) {
            if (!checks["severity"].is_object())
                return Error { origin, QStringLiteral("/checks/severity"), tr("expected an object of check id → severity") };
            for (auto it = checks["severity"].begin(); it != checks["severity"].end(); ++it) {
                const QString id = QString::fromStdString(it.key());
                const QString where = QStringLiteral("/checks/severity/") + id;
                const std::optional<Severity> severity = it->is_string() ? severityFromName(qs(*it)) : std::nullopt;
                if (!knownCheck(id))
                    return Error { origin, where, tr("unknown check %1").arg(id) };
                if (!severity)
                    return Error { origin, where, tr("severity must be low, medium, high or critical") };
                policy.severityOverrides.insert(catalogue.canonicalId(id), *severity);
            }
        }
    }
    if (root.contains("trusted_registries")) {
        Result<QStringList> registries = stringList(root["trusted_registries"], origin, QStringLiteral("/trusted_registries"));
        if (!registries)
            return registries.error();
        policy.trustedRegistries = *registries;
    }
    for (const char* key : { "require", "waivers" }) {
        if (root.contains(key) && !root[key].is_array())
            return Error { origin, QLatin1Char('/') + QLatin1String(key), tr("expected a list") };
    }
    if (root.contains("require")) {
        for (std::size_t i = 0; i < root["require"].size(); ++i) {
            Result<FactRequirement> requirement = parseRequirement(root["require"][i], origin, QStringLiteral("/require/%1").arg(i));
            if (!requirement)
                return requirement.error();
            if (catalogue.find(requirement->check.id) != nullptr)
                return Error { origin, QStringLiteral("/require/%1/id").arg(i), tr("%1 is a catalogue check id; give the requirement its own id").arg(requirement->check.id) };
            policy.requirements.push_back(std::move(requirement).value());
        }
    }
    if (root.contains("waivers")) {
        for (std::size_t i = 0; i < root["waivers"].size(); ++i) {
            Result<Waiver> waiver = parseWaiver(root["waivers"][i], origin, QStringLiteral("/waivers/%1").arg(i));
            if (!waiver)
                return waiver.error();
            // A misspelt catalogue id or comparison fact would accept nothing and fail no load:
            // refuse it here. Other ids may name a requirement of another policy file; loadAll()
            // checks them once every file is merged.
            const bool catalogueLike = waiver->check.startsWith(QLatin1String("CR-")) || waiver->check.contains(QLatin1Char('.'));
            if (catalogueLike && !isPattern(waiver->check) && !knownCheck(waiver->check))
                return Error { origin, waiver->location + QStringLiteral("/check"), unknownWaiverCheck(waiver->check) };
            for (const Waiver& other : policy.waivers) {
                if (other.id == waiver->id)
                    return Error { origin, waiver->location, tr("waiver id %1 is used twice").arg(waiver->id) };
            }
            policy.waivers.push_back(std::move(waiver).value());
        }
    }
    return policy;
}

Json waiverJson(const Waiver& waiver)
{
    Json item { { "id", waiver.id.toStdString() }, { "check", waiver.check.toStdString() }, { "workload", waiver.workload.toStdString() },
        { "side", waiver.side ? sideName(*waiver.side) : "both" }, { "owner", waiver.owner.toStdString() }, { "reason", waiver.reason.toStdString() } };
    if (!waiver.ticket.isEmpty())
        item["ticket"] = waiver.ticket.toStdString();
    item["expires"] = waiver.expires.toString(Qt::ISODate).toStdString();
    return item;
}

} // namespace

Result<Policy> PolicyFile::fromJson(const QByteArray& json, const QString& origin)
{
    // Nesting, sizes and duplicate keys are checked as for every input, and no library
    // exception leaves (a policy file is untrusted: "1e999" is five bytes).
    Result<Json> parsed = WholeJson::parseOrdered(json, origin);
    if (!parsed)
        return parsed.error();
    const Json& root = *parsed;
    try {
        Result<Policy> policy = parse(root, origin);
        if (policy)
            policy->sources.push_back(InputFile { origin, Sha256::hex(std::string_view(json.constData(), static_cast<std::size_t>(json.size()))) });
        return policy;
    } catch (const Json::exception& error) {
        // Only type errors the checks above missed can land here; say so rather than crash.
        return Error { origin, {}, tr("unexpected value type: %1").arg(QString::fromUtf8(error.what())) };
    }
}

Result<Policy> PolicyFile::load(const QString& pathOrName)
{
    const QString path = resolve(pathOrName);
    if (path.startsWith(QLatin1Char(':')) && !QFile::exists(path))
        return Error { pathOrName, {}, tr("no bundled policy of that name; bundled: %1").arg(builtInNames().join(QStringLiteral(", "))) };
    Result<QByteArray> bytes = readLimited(path);
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes, path.startsWith(QLatin1Char(':')) ? pathOrName : path);
}

Result<Policy> PolicyFile::loadAll(const QStringList& pathsOrNames)
{
    std::vector<Policy> policies;
    for (const QString& path : pathsOrNames) {
        Result<Policy> policy = load(path);
        if (!policy)
            return policy.error();
        policies.push_back(std::move(policy).value());
    }
    Result<Policy> merged = Policy::merge(std::move(policies));
    if (!merged)
        return merged;
    // Every exact id a waiver names must exist in the policies in force.
    for (const Waiver& waiver : merged->waivers) {
        if (isPattern(waiver.check) || RuleCatalogue::builtIn().find(waiver.check) != nullptr || comparisonFactIds().contains(waiver.check))
            continue;
        const bool requirement = std::any_of(merged->requirements.cbegin(), merged->requirements.cend(),
            [&waiver](const FactRequirement& r) { return r.check.id == waiver.check; });
        if (!requirement)
            return Error { waiver.origin, waiver.location + QStringLiteral("/check"), unknownWaiverCheck(waiver.check) };
    }
    return merged;
}

QStringList PolicyFile::builtInNames()
{
    ensureEngineResources();
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/crossroads/policies")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (!file.endsWith(QLatin1String(".schema.json")))
            names << QStringLiteral("builtin:") + file.chopped(5);
    }
    return names;
}

Status PolicyFile::addWaiver(const QString& path, const Waiver& waiver)
{
    Result<QByteArray> bytes = readLimited(path);
    if (!bytes)
        return bytes.error();
    Result<Policy> existing = fromJson(*bytes, path);
    if (!existing)
        return existing.error();
    const Json item = waiverJson(waiver);
    Result<Waiver> checked = parseWaiver(item, path, QStringLiteral("(new waiver)"));
    if (!checked)
        return checked.error();
    for (const Waiver& other : existing->waivers) {
        if (other.id == waiver.id)
            return Error { path, other.location, tr("waiver id %1 is already in the file").arg(waiver.id) };
    }
    Result<Json> parsed = WholeJson::parseOrdered(*bytes, path); // read fine a moment ago, but never throw
    if (!parsed)
        return parsed.error();
    Json root = std::move(parsed).value();
    if (!root.contains("waivers"))
        root["waivers"] = Json::array();
    root["waivers"].push_back(item);
    const QByteArray out = QByteArray::fromStdString(root.dump(2)) + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return Error { path, {}, tr("cannot write: %1").arg(file.errorString()) };
    return Done {};
}

} // namespace crossroads
