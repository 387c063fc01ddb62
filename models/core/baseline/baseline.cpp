// SPDX-License-Identifier: Apache-2.0
#include "baseline.h"

#include "document/wholejson.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace crossroads {

namespace {

using Json = nlohmann::json;

QString tr(const char* text)
{
    return QCoreApplication::translate("Baseline", text);
}

QString text(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

Classification classificationFrom(const QString& name)
{
    for (int c = 0; c < classificationCount; ++c) {
        if (name == QLatin1String(classificationName(static_cast<Classification>(c))))
            return static_cast<Classification>(c);
    }
    return Classification::Unknown;
}

Gap entryFrom(const Json& item)
{
    Gap gap;
    gap.checkId = text(item, "check");
    gap.title = text(item, "title");
    gap.factName = text(item, "fact");
    gap.domain = domainFromName(text(item, "domain").toStdString()).value_or(Domain::Runtime);
    gap.severity = severityFromName(text(item, "severity")).value_or(Severity::Medium);
    gap.classification = classificationFrom(text(item, "classification"));
    gap.unwaived = gap.classification == Classification::Waived ? classificationFrom(text(item, "unwaived")) : gap.classification;
    gap.devWorkload = text(item, "dev_workload");
    gap.prodWorkload = text(item, "prod_workload");
    gap.container = text(item, "container");
    gap.devValue = text(item, "dev_value");
    gap.prodValue = text(item, "prod_value");
    return gap;
}

} // namespace

Result<Baseline> Baseline::load(const QString& path, const QString& shownAs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, tr("cannot open the baseline: %1").arg(file.errorString()) };
    if (file.size() > maximumSize)
        return Error { path, {}, tr("larger than %1 bytes; not a crossroads report").arg(maximumSize) };
    return fromJson(file.readAll(), shownAs.isEmpty() ? path : shownAs);
}

Result<Baseline> Baseline::fromJson(const QByteArray& json, const QString& origin)
{
    // A baseline is an untrusted file: a value of an unexpected type must become an Error, not
    // an exception out of the engine.
    try {
        return parse(json, origin);
    } catch (const Json::exception& error) {
        return Error { origin, {}, tr("not a crossroads report: %1").arg(QString::fromUtf8(error.what())) };
    }
}

Result<Baseline> Baseline::parse(const QByteArray& json, const QString& origin)
{
    Result<Json> parsed = WholeJson::parse(json, origin);
    if (!parsed)
        return parsed.error();
    const Json& root = *parsed;
    if (!root.is_object())
        return Error { origin, {}, tr("not a report; a baseline is a report written by crossroads-cli --format json or sarif") };
    Baseline baseline;
    baseline.m_origin = origin;
    auto add = [&baseline](const QString& fingerprint, const QString& state, Gap gap) {
        if (fingerprint.isEmpty())
            return false;
        baseline.m_states.insert(fingerprint, state);
        baseline.m_entries.insert(fingerprint, std::move(gap));
        return true;
    };
    if (root.value("schema", "") == "crossroads.comparison/v1") {
        const Json& gaps = root.value("gaps", Json::array());
        for (std::size_t i = 0; i < gaps.size(); ++i) {
            if (!gaps[i].is_object() || !add(text(gaps[i], "fingerprint"), text(gaps[i], "state_digest"), entryFrom(gaps[i])))
                return Error { origin, QStringLiteral("/gaps/%1").arg(i), tr("a gap without a fingerprint (written by an older crossroads?)") };
        }
        return baseline;
    }
    if (root.value("version", "") == "2.1.0" && root.contains("runs") && root["runs"].is_array() && !root["runs"].empty()) {
        const Json& results = root["runs"][0].value("results", Json::array());
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Json& result = results[i];
            // Results that were already absent last time are history, not findings.
            if (!result.is_object() || text(result, "baselineState") == QLatin1String("absent"))
                continue;
            const Json properties = result.value("properties", Json::object());
            Gap gap = entryFrom(properties);
            gap.checkId = text(result, "ruleId");
            const Json fingerprints = result.value("partialFingerprints", Json::object());
            if (!add(text(fingerprints, "crossroadsGap/v1"), text(properties, "state_digest"), std::move(gap)))
                return Error { origin, QStringLiteral("/runs/0/results/%1").arg(i), tr("a result without the crossroadsGap/v1 fingerprint (not written by crossroads?)") };
        }
        return baseline;
    }
    return Error { origin, {}, tr("neither a crossroads.comparison/v1 report nor a SARIF 2.1.0 log") };
}

void Baseline::apply(Comparison& comparison) const
{
    QSet<QString> seen;
    for (Gap& gap : comparison.gaps) {
        const QString fingerprint = gap.fingerprint();
        const auto previous = m_entries.constFind(fingerprint);
        seen.insert(fingerprint);
        if (previous == m_entries.cend()) {
            gap.baseline = BaselineState::New;
            continue;
        }
        gap.previous = previous->classification;
        gap.baseline = m_states.value(fingerprint) == gap.stateDigest() ? BaselineState::Unchanged : BaselineState::Updated;
    }
    comparison.absentGaps.clear();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        Gap gone = it.value();
        gone.baseline = BaselineState::Absent;
        gone.previous = gone.classification;
        comparison.absentGaps.push_back(std::move(gone));
    }
    std::sort(comparison.absentGaps.begin(), comparison.absentGaps.end(),
        [](const Gap& a, const Gap& b) { return std::tie(a.checkId, a.prodWorkload, a.devWorkload) < std::tie(b.checkId, b.prodWorkload, b.devWorkload); });
    comparison.baselineSource = m_origin;
}

int Baseline::newlyFailing(const Comparison& comparison, Severity threshold)
{
    int count = 0;
    for (const Gap& gap : comparison.gaps) {
        if (!isFailing(gap.classification) || gap.severity < threshold)
            continue;
        // An expired waiver makes an unchanged finding fail again: that counts as new too.
        if (gap.baseline == BaselineState::New || (gap.baseline != BaselineState::None && !isFailing(gap.previous)))
            ++count;
    }
    return count;
}

} // namespace crossroads
