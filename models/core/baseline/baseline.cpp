// SPDX-License-Identifier: Apache-2.0
#include "baseline.h"

#include "document/jsonerrortext.h"
#include "document/wholejson.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace crossroads {

namespace {

using Json = nlohmann::json;

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::Baseline", text); // the context lupdate gives the member functions here
}

/// A member of an object, or nullptr; never throws, whatever the types.
const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it != object.end() ? &*it : nullptr;
}

QString text(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    return value != nullptr && value->is_string() ? QString::fromStdString(value->get_ref<const std::string&>()) : QString();
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

/// A finding of a check's report, on the side it judged, as Comparator::oneSided made it.
void judgeOnItsOwn(Gap& gap, Side side, bool waived)
{
    const Classification judged = side == Side::Dev ? Classification::DevOnly : Classification::ProdOnly;
    gap.classification = waived ? Classification::Waived : judged;
    gap.unwaived = judged;
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
        return Error { origin, {}, tr("not a crossroads report: %1").arg(jsonErrorText(error.what())) };
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
    auto notA = [&origin](const QString& pointer, const char* expected) {
        return Error { origin, pointer, tr("must be %1; not a report written by crossroads").arg(tr(expected)) };
    };
    if (text(root, "schema") == QLatin1String("crossroads.comparison/v1")) {
        const Json* gaps = member(root, "gaps");
        if (gaps == nullptr)
            return baseline;
        if (!gaps->is_array())
            return notA(QStringLiteral("/gaps"), QT_TRANSLATE_NOOP("crossroads::Baseline", "a list of gaps"));
        for (std::size_t i = 0; i < gaps->size(); ++i) {
            const Json& gap = (*gaps)[i];
            if (!gap.is_object())
                return notA(QStringLiteral("/gaps/%1").arg(i), QT_TRANSLATE_NOOP("crossroads::Baseline", "a gap (an object)"));
            if (!add(text(gap, "fingerprint"), text(gap, "state_digest"), entryFrom(gap)))
                return Error { origin, QStringLiteral("/gaps/%1").arg(i), tr("a gap without a fingerprint (written by an older crossroads?)") };
        }
        return baseline;
    }
    if (text(root, "version") == QLatin1String("2.1.0") && member(root, "runs") != nullptr) {
        const Json& runs = *member(root, "runs");
        if (!runs.is_array() || runs.empty())
            return notA(QStringLiteral("/runs"), QT_TRANSLATE_NOOP("crossroads::Baseline", "a list of runs"));
        if (!runs[0].is_object())
            return notA(QStringLiteral("/runs/0"), QT_TRANSLATE_NOOP("crossroads::Baseline", "a run (an object)"));
        if (const Json* properties = member(runs[0], "properties"); properties != nullptr && properties->is_object()) {
            const QString side = text(*properties, "checked_side");
            if (!side.isEmpty())
                baseline.m_checkedSide = side == QLatin1String("dev") ? Side::Dev : Side::Prod;
        }
        const Json* results = member(runs[0], "results");
        if (results == nullptr)
            return baseline;
        if (!results->is_array())
            return notA(QStringLiteral("/runs/0/results"), QT_TRANSLATE_NOOP("crossroads::Baseline", "a list of results"));
        for (std::size_t i = 0; i < results->size(); ++i) {
            const Json& result = (*results)[i];
            const QString pointer = QStringLiteral("/runs/0/results/%1").arg(i);
            if (!result.is_object())
                return notA(pointer, QT_TRANSLATE_NOOP("crossroads::Baseline", "a result (an object)"));
            // Results that were already absent last time are history, not findings.
            if (text(result, "baselineState") == QLatin1String("absent"))
                continue;
            const Json* properties = member(result, "properties");
            const Json* fingerprints = member(result, "partialFingerprints");
            if (properties != nullptr && !properties->is_object())
                return notA(pointer + QLatin1String("/properties"), QT_TRANSLATE_NOOP("crossroads::Baseline", "an object"));
            if (fingerprints != nullptr && !fingerprints->is_object())
                return notA(pointer + QLatin1String("/partialFingerprints"), QT_TRANSLATE_NOOP("crossroads::Baseline", "an object"));
            const Json none = Json::object();
            Gap gap = entryFrom(properties != nullptr ? *properties : none);
            gap.checkId = text(result, "ruleId");
            if (baseline.m_checkedSide) {
                // A check's log carries no classification; a suppression it accepted is a waiver.
                bool accepted = false;
                if (const Json* suppressions = member(result, "suppressions"); suppressions != nullptr && suppressions->is_array()) {
                    for (const Json& suppression : *suppressions)
                        accepted = accepted || text(suppression, "status") == QLatin1String("accepted");
                }
                judgeOnItsOwn(gap, *baseline.m_checkedSide, accepted);
            }
            if (!add(text(fingerprints != nullptr ? *fingerprints : none, "crossroadsGap/v1"), text(properties != nullptr ? *properties : none, "state_digest"), std::move(gap)))
                return Error { origin, pointer, tr("a result without the crossroadsGap/v1 fingerprint (not written by crossroads?)") };
        }
        return baseline;
    }
    if (text(root, "schema") == QLatin1String("crossroads.check/v1")) {
        // A check report lists every result; its failures (the ones with a fingerprint) are the
        // findings, on the side it names, as Comparator::oneSided made them.
        const bool dev = text(root, "side") == QLatin1String("dev");
        baseline.m_checkedSide = dev ? Side::Dev : Side::Prod;
        const Json* results = member(root, "results");
        if (results == nullptr)
            return baseline;
        if (!results->is_array())
            return notA(QStringLiteral("/results"), QT_TRANSLATE_NOOP("crossroads::Baseline", "a list of results"));
        for (std::size_t i = 0; i < results->size(); ++i) {
            const Json& result = (*results)[i];
            if (!result.is_object())
                return notA(QStringLiteral("/results/%1").arg(i), QT_TRANSLATE_NOOP("crossroads::Baseline", "a result (an object)"));
            const QString status = text(result, "status");
            if (status != QLatin1String("fail") && status != QLatin1String("waived"))
                continue;
            Gap gap = entryFrom(result);
            judgeOnItsOwn(gap, *baseline.m_checkedSide, status == QLatin1String("waived"));
            (dev ? gap.devWorkload : gap.prodWorkload) = text(result, "workload");
            (dev ? gap.devValue : gap.prodValue) = text(result, "value");
            if (!add(text(result, "fingerprint"), text(result, "state_digest"), std::move(gap)))
                return Error { origin, QStringLiteral("/results/%1").arg(i), tr("a failing result without a fingerprint (written by an older crossroads?)") };
        }
        return baseline;
    }
    return Error { origin, {}, tr("neither a crossroads report (comparison or check JSON) nor a SARIF 2.1.0 log") };
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
