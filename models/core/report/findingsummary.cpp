// SPDX-License-Identifier: Apache-2.0
#include "findingsummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

namespace crossroads {

namespace {

/// lupdate files a call under the class that makes it; one class keeps every text of this file
/// in the context the translations are looked up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(crossroads::FindingSummary)
};

/// The classification before a waiver: an accepted regression is still about production.
Classification judged(const Gap& gap)
{
    return gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
}

} // namespace

std::vector<std::size_t> rankedFindings(const Comparison& comparison, Severity threshold)
{
    // A counting sort on (severity, classification), stable: a pass to count and one to place,
    // where a comparison sort of a cluster's million findings kept the window from answering
    // for a fifth of a second.
    constexpr std::size_t severities = 4;
    const auto keyOf = [](const Gap& gap) {
        return (severities - 1 - static_cast<std::size_t>(gap.severity)) * classificationCount + static_cast<std::size_t>(gap.classification);
    };
    const auto counts = [threshold](const Gap& gap) { return isFailing(gap.classification) && gap.severity >= threshold; };
    std::array<std::size_t, severities * classificationCount + 1> next {};
    for (const Gap& gap : comparison.gaps) {
        if (counts(gap))
            ++next[keyOf(gap) + 1];
    }
    for (std::size_t key = 1; key < next.size(); ++key)
        next[key] += next[key - 1];
    std::vector<std::size_t> ranked(next.back());
    for (std::size_t i = 0; i < comparison.gaps.size(); ++i) {
        const Gap& gap = comparison.gaps[i];
        if (counts(gap))
            ranked[next[keyOf(gap)]++] = i;
    }
    return ranked;
}

std::vector<std::size_t> domainGaps(const Comparison& comparison, Domain domain)
{
    std::vector<std::size_t> ordered;
    for (const std::size_t index : rankedFindings(comparison)) {
        if (comparison.gaps[index].domain == domain)
            ordered.push_back(index);
    }
    for (std::size_t i = 0; i < comparison.gaps.size(); ++i) {
        const Gap& gap = comparison.gaps[i];
        if (gap.domain == domain && !isFailing(gap.classification))
            ordered.push_back(i);
    }
    return ordered;
}

int DomainVerdict::open() const
{
    int total = 0;
    for (std::size_t s = 0; s < 4; ++s)
        total += prodWeaker[s] + devWeaker[s] + both[s] + prodOnly[s] + devOnly[s];
    return total;
}

QString AcceptedRisk::expiryNote() const
{
    if (expired())
        return Text::tr("expired: its gaps count again");
    if (expiringSoon())
        return Text::tr("in %n day(s)", nullptr, daysLeft);
    return {};
}

QString severityBreakdown(const std::array<int, 4>& bySeverity)
{
    QStringList parts;
    if (bySeverity[3] > 0)
        parts << Text::tr("%n critical", nullptr, bySeverity[3]);
    if (bySeverity[2] > 0)
        parts << Text::tr("%n high", nullptr, bySeverity[2]);
    if (bySeverity[1] > 0)
        parts << Text::tr("%n medium", nullptr, bySeverity[1]);
    if (bySeverity[0] > 0)
        parts << Text::tr("%n low", nullptr, bySeverity[0]);
    return parts.join(QStringLiteral(", "));
}

namespace {

int weight(const std::array<int, 4>& bySeverity)
{
    int total = 0;
    for (int s = 0; s < 4; ++s)
        total += bySeverity[static_cast<std::size_t>(s)] * severityWeight(static_cast<Severity>(s));
    return total;
}

/// The verdict's parts, each with its kind, heaviest first (ties in this order).
std::vector<std::pair<Classification, const std::array<int, 4>*>> partsByWeight(const DomainVerdict& verdict)
{
    std::vector<std::pair<Classification, const std::array<int, 4>*>> parts { { Classification::Regression, &verdict.prodWeaker },
        { Classification::Fidelity, &verdict.devWeaker }, { Classification::Shared, &verdict.both }, { Classification::ProdOnly, &verdict.prodOnly },
        { Classification::DevOnly, &verdict.devOnly } };
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return weight(*a.second) > weight(*b.second); });
    return parts;
}

} // namespace

Classification DomainVerdict::heaviest() const
{
    const auto parts = partsByWeight(*this);
    return weight(*parts.front().second) > 0 ? parts.front().first : Classification::Aligned;
}

QString DomainVerdict::text() const
{
    QStringList parts;
    for (const auto& [kind, counts] : partsByWeight(*this)) {
        const QString breakdown = severityBreakdown(*counts);
        if (breakdown.isEmpty())
            continue;
        switch (kind) {
        case Classification::Regression: parts << Text::tr("production weaker than tested: %1").arg(breakdown); break;
        case Classification::Fidelity: parts << Text::tr("development weaker than production: %1").arg(breakdown); break;
        case Classification::Shared: parts << Text::tr("failing on both sides: %1").arg(breakdown); break;
        case Classification::ProdOnly:
            parts << (oneSide ? Text::tr("failing: %1").arg(breakdown) : Text::tr("failing in production only (development not judged): %1").arg(breakdown));
            break;
        case Classification::DevOnly:
            parts << (oneSide ? Text::tr("failing: %1").arg(breakdown) : Text::tr("failing in development only (production not judged): %1").arg(breakdown));
            break;
        default: break;
        }
    }
    if (parts.isEmpty())
        parts << Text::tr("no open finding");
    if (waived > 0)
        parts << Text::tr("%n accepted by waivers", nullptr, waived);
    if (notJudged > 0)
        parts << Text::tr("%n not judged", nullptr, notJudged);
    return domainTitle(domain) + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

DomainVerdict domainVerdict(const Comparison& comparison, Domain domain)
{
    DomainVerdict verdict;
    verdict.domain = domain;
    verdict.oneSide = comparison.checkedSide.has_value();
    for (const Gap& gap : comparison.gaps) {
        if (gap.domain != domain)
            continue;
        const auto severity = static_cast<std::size_t>(gap.severity);
        if (gap.classification == Classification::Waived) {
            ++verdict.waived;
            continue;
        }
        switch (judged(gap)) {
        case Classification::Regression:
            ++verdict.prodWeaker[severity];
            break;
        case Classification::ProdOnly:
            ++verdict.prodOnly[severity];
            break;
        case Classification::Fidelity:
            ++verdict.devWeaker[severity];
            break;
        case Classification::DevOnly:
            ++verdict.devOnly[severity];
            break;
        case Classification::Shared:
            ++verdict.both[severity];
            break;
        case Classification::Unknown:
            ++verdict.notJudged;
            break;
        default:
            break;
        }
    }
    return verdict;
}

std::vector<AcceptedRisk> acceptedRisks(const Comparison& comparison)
{
    std::vector<AcceptedRisk> risks;
    const Policy& policy = comparison.policy;
    for (const Waiver& waiver : policy.waivers) {
        if (waiver.matches > 0)
            // An undated in-manifest waiver lasts until its annotation goes: listed last.
            risks.push_back({ &waiver, waiver.expires.isValid() ? static_cast<int>(policy.evaluatedOn.daysTo(waiver.expires)) : std::numeric_limits<int>::max() });
    }
    std::stable_sort(risks.begin(), risks.end(), [](const AcceptedRisk& a, const AcceptedRisk& b) { return a.daysLeft < b.daysLeft; });
    return risks;
}

} // namespace crossroads
