// SPDX-License-Identifier: Apache-2.0
#include "comparison.h"

#include "common/sha256.h"
#include "rules/check.h"

namespace crossroads {

const char* classificationName(Classification classification)
{
    switch (classification) {
    case Classification::Regression:
        return "regression";
    case Classification::ProdOnly:
        return "prod-only";
    case Classification::DevOnly:
        return "dev-only";
    case Classification::Fidelity:
        return "fidelity";
    case Classification::Shared:
        return "shared";
    case Classification::Drift:
        return "drift";
    case Classification::Aligned:
        return "aligned";
    case Classification::Waived:
        return "waived";
    case Classification::Unknown:
        break;
    }
    return "unknown";
}

std::optional<Classification> classificationFromName(QStringView name)
{
    for (int c = 0; c < classificationCount; ++c) {
        if (name == QLatin1String(classificationName(static_cast<Classification>(c))))
            return static_cast<Classification>(c);
    }
    return std::nullopt;
}

bool fixesDev(Classification classification)
{
    return classification == Classification::Fidelity || classification == Classification::DevOnly || classification == Classification::Shared;
}

bool fixesProd(Classification classification)
{
    return classification == Classification::Regression || classification == Classification::ProdOnly || classification == Classification::Shared;
}

const char* baselineStateName(BaselineState state)
{
    switch (state) {
    case BaselineState::New:
        return "new";
    case BaselineState::Unchanged:
        return "unchanged";
    case BaselineState::Updated:
        return "updated";
    case BaselineState::Absent:
        return "absent";
    case BaselineState::None:
        break;
    }
    return "";
}

QString Gap::fingerprint() const
{
    // Values are left out on purpose: a changed value is the same finding, "updated".
    // An engine check's "workload" is the translated word for the engine: the same finding in
    // every language.
    const bool engine = check != nullptr && (check->scope == CheckScope::Engine || factName == QLatin1String("runtime.engine_mismatch"));
    const QString dev = engine && !devWorkload.isEmpty() ? QStringLiteral("(engine)") : devWorkload;
    const QString prod = engine && !prodWorkload.isEmpty() ? QStringLiteral("(engine)") : prodWorkload;
    QString identity = checkId + QLatin1Char('\x1f') + dev + QLatin1Char('\x1f') + prod + QLatin1Char('\x1f') + container;
    // One container may share several credentials with one prod object: the variable names (never
    // values) tell those findings apart.
    if (factName == QLatin1String("secrets.reused_credential")) // CR-SEC-005
        identity += QLatin1Char('\x1f') + (devState.isEmpty() ? devValue : devState) + QLatin1Char('\x1f') + (prodState.isEmpty() ? prodValue : prodState);
    return QString::fromLatin1(Sha256::hex(identity.toStdString()).left(32));
}

QString Gap::stateDigest() const
{
    const Classification judged = classification == Classification::Waived ? unwaived : classification;
    const QString state = QLatin1String(classificationName(judged)) + QLatin1Char('\x1f') + QLatin1String(severityName(severity)) + QLatin1Char('\x1f')
        + (devState.isEmpty() ? devValue : devState) + QLatin1Char('\x1f') + (prodState.isEmpty() ? prodValue : prodState);
    return QString::fromLatin1(Sha256::hex(state.toStdString()).left(32));
}

std::size_t worstFirstRank(Classification classification, Severity severity)
{
    constexpr std::size_t severities = 4;
    return static_cast<std::size_t>(classification) * severities + (severities - 1 - static_cast<std::size_t>(severity));
}

void sortWorstFirst(std::vector<Gap>& gaps)
{
    const auto bucketOf = [](const Gap& gap) { return worstFirstRank(gap.classification, gap.severity); };
    std::array<std::size_t, worstFirstRanks + 1> start {};
    for (const Gap& gap : gaps)
        ++start[bucketOf(gap) + 1];
    for (std::size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    // from[i]: which gap goes to place i. Applied in place, cycle by cycle, so that a large
    // cluster's gaps are not held twice.
    std::vector<std::size_t> from(gaps.size());
    for (std::size_t i = 0; i < gaps.size(); ++i)
        from[start[bucketOf(gaps[i])]++] = i;
    std::vector<bool> placed(gaps.size(), false);
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        if (placed[i] || from[i] == i) {
            placed[i] = true;
            continue;
        }
        Gap first = std::move(gaps[i]);
        std::size_t at = i;
        while (from[at] != i) {
            gaps[at] = std::move(gaps[from[at]]);
            placed[at] = true;
            at = from[at];
        }
        gaps[at] = std::move(first);
        placed[at] = true;
    }
}

void Comparison::recount()
{
    const int aligned = classificationCounts[static_cast<std::size_t>(Classification::Aligned)];
    classificationCounts = {};
    classificationCounts[static_cast<std::size_t>(Classification::Aligned)] = aligned;
    failingBySeverity = {};
    for (const Gap& gap : gaps) {
        ++classificationCounts[static_cast<std::size_t>(gap.classification)];
        if (isFailing(gap.classification))
            ++failingBySeverity[static_cast<std::size_t>(gap.severity)];
    }
}

bool isFailing(Classification classification)
{
    return fixesDev(classification) || fixesProd(classification);
}

int Comparison::failingAtOrAbove(Severity threshold) const
{
    int count = 0;
    for (int s = static_cast<int>(threshold); s < 4; ++s)
        count += failingBySeverity[static_cast<std::size_t>(s)];
    return count;
}

} // namespace crossroads
