// SPDX-License-Identifier: Apache-2.0
#include "sarifreport.h"

#include "jsonobjectwriter.h"
#include "jsonarraystream.h"
#include "reportsupport.h"

#include "common/engineresources.h"
#include "rules/rulecatalogue.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <optional>

namespace crossroads {

namespace {

using Json = nlohmann::ordered_json;
using report::JsonArrayWriter;
using report::JsonObjectWriter;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

/// An input path as a SARIF uri-reference: relative paths stay relative (the consumer resolves
/// them against the checkout), absolute ones become file: URIs, bundled ones qrc: URIs.
QString artifactUri(const QString& path)
{
    if (path.startsWith(QLatin1String(":/")))
        return QStringLiteral("qrc:") + QString::fromLatin1(QUrl::toPercentEncoding(path.mid(1), "/"));
    if (QDir::isAbsolutePath(path))
        return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    return QString::fromLatin1(QUrl::toPercentEncoding(QDir::fromNativeSeparators(path), "/"));
}

/// artifactLocation of an input: below the source root, relative to SRCROOT (so that a
/// code-scanning UI finds the file in the repository wherever the pipeline checked it out).
Json artifactLocation(const QString& path, const QString& sourceRoot)
{
    const auto below = [](const QString& root, const QString& file) -> std::optional<QString> {
        if (root.isEmpty() || file.isEmpty())
            return std::nullopt;
        const QString relative = QDir(root).relativeFilePath(file);
        if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..") || QDir::isAbsolutePath(relative))
            return std::nullopt;
        return relative;
    };
    if (!sourceRoot.isEmpty() && !path.startsWith(QLatin1String(":/"))) {
        // As written first; then with symbolic links resolved on both sides.
        std::optional<QString> relative = below(sourceRoot, QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
        if (!relative)
            relative = below(QFileInfo(sourceRoot).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        if (relative)
            return { { "uri", utf8(artifactUri(*relative)) }, { "uriBaseId", SarifReport::sourceRootId } };
    }
    return { { "uri", utf8(artifactUri(path)) } };
}

const char* levelOf(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High:
        return "error";
    case Severity::Medium:
        return "warning";
    case Severity::Low:
        break;
    }
    return "note";
}

/// GitHub code scanning reads this to rank security results (CVSS-like 0.0–10.0).
const char* securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return "9.5";
    case Severity::High:
        return "8.0";
    case Severity::Medium:
        return "5.5";
    case Severity::Low:
        break;
    }
    return "3.0";
}

struct Taxonomy {
    Json component;
    QHash<QString, int> index; ///< taxon id → index in taxa
};

/// The PSS and CIS Docker taxonomies, from resources/rules/taxonomies.json.
std::vector<Taxonomy> loadTaxonomies()
{
    ensureEngineResources();
    QFile file(QStringLiteral(":/crossroads/rules/taxonomies.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the taxonomies resource is missing from the program");
    const QByteArray bytes = file.readAll();
    const nlohmann::ordered_json root = nlohmann::ordered_json::parse(bytes.constBegin(), bytes.constEnd());
    std::vector<Taxonomy> taxonomies;
    for (const auto& item : root["taxonomies"]) {
        Taxonomy taxonomy;
        taxonomy.component = { { "name", item["name"] }, { "fullName", item["fullName"] }, { "version", item["version"] },
            { "organization", item["organization"] }, { "informationUri", item["informationUri"] } };
        Json taxa = Json::array();
        for (auto it = item["taxa"].begin(); it != item["taxa"].end(); ++it) {
            taxonomy.index.insert(QString::fromStdString(it.key()), static_cast<int>(taxa.size()));
            taxa.push_back({ { "id", it.key() }, { "name", it.value() }, { "shortDescription", { { "text", it.value() } } } });
        }
        taxonomy.component["taxa"] = taxa;
        taxonomies.push_back(std::move(taxonomy));
    }
    return taxonomies;
}

/// Read once: every report of a session uses the same data.
const std::vector<Taxonomy>& sarifTaxonomies()
{
    static const std::vector<Taxonomy> loaded = loadTaxonomies();
    return loaded;
}

/// Taxon ids a check refers to: "Baseline B10 / Restricted R7 /proc Mount" → B10, R7.
QStringList pssTaxa(const QString& reference)
{
    QStringList ids;
    static const QRegularExpression control(QStringLiteral("\\b([BR]\\d{1,2})\\b"));
    for (auto it = control.globalMatch(reference); it.hasNext();)
        ids << it.next().captured(1);
    if (ids.isEmpty() && reference.startsWith(QLatin1String("Baseline")))
        ids << QStringLiteral("baseline");
    if (ids.isEmpty() && reference.startsWith(QLatin1String("Restricted")))
        ids << QStringLiteral("restricted");
    return ids;
}

Json ruleFor(const Gap& gap, const std::vector<Taxonomy>& taxonomies)
{
    Json rule { { "id", utf8(gap.checkId) }, { "shortDescription", { { "text", utf8(gap.title) } } } };
    const Check* check = gap.check;
    Json properties { { "domain", domainName(gap.domain) }, { "fact", utf8(gap.factName) }, { "tags", Json::array({ "security", domainName(gap.domain) }) } };
    if (check == nullptr) {
        rule["fullDescription"] = { { "text", utf8(QCoreApplication::translate("crossroads::SarifReport", "%1 (a comparison-level fact that needs both sides).").arg(gap.title)) } };
        rule["help"] = { { "text", utf8(QCoreApplication::translate("crossroads::SarifReport", "See docs/comparison-json.md for %1.").arg(gap.checkId)) } };
        rule["defaultConfiguration"] = { { "level", levelOf(gap.severity) } };
        properties["security-severity"] = securitySeverity(gap.severity);
        rule["properties"] = properties;
        return rule;
    }
    rule["fullDescription"] = { { "text", utf8(check->rationale) } };
    // In the run's language, like the catalogue texts around the labels.
    const QString helpText = check->rationale + QStringLiteral("\n\n")
        + QCoreApplication::translate("crossroads::SarifReport", "Fix on Podman/Docker: %1").arg(check->remediationPodman) + QLatin1Char('\n')
        + QCoreApplication::translate("crossroads::SarifReport", "Fix on Kubernetes: %1").arg(check->remediationKubernetes);
    const QString helpMarkdown = check->rationale + QStringLiteral("\n\n**Podman / Docker:** ") + check->remediationPodman
        + QStringLiteral("\n\n**Kubernetes:** ") + check->remediationKubernetes;
    rule["help"] = { { "text", utf8(helpText) }, { "markdown", utf8(helpMarkdown) } };
    rule["defaultConfiguration"] = { { "level", levelOf(check->severity) } };
    properties["severity"] = severityName(check->severity);
    properties["security-severity"] = securitySeverity(check->severity);
    if (!check->pss.isEmpty())
        properties["pss"] = utf8(check->pss);
    if (!check->cisDocker.isEmpty())
        properties["cis_docker"] = "CIS Docker Benchmark 1.6.0 " + utf8(check->cisDocker);
    if (!check->otherReferences.isEmpty())
        properties["other_references"] = utf8(check->otherReferences);
    rule["properties"] = properties;
    Json relationships = Json::array();
    auto relate = [&](std::size_t taxonomy, const QString& id) {
        const auto found = taxonomies[taxonomy].index.constFind(id);
        if (found == taxonomies[taxonomy].index.cend())
            return;
        relationships.push_back({ { "target", { { "id", utf8(id) }, { "index", *found },
                                                 { "toolComponent", { { "name", taxonomies[taxonomy].component["name"] }, { "index", taxonomy } } } } },
            { "kinds", Json::array({ "relevant" }) } });
    };
    for (const QString& id : pssTaxa(check->pss))
        relate(0, id);
    if (!check->cisDocker.isEmpty())
        relate(1, check->cisDocker);
    if (!relationships.empty())
        rule["relationships"] = relationships;
    return rule;
}

/// A result's "properties": the gap as Crossroads' JSON names it.
void writeGapProperties(JsonObjectWriter& result, const Gap& gap)
{
    // One side read (crossroads-cli check): no other side to leave empty, and no
    // classification, which compares the two ("prod-only" would claim dev was looked at).
    // A waiver shows as the result's suppression.
    const bool checkedDev = !gap.devWorkload.isEmpty();
    const bool dev = !gap.checkedAlone || checkedDev;
    const bool prod = !gap.checkedAlone || !checkedDev;
    JsonObjectWriter properties = result.object("properties");
    properties.add("domain", domainName(gap.domain));
    properties.add("severity", severityName(gap.severity));
    if (!gap.checkedAlone)
        properties.add("classification", classificationName(gap.classification));
    properties.add("fact", gap.factName);
    if (dev)
        properties.add("dev_workload", gap.devWorkload);
    if (prod)
        properties.add("prod_workload", gap.prodWorkload);
    properties.add("container", gap.container);
    if (dev)
        properties.add("dev_value", gap.devValue);
    if (prod)
        properties.add("prod_value", gap.prodValue);
    if (dev)
        properties.add("dev_provenance", provenanceName(gap.devProvenance));
    if (prod)
        properties.add("prod_provenance", provenanceName(gap.prodProvenance));
    properties.add("state_digest", gap.stateDigest());
    if (gap.classification == Classification::Waived && !gap.checkedAlone)
        properties.add("unwaived", classificationName(gap.unwaived));
    properties.finish();
}

/// An object with one text member: {"text": …}.
void addTextObject(JsonObjectWriter& parent, const char* key, const char* member, const QString& text)
{
    JsonObjectWriter object = parent.object(key);
    object.add(member, text);
    object.finish();
}

QString messageFor(const Gap& gap)
{
    const Classification shown = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
    const Side alone = gap.devWorkload.isEmpty() ? Side::Prod : Side::Dev;
    // In the run's language, as every text of the report is (run.language names it).
    QString message = gap.checkedAlone
        ? QCoreApplication::translate("crossroads::SarifReport", "%1 on %2. %3: %4.")
              .arg(gap.title, report::subject(gap), QLatin1String(sideName(alone)), report::valueText(gap, alone))
        : QCoreApplication::translate("crossroads::SarifReport", "%1 (%2) on %3. dev: %4; prod: %5.")
              .arg(gap.title, report::classificationLabel(shown), report::subject(gap), report::valueText(gap, Side::Dev), report::valueText(gap, Side::Prod));
    for (const Side side : { Side::Dev, Side::Prod }) {
        if (gap.checkedAlone && side != alone)
            continue;
        if (const QString unset = report::defaultText(gap, side); !unset.isEmpty())
            message += QLatin1Char(' ') + QLatin1String(sideName(side)) + QStringLiteral(": ") + unset;
    }
    return message;
}

} // namespace

QByteArray SarifReport::write(const Comparison& comparison, const QString& sourceRootPath)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(comparison, buffer, sourceRootPath);
    return buffer.data();
}

bool SarifReport::write(const Comparison& comparison, QIODevice& out, const QString& sourceRootPath, const ReportControl& control)
{
    const QString sourceRoot = sourceRootPath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(sourceRootPath).absoluteFilePath());
    const std::vector<Taxonomy>& taxonomies = sarifTaxonomies();

    // Artifacts: every input of both sides, then the policy files, each once.
    Json artifacts = Json::array();
    QHash<QString, int> artifactIndex;
    auto addArtifact = [&](const InputFile& input, const char* role, const char* side) {
        if (artifactIndex.contains(input.path))
            return;
        artifactIndex.insert(input.path, static_cast<int>(artifacts.size()));
        Json artifact { { "location", artifactLocation(input.path, sourceRoot) }, { "roles", Json::array({ role }) }, { "properties", { { "side", side } } } };
        // A keyed digest (a credentials file) is no SHA-256: SARIF gets it as a property only.
        if (input.keyed)
            artifact["properties"]["hmac_sha256"] = input.sha256.toStdString();
        else
            artifact["hashes"] = { { "sha-256", input.sha256.toStdString() } };
        artifacts.push_back(artifact);
    };
    for (const InputFile& input : comparison.dev.inputs)
        addArtifact(input, "analysisTarget", "dev");
    for (const InputFile& input : comparison.prod.inputs)
        addArtifact(input, "analysisTarget", "prod");
    for (const InputFile& input : comparison.policy.sources)
        addArtifact(input, "policy", "policy");

    Json rules = Json::array();
    QHash<QString, int> ruleIndex;
    auto ruleOf = [&](const Gap& gap) {
        const auto found = ruleIndex.constFind(gap.checkId);
        if (found != ruleIndex.cend())
            return *found;
        const int index = static_cast<int>(rules.size());
        ruleIndex.insert(gap.checkId, index);
        rules.push_back(ruleFor(gap, taxonomies));
        return index;
    };

    // Every check of the catalogue in force is a rule, with or without results: a code-scanning
    // UI then lists what was checked, not only what failed.
    const RuleCatalogue& catalogue = comparison.catalogue ? *comparison.catalogue : RuleCatalogue::builtIn();
    for (const Check& check : catalogue.checks()) {
        Gap probe;
        probe.checkId = check.id;
        probe.title = check.title;
        probe.factName = check.factName;
        probe.domain = check.domain;
        probe.severity = check.severity;
        probe.check = &check;
        ruleOf(probe);
    }

    // An input's artifactLocation, made once per file: every result of a cluster cites a few.
    QHash<QString, Json> artifactOf;
    const QString devSide = QCoreApplication::translate("crossroads::SarifReport", "dev side");
    const QString prodSide = QCoreApplication::translate("crossroads::SarifReport", "prod side");
    const auto addLocation = [&](JsonArrayWriter& locations, const SourceLocation& source, Side side) {
        if (!source.isValid())
            return;
        auto artifact = artifactOf.find(source.file);
        if (artifact == artifactOf.end()) {
            Json made = artifactLocation(source.file, sourceRoot);
            if (const auto found = artifactIndex.constFind(source.file); found != artifactIndex.cend())
                made["index"] = *found;
            artifact = artifactOf.insert(source.file, made);
        }
        JsonObjectWriter location = locations.object();
        JsonObjectWriter physical = location.object("physicalLocation");
        physical.add("artifactLocation", *artifact);
        if (source.line > 0) {
            JsonObjectWriter region = physical.object("region");
            region.add("startLine", source.line);
            region.finish();
        }
        physical.finish();
        addTextObject(location, "message", "text", side == Side::Dev ? devSide : prodSide);
        if (!source.pointer.isEmpty() || !source.unset.isEmpty()) {
            JsonObjectWriter properties = location.object("properties");
            if (!source.pointer.isEmpty())
                properties.add("pointer", source.pointer);
            if (!source.unset.isEmpty()) // a platform default: the object where the field would go
                properties.add("unset", source.unset);
            properties.finish();
        }
        location.finish();
    };

    // Results are streamed, one at a time, once the run around them is built.
    const auto writeResult = [&](std::string& out, unsigned depth, const Gap& gap) {
        JsonObjectWriter result(out, depth);
        result.add("ruleId", gap.checkId);
        result.add("ruleIndex", ruleOf(gap));
        const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
        if (isFailing(judged)) {
            result.add("kind", "fail");
            result.add("level", levelOf(gap.severity));
        } else {
            // Drift and unknown are for a human to look at; SARIF wants level none for them.
            result.add("kind", judged == Classification::Unknown ? "review" : "informational");
            result.add("level", "none");
        }
        addTextObject(result, "message", "text", messageFor(gap));
        // The side to fix first leads: prod for a regression, dev for a fidelity gap.
        if (gap.devSource.isValid() || gap.prodSource.isValid()) {
            const bool devFirst = judged == Classification::Fidelity || judged == Classification::DevOnly;
            JsonArrayWriter locations = result.array("locations");
            addLocation(locations, devFirst ? gap.devSource : gap.prodSource, devFirst ? Side::Dev : Side::Prod);
            addLocation(locations, devFirst ? gap.prodSource : gap.devSource, devFirst ? Side::Prod : Side::Dev);
            locations.finish();
        }
        addTextObject(result, "partialFingerprints", fingerprintName, gap.fingerprint());
        if (gap.baseline != BaselineState::None)
            result.add("baselineState", baselineStateName(gap.baseline));
        if (gap.waiver >= 0) {
            const Waiver& waiver = comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)];
            const bool active = gap.classification == Classification::Waived;
            Json properties { { "waiver", utf8(waiver.id) }, { "owner", utf8(waiver.owner) }, { "expires", waiver.expires.isValid() ? Json(utf8(waiver.expiryText())) : Json(nullptr) },
                { "policy", utf8(waiver.origin) } };
            if (!waiver.ticket.isEmpty())
                properties["ticket"] = utf8(waiver.ticket);
            const QString justification = active ? waiver.reason
                                                 : QCoreApplication::translate("crossroads::SarifReport", "waiver %1 expired on %2: %3").arg(waiver.id, waiver.expiryText(), waiver.reason);
            result.add("suppressions", Json::array({ { { "kind", "external" }, { "status", active ? "accepted" : "rejected" },
                { "justification", utf8(justification) }, { "properties", properties } } }));
        }
        writeGapProperties(result, gap);
        result.finish();
    };
    const auto writeAbsentResult = [&](std::string& out, unsigned depth, const Gap& gap) {
        JsonObjectWriter result(out, depth);
        result.add("ruleId", gap.checkId);
        result.add("ruleIndex", ruleOf(gap));
        result.add("kind", "pass");
        result.add("level", "none");
        addTextObject(result, "message", "text", QCoreApplication::translate("crossroads::SarifReport", "%1: no longer found (was %2).").arg(gap.title, report::classificationLabel(gap.previous)));
        addTextObject(result, "partialFingerprints", fingerprintName, gap.fingerprint());
        result.add("baselineState", "absent");
        writeGapProperties(result, gap);
        result.finish();
    };

    Json supported = Json::array();
    Json taxonomyComponents = Json::array();
    for (std::size_t i = 0; i < taxonomies.size(); ++i) {
        supported.push_back({ { "name", taxonomies[i].component["name"] }, { "index", i } });
        taxonomyComponents.push_back(taxonomies[i].component);
        // Pod Security's controls change with the Kubernetes version: the run names the one
        // it judged at, as every other report does, not the newest the catalogue knows.
        if (taxonomies[i].component["name"] == "PSS")
            taxonomyComponents.back()["version"] = utf8(comparison.prodVersion.toString());
    }
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0") : QCoreApplication::applicationVersion();
    Json driver { { "name", "crossroads" }, { "fullName", "Crossroads dev/prod container posture comparison" }, { "version", utf8(version) },
        { "informationUri", CROSSROADS_HOMEPAGE }, { "rules", rules }, { "supportedTaxonomies", supported } };
    Json runProperties { { "dev", utf8(comparison.dev.name) }, { "prod", utf8(comparison.prod.name) },
        { "kubernetes_version", utf8(comparison.prodVersion.toString()) } };
    if (comparison.checkedSide) { // crossroads-cli check: one side read, the other left empty
        runProperties["checked_side"] = sideName(*comparison.checkedSide);
        runProperties.erase(*comparison.checkedSide == Side::Dev ? "prod" : "dev");
    }
    if (!comparison.policy.isEmpty() || !comparison.policy.waivers.empty()) { // in-manifest waivers come without a policy file
        runProperties["policy"] = utf8(comparison.policy.name);
        runProperties["waivers_judged_on"] = utf8(comparison.policy.evaluatedOn.toString(Qt::ISODate));
        // Expired and unused waivers have no result to hang on; list every waiver's state here.
        Json waivers = Json::array();
        for (const Waiver& waiver : comparison.policy.waivers) {
            waivers.push_back({ { "id", utf8(waiver.id) }, { "state", waiverStateName(waiver.stateOn(comparison.policy.evaluatedOn)) },
                { "check", utf8(waiver.check) }, { "owner", utf8(waiver.owner) }, { "expires", waiver.expires.isValid() ? Json(utf8(waiver.expiryText())) : Json(nullptr) },
                { "matches", waiver.matches } });
        }
        runProperties["waivers"] = waivers;
    }
    if (!comparison.baselineSource.isEmpty())
        runProperties["baseline"] = utf8(comparison.baselineSource);
    // What was not read: an unreadable input makes the run unsuccessful (the gate must not pass
    // on it), an item without posture is a note.
    Json invocation { { "executionSuccessful", report::unreadableInputs(comparison.dev) + report::unreadableInputs(comparison.prod) == 0 } };
    Json notifications = Json::array();
    for (const Side side : { Side::Dev, Side::Prod }) {
        for (const SkippedItem& item : side == Side::Dev ? comparison.dev.skipped : comparison.prod.skipped) {
            Json notification { { "level", item.unreadable ? "error" : "note" }, { "message", { { "text", utf8(item.reason) } } },
                { "properties", { { "side", sideName(side) } } } };
            Json physical { { "artifactLocation", artifactLocation(item.file, sourceRoot) } };
            notification["locations"] = Json::array({ { { "physicalLocation", physical } } });
            if (!item.location.isEmpty())
                notification["properties"]["location"] = utf8(item.location);
            notifications.push_back(notification);
        }
    }
    if (!notifications.empty())
        invocation["toolExecutionNotifications"] = notifications;
    Json run { { "tool", { { "driver", driver } } }, { "invocations", Json::array({ invocation }) }, { "artifacts", artifacts },
        { "taxonomies", taxonomyComponents }, { "results", JsonArrayStream::placeholder() }, { "columnKind", "unicodeCodePoints" },
        { "language", utf8(report::textLanguage()) }, { "properties", runProperties } };
    if (!sourceRoot.isEmpty())
        run["originalUriBaseIds"] = { { sourceRootId, { { "uri", QUrl::fromLocalFile(sourceRoot + QLatin1Char('/')).toString(QUrl::FullyEncoded).toStdString() } } } };
    Json root { { "$schema", "https://json.schemastore.org/sarif-2.1.0.json" }, { "version", "2.1.0" }, { "runs", Json::array({ run }) } };
    JsonArrayStream stream(out, root);
    std::size_t done = 0;
    const std::size_t total = comparison.gaps.size() + comparison.absentGaps.size();
    std::string item;
    for (const Gap& gap : comparison.gaps) {
        if (!control.step(done, total))
            return false;
        item.clear();
        writeResult(item, stream.itemDepth(), gap);
        if (!stream.addText(item))
            return false;
    }
    for (const Gap& gap : comparison.absentGaps) {
        if (!control.step(done, total))
            return false;
        item.clear();
        writeAbsentResult(item, stream.itemDepth(), gap);
        if (!stream.addText(item))
            return false;
    }
    return stream.finish();
}

} // namespace crossroads
