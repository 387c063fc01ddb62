// SPDX-License-Identifier: Apache-2.0
#include "comparisonjson.h"

#include "failuregaps.h"
#include "jsonarraystream.h"
#include "jsonobjectwriter.h"
#include "reportsupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

#include <optional>

#include <nlohmann/json.hpp>

namespace crossroads {

namespace {

using Json = nlohmann::ordered_json;
using report::JsonObjectWriter;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

Json scoresJson(const DomainScores& scores)
{
    Json json = Json::object();
    for (int d = 0; d < domainCount; ++d) {
        const int score = scores.score[static_cast<std::size_t>(d)];
        json[domainName(static_cast<Domain>(d))] = score < 0 ? Json(nullptr) : Json(score);
    }
    json["overall"] = scores.overall < 0 ? Json(nullptr) : Json(scores.overall);
    return json;
}

Json sideJson(const Snapshot& snapshot)
{
    Json side;
    side["name"] = utf8(snapshot.name);
    // Which workspace key its credential fingerprints were made with: two sides that differ
    // cannot find a reused credential (CR-SEC-005 unknown), and a pipeline can tell why.
    side["key_id"] = snapshot.keyId.toStdString();
    Json inputs = Json::array();
    for (const InputFile& input : snapshot.inputs)
        inputs.push_back({ { "path", utf8(input.path) }, { input.keyed ? "hmac_sha256" : "sha256", input.sha256.toStdString() } });
    side["inputs"] = inputs;
    Json engine = Json::object();
    for (int i = containerFactCount; i < static_cast<int>(FactKey::FactKeyCount); ++i) {
        const auto key = static_cast<FactKey>(i);
        const Fact& fact = snapshot.engineFact(key);
        if (fact.isKnown())
            engine[factName(key)] = { { "value", utf8(CheckEvaluator::displayValue(fact.value)) }, { "provenance", provenanceName(fact.provenance) } };
    }
    side["engine"] = engine;
    side["workloads"] = snapshot.workloads.size();
    side["containers"] = snapshot.containerCount();
    Json skipped = Json::array();
    for (const SkippedItem& item : snapshot.skipped)
        skipped.push_back({ { "file", utf8(item.file) }, { "location", utf8(item.location) }, { "reason", utf8(item.reason) }, { "unreadable", item.unreadable } });
    side["skipped"] = skipped;
    return side;
}

Json checkInfo(const Check* check)
{
    if (check == nullptr)
        return nullptr;
    Json references = Json::object();
    if (!check->pss.isEmpty())
        references["pss"] = utf8(check->pss);
    if (!check->cisDocker.isEmpty())
        references["cis_docker"] = "CIS Docker Benchmark 1.6.0 " + utf8(check->cisDocker);
    if (!check->otherReferences.isEmpty())
        references["other"] = utf8(check->otherReferences);
    return { { "rationale", utf8(check->rationale) },
        { "remediation", { { "podman", utf8(check->remediationPodman) }, { "kubernetes", utf8(check->remediationKubernetes) } } },
        { "references", references } };
}

Json policyJson(const Policy& policy)
{
    Json sources = Json::array();
    for (const InputFile& source : policy.sources)
        sources.push_back({ { "path", utf8(source.path) }, { "sha256", source.sha256.toStdString() } });
    Json waivers = Json::array();
    for (const Waiver& waiver : policy.waivers) {
        waivers.push_back({ { "id", utf8(waiver.id) }, { "check", utf8(waiver.check) }, { "workload", utf8(waiver.workload) },
            { "side", waiver.side ? sideName(*waiver.side) : "both" }, { "owner", utf8(waiver.owner) }, { "reason", utf8(waiver.reason) },
            { "ticket", utf8(waiver.ticket) }, { "expires", waiver.expires.isValid() ? Json(utf8(waiver.expiryText())) : Json(nullptr) },
            { "state", waiverStateName(waiver.stateOn(policy.evaluatedOn)) }, { "matches", waiver.matches }, { "origin", utf8(waiver.origin) } });
    }
    return { { "name", utf8(policy.name) }, { "sources", sources }, { "evaluated_on", utf8(policy.evaluatedOn.toString(Qt::ISODate)) },
        { "waivers", waivers } };
}

/// The previous report a run was compared with, and its findings that are gone now.
Json baselineJson(const Comparison& comparison)
{
    Json absent = Json::array();
    for (const Gap& gap : comparison.absentGaps)
        absent.push_back({ { "check", utf8(gap.checkId) }, { "title", utf8(gap.title) }, { "dev_workload", utf8(gap.devWorkload) },
            { "prod_workload", utf8(gap.prodWorkload) }, { "container", utf8(gap.container) }, { "fingerprint", utf8(gap.fingerprint()) },
            { "previous_classification", classificationName(gap.previous) } });
    return { { "source", utf8(comparison.baselineSource) }, { "absent", absent } };
}

/// A source location as sourceJson() writes it, or null.
void addSource(JsonObjectWriter& item, const char* key, const SourceLocation& location)
{
    if (!location.isValid()) {
        item.addNull(key);
        return;
    }
    JsonObjectWriter source = item.object(key);
    source.add("file", location.file);
    if (location.line > 0)
        source.add("line", location.line);
    if (!location.pointer.isEmpty())
        source.add("pointer", location.pointer);
    if (!location.unset.isEmpty())
        source.add("unset", location.unset);
    source.finish();
}

/// One gap of a comparison as the contract writes it, at depth.
/// checkMembers: the check's texts (checkInfo), the same for every gap of it, made once.
void writeGap(std::string& out, unsigned depth, const Comparison& comparison, const Gap& gap, std::string_view checkMembers)
{
    JsonObjectWriter item(out, depth);
    item.add("check", gap.checkId);
    item.add("title", gap.title);
    item.add("fact", gap.factName);
    item.add("domain", domainName(gap.domain));
    item.add("severity", severityName(gap.severity));
    item.add("classification", classificationName(gap.classification));
    item.add("dev_workload", gap.devWorkload);
    item.add("prod_workload", gap.prodWorkload);
    item.add("container", gap.container);
    item.add("dev_value", gap.devValue);
    item.add("prod_value", gap.prodValue);
    addSource(item, "dev_source", gap.devSource);
    addSource(item, "prod_source", gap.prodSource);
    item.add("dev_provenance", provenanceName(gap.devProvenance));
    item.add("prod_provenance", provenanceName(gap.prodProvenance));
    // The values as compared, in no language: what a tool reads ("none", not "keine").
    if (!gap.devState.isEmpty())
        item.add("dev_state", gap.devState);
    if (!gap.prodState.isEmpty())
        item.add("prod_state", gap.prodState);
    if (!gap.devDefault.isEmpty())
        item.add("dev_default", gap.devDefault);
    if (!gap.prodDefault.isEmpty())
        item.add("prod_default", gap.prodDefault);
    item.add("fingerprint", gap.fingerprint());
    item.add("state_digest", gap.stateDigest());
    if (gap.classification == Classification::Waived)
        item.add("unwaived", classificationName(gap.unwaived));
    if (gap.waiver >= 0)
        item.add("waiver", comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)].id);
    if (gap.baseline != BaselineState::None)
        item.add("baseline_state", baselineStateName(gap.baseline));
    item.addMembers(checkMembers);
    item.finish();
}

} // namespace

QByteArray ComparisonJson::write(const Comparison& comparison)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(comparison, buffer);
    return buffer.data();
}

bool ComparisonJson::write(const Comparison& comparison, QIODevice& out, const ReportControl& control)
{
    Json root;
    root["schema"] = schema;
    root["generator"] = "crossroads " + QCoreApplication::applicationVersion().toStdString();
    root["language"] = utf8(report::textLanguage());
    root["kubernetes_version"] = utf8(comparison.prodVersion.toString());
    root["kubernetes_version_source"] = comparison.prodVersionStated ? "stated" : "assumed latest";
    root["dev"] = sideJson(comparison.dev);
    root["prod"] = sideJson(comparison.prod);
    Json pairs = Json::array();
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& dev = comparison.dev.workloads[pair.dev];
        const Workload& prod = comparison.prod.workloads[pair.prod];
        Json containers = Json::array();
        for (const ContainerPair& container : pair.containers)
            containers.push_back({ { "dev", utf8(dev.containers[container.dev].name) }, { "prod", utf8(prod.containers[container.prod].name) },
                { "matched_by", utf8(container.matchedBy) } });
        pairs.push_back({ { "dev", utf8(dev.displayName()) }, { "prod", utf8(prod.displayName()) }, { "matched_by", utf8(pair.matchedBy) },
            { "containers", containers } });
    }
    root["pairs"] = pairs;
    Json unpairedDev = Json::array(), unpairedProd = Json::array();
    for (const std::size_t index : comparison.matching.unpairedDev)
        unpairedDev.push_back(utf8(comparison.dev.workloads[index].displayName()));
    for (const std::size_t index : comparison.matching.unpairedProd)
        unpairedProd.push_back(utf8(comparison.prod.workloads[index].displayName()));
    auto containersOnly = [](const Snapshot& side, const std::vector<ContainerRef>& refs) {
        Json list = Json::array();
        for (const ContainerRef& ref : refs) {
            const Workload& workload = side.workloads[ref.workload];
            const Container& container = workload.containers[ref.container];
            list.push_back({ { "workload", utf8(workload.displayName()) }, { "container", utf8(container.name) }, { "init", container.init } });
        }
        return list;
    };
    root["unpaired"] = { { "dev", unpairedDev }, { "prod", unpairedProd },
        { "dev_containers", containersOnly(comparison.dev, comparison.matching.unpairedDevContainers) },
        { "prod_containers", containersOnly(comparison.prod, comparison.matching.unpairedProdContainers) } };
    if (!comparison.matching.unusedMapPairs.isEmpty()) {
        Json unused = Json::array();
        for (const QString& pair : comparison.matching.unusedMapPairs)
            unused.push_back(utf8(pair));
        root["unused_map_pairs"] = unused;
    }
    root["gaps"] = JsonArrayStream::placeholder(); // streamed below, one gap at a time
    if (!comparison.baselineSource.isEmpty())
        root["baseline"] = baselineJson(comparison);
    if (!comparison.policy.isEmpty() || !comparison.policy.waivers.empty()) // in-manifest waivers come without a policy file
        root["policy"] = policyJson(comparison.policy);
    Json classifications = Json::object();
    for (int c = 0; c < classificationCount; ++c)
        classifications[classificationName(static_cast<Classification>(c))] = comparison.classificationCounts[static_cast<std::size_t>(c)];
    Json severities = Json::object();
    for (int s = 0; s < 4; ++s)
        severities[severityName(static_cast<Severity>(s))] = comparison.failingBySeverity[static_cast<std::size_t>(s)];
    root["summary"] = { { "open_findings", comparison.openFindings() }, { "by_classification", classifications }, { "failing_by_severity", severities },
        { "scores", { { "dev", scoresJson(comparison.devScores) }, { "prod", scoresJson(comparison.prodScores) } } } };
    JsonArrayStream stream(out, root);
    QHash<const Check*, std::string> checkTexts;
    std::string item;
    std::size_t done = 0;
    for (const Gap& gap : comparison.gaps) {
        if (!control.step(done, comparison.gaps.size()))
            return false;
        auto text = checkTexts.find(gap.check);
        if (text == checkTexts.end())
            text = checkTexts.insert(gap.check, JsonObjectWriter::members(checkInfo(gap.check), stream.itemDepth()));
        item.clear();
        writeGap(item, stream.itemDepth(), comparison, gap, *text);
        if (!stream.addText(item))
            return false;
    }
    return stream.finish();
}

QByteArray ComparisonJson::writeCheck(const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
    const KubernetesVersion& version, const Policy* policy, const Comparison* failures)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeCheck(buffer, snapshot, results, scores, version, policy, failures);
    return buffer.data();
}

bool ComparisonJson::writeCheck(QIODevice& out, const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
    const KubernetesVersion& version, const Policy* policy, const Comparison* failures)
{
    const std::optional<report::FailureGaps> gaps = failures != nullptr ? std::optional<report::FailureGaps>(std::in_place, *failures, results.size()) : std::nullopt;
    const auto accepted = [policy](const CheckResult& result) { return result.waiver >= 0 && policy != nullptr; };
    // The summary precedes nothing it counts in the file, but is written with the document
    // around the streamed results, so it is counted first.
    std::array<int, checkStatusCount> counts {};
    int waived = 0;
    for (const CheckResult& result : results)
        ++(accepted(result) ? waived : counts[static_cast<std::size_t>(result.outcome.status)]);
    Json root;
    root["schema"] = checkSchema;
    root["side"] = sideName(snapshot.side);
    root["language"] = utf8(report::textLanguage());
    root["kubernetes_version"] = utf8(version.toString());
    root["environment"] = sideJson(snapshot);
    root["results"] = JsonArrayStream::placeholder();
    root["summary"] = { { "pass", counts[0] }, { "fail", counts[1] }, { "unknown", counts[2] }, { "waived", waived }, { "scores", scoresJson(scores) } };
    if (failures != nullptr && !failures->baselineSource.isEmpty())
        root["baseline"] = baselineJson(*failures);
    if (policy != nullptr && (!policy->isEmpty() || !policy->waivers.empty()))
        root["policy"] = policyJson(*policy);
    JsonArrayStream stream(out, root);
    std::string text;
    for (std::size_t index = 0; index < results.size(); ++index) {
        const CheckResult& result = results[index];
        const bool isAccepted = accepted(result);
        const Workload* workload = result.workload < snapshot.workloads.size() ? &snapshot.workloads[result.workload] : nullptr;
        SourceLocation source;
        if (result.outcome.fact != nullptr)
            source = workload != nullptr ? snapshot.locate(*workload, *result.outcome.fact) : snapshot.locateEngine(*result.outcome.fact);
        else if (workload != nullptr)
            source = snapshot.locateWorkload(*workload);
        text.clear();
        JsonObjectWriter item(text, stream.itemDepth());
        item.add("check", result.check->id);
        item.add("title", result.check->title);
        item.add("fact", result.check->factName);
        item.add("domain", domainName(result.check->domain));
        if (workload != nullptr)
            item.add("workload", workload->displayName());
        else
            item.add("workload", "(engine)");
        item.add("container", result.container);
        item.add("status", isAccepted ? "waived" : checkStatusName(result.outcome.status));
        item.add("severity", severityName(result.check->severity));
        item.add("value", result.outcome.value);
        addSource(item, "source", source);
        item.add("provenance", provenanceName(result.outcome.provenance));
        if (!result.outcome.comparable.isEmpty())
            item.add("state", result.outcome.comparable);
        // An expired waiver is named too, as compare does: the failure counts again, and why.
        if (const int waiver = isAccepted ? result.waiver : result.expiredWaiver; waiver >= 0 && policy != nullptr)
            item.add("waiver", policy->waivers[static_cast<std::size_t>(waiver)].id);
        // A failure's identity across runs, so that this report can be the next run's baseline.
        if (const Gap* gap = gaps ? gaps->of(index) : nullptr) {
            item.add("fingerprint", gap->fingerprint());
            item.add("state_digest", gap->stateDigest());
            if (gap->baseline != BaselineState::None)
                item.add("baseline_state", baselineStateName(gap->baseline));
        }
        item.finish();
        if (!stream.addText(text))
            return false;
    }
    return stream.finish();
}

} // namespace crossroads
