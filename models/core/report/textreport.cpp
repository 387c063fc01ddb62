// SPDX-License-Identifier: Apache-2.0
#include "textreport.h"

#include "failuregaps.h"
#include "reportsupport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

#include <optional>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

struct Painter {
    bool colour;
    QString paint(const QString& text, const char* code) const
    {
        if (!colour)
            return text;
        return QStringLiteral("\x1b[") + QLatin1String(code) + QLatin1Char('m') + text + QStringLiteral("\x1b[0m");
    }
    QString bold(const QString& text) const { return paint(text, "1"); }
    QString dim(const QString& text) const { return paint(text, "2"); }
    QString classification(Classification c) const
    {
        const QString name = report::classificationLabel(c).toUpper();
        switch (c) {
        case Classification::Regression:
        case Classification::ProdOnly:
            return paint(name, "1;31");
        case Classification::Fidelity:
        case Classification::DevOnly:
            return paint(name, "1;33");
        case Classification::Shared:
            return paint(name, "1;35");
        case Classification::Drift:
            return paint(name, "36");
        default:
            return name;
        }
    }
};

QString scoreText(int score)
{
    return score < 0 ? QStringLiteral("  –") : QStringLiteral("%1").arg(score, 3);
}

QString scoresTable(const DomainScores& dev, const DomainScores* prod)
{
    QString text = prod != nullptr ? tr("Scores (0–100, higher is better)   dev  prod\n") : tr("Scores (0–100, higher is better)   score\n");
    for (int d = 0; d < domainCount; ++d) {
        const auto index = static_cast<std::size_t>(d);
        text += QStringLiteral("  %1").arg(domainTitle(static_cast<Domain>(d)), -33) + scoreText(dev.score[index]);
        if (prod != nullptr)
            text += QStringLiteral("   ") + scoreText(prod->score[index]);
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("  %1").arg(tr("Overall"), -33) + scoreText(dev.overall);
    if (prod != nullptr)
        text += QStringLiteral("   ") + scoreText(prod->overall);
    return text + QLatin1Char('\n');
}

/// Waivers that need a look: expired ones (they no longer count) and unused ones. A check of
/// one side names the waivers meant for the other instead of calling them unused.
QString waiverWarnings(const Policy& policy, const Painter& p, std::optional<Side> checkedSide = std::nullopt)
{
    QString out;
    for (const Waiver& waiver : policy.waivers) {
        const Waiver::State state = waiver.stateOn(policy.evaluatedOn);
        if (checkedSide && waiver.side && *waiver.side != *checkedSide)
            out += tr("  waiver %1 (%2) is for the %3 side: not applied here\n").arg(waiver.id, waiver.check, QLatin1String(sideName(*waiver.side)));
        else if (state == Waiver::State::Expired)
            out += p.paint(tr("  waiver %1 (%2) EXPIRED on %3: it no longer counts\n").arg(waiver.id, waiver.check, waiver.expiryText()), "1;33");
        else if (state == Waiver::State::Unused && waiver.sharedMisses > 0)
            out += QCoreApplication::translate("crossroads",
                "  waiver %1 (%2) is unused: the %n gap(s) it names fail on both sides, which a waiver for the %3 side alone does not accept (give it no side, or fix the other side)\n",
                nullptr, waiver.sharedMisses)
                       .arg(waiver.id, waiver.check, QLatin1String(sideName(*waiver.side)));
        else if (state == Waiver::State::Unused && waiver.namesNoCheck)
            out += tr("  waiver %1 (%2) is unused: %3\n").arg(waiver.id, waiver.check, waiver.reason);
        else if (state == Waiver::State::Unused)
            out += tr("  waiver %1 (%2) is unused: it matches nothing\n").arg(waiver.id, waiver.check);
    }
    return out;
}

/// How the run stands against the previous report it was given (--baseline).
QString baselineLine(const Comparison& comparison)
{
    int fresh = 0, updated = 0;
    for (const Gap& gap : comparison.gaps) {
        fresh += gap.baseline == BaselineState::New ? 1 : 0;
        updated += gap.baseline == BaselineState::Updated ? 1 : 0;
    }
    return tr("Baseline %1: %2 new, %3 updated, %4 gone\n").arg(comparison.baselineSource).arg(fresh).arg(updated).arg(comparison.absentGaps.size());
}

} // namespace

bool TextReport::writeComparison(QTextStream& out, const Comparison& comparison, bool colour, const ReportControl& control)
{
    const Painter p { colour };
    out << p.bold(tr("Crossroads: dev \"%1\" vs prod \"%2\"").arg(comparison.dev.name, comparison.prod.name)) + QLatin1Char('\n');
    out << tr("Pod Security judged at Kubernetes %1%2\n")
               .arg(comparison.prodVersion.toString(), comparison.prodVersionStated ? QString() : tr(" (no node version in the input; assumed latest)"));
    out << tr("Pairs: %1").arg(comparison.matching.pairs.size()) + QLatin1Char('\n');
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& devWorkload = comparison.dev.workloads[pair.dev];
        const Workload& prodWorkload = comparison.prod.workloads[pair.prod];
        QStringList containers;
        for (const ContainerPair& containerPair : pair.containers) {
            const QString& devName = devWorkload.containers[containerPair.dev].name;
            const QString& prodName = prodWorkload.containers[containerPair.prod].name;
            containers << (devName == prodName ? devName : devName + QStringLiteral(" ⇄ ") + prodName) + QStringLiteral(" (") + report::matchedByLabel(containerPair.matchedBy) + QLatin1Char(')');
        }
        out << QStringLiteral("  %1 ⇄ %2 (%3)").arg(devWorkload.displayName(), prodWorkload.displayName(), report::matchedByLabel(pair.matchedBy));
        if (!containers.isEmpty())
            out << tr(": containers %1").arg(containers.join(QStringLiteral(", ")));
        out << QLatin1Char('\n');
    }
    auto unpaired = [&](const Snapshot& side, const std::vector<std::size_t>& indexes, const QString& label) {
        if (indexes.empty())
            return;
        QStringList names;
        for (std::size_t i = 0; i < indexes.size() && i < 10; ++i)
            names << side.workloads[indexes[i]].displayName();
        if (indexes.size() > 10)
            names << tr("… %1 more").arg(indexes.size() - 10);
        out << tr("Unpaired %1 (judged on their own): %2\n").arg(label, names.join(QStringLiteral(", ")));
    };
    unpaired(comparison.dev, comparison.matching.unpairedDev, tr("dev"));
    unpaired(comparison.prod, comparison.matching.unpairedProd, tr("prod"));
    auto unpairedContainers = [&](const Snapshot& side, const std::vector<ContainerRef>& refs, const QString& label) {
        if (refs.empty())
            return;
        QStringList names;
        for (const ContainerRef& ref : refs) {
            const Workload& workload = side.workloads[ref.workload];
            const Container& container = workload.containers[ref.container];
            names << workload.displayName() + QStringLiteral(" [") + container.name + (container.init ? tr(" (init container)") : QString()) + QLatin1Char(']');
        }
        out << tr("Containers in %1 only (judged on their own): %2\n").arg(label, names.join(QStringLiteral(", ")));
    };
    unpairedContainers(comparison.dev, comparison.matching.unpairedDevContainers, tr("dev"));
    unpairedContainers(comparison.prod, comparison.matching.unpairedProdContainers, tr("prod"));
    for (const QString& unused : comparison.matching.unusedMapPairs)
        out << p.paint(tr("Map pair unused: %1\n").arg(unused), "1;33");
    out << QLatin1Char('\n') + scoresTable(comparison.devScores, &comparison.prodScores) + QLatin1Char('\n');
    const auto& counts = comparison.classificationCounts;
    QStringList results;
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        if (classification != Classification::Waived)
            results << QStringLiteral("%1 %2").arg(comparison.count(classification)).arg(report::classificationLabel(classification));
    }
    out << tr("Results: %1\n").arg(results.join(QStringLiteral(" · ")));
    out << report::verdict(comparison) + QLatin1Char('\n');
    for (const QString& warning : { report::incompleteWarning(comparison), report::keyWarning(comparison) }) {
        if (!warning.isEmpty())
            out << p.paint(warning, "1;33") + QLatin1Char('\n');
    }
    if (!comparison.policy.isEmpty() || !comparison.policy.waivers.empty()) {
        const Policy& policy = comparison.policy;
        const int waived = counts[static_cast<std::size_t>(Classification::Waived)];
        out << (policy.isEmpty() ? tr("No policy; in-manifest annotations waive %1\n").arg(waived) : tr("Policy: %1 · %2 waived\n").arg(policy.name).arg(waived));
        out << waiverWarnings(policy, p);
    }
    if (!comparison.baselineSource.isEmpty())
        out << baselineLine(comparison);

    // Which domains have gaps to list, and how many unknown results each has: counted first,
    // so that each section is written as it goes, not built whole (a cluster has millions).
    std::array<int, domainCount> listed {}, unknown {};
    std::size_t done = 0;
    for (const Gap& gap : comparison.gaps)
        ++(gap.classification == Classification::Unknown ? unknown : listed)[static_cast<std::size_t>(gap.domain)];
    for (int d = 0; d < domainCount; ++d) {
        const auto domain = static_cast<Domain>(d);
        const auto index = static_cast<std::size_t>(d);
        if (listed[index] == 0 && unknown[index] == 0)
            continue;
        out << QLatin1Char('\n') << p.bold(domainTitle(domain).toUpper()) << QLatin1Char('\n');
        for (const Gap& gap : comparison.gaps) {
            if (gap.domain != domain || gap.classification == Classification::Unknown)
                continue;
            if (!control.step(done, comparison.gaps.size()))
                return false;
            out << QStringLiteral("  %1  %2  %3 %4\n").arg(p.classification(gap.classification), report::severityText(gap), gap.checkId, report::headline(gap));
            out << QStringLiteral("      %1\n").arg(report::subject(gap));
            if (gap.baseline == BaselineState::New)
                out << QStringLiteral("      ") << p.bold(tr("new since the baseline")) << QLatin1Char('\n');
            if (gap.waiver >= 0) {
                const Waiver& waiver = comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)];
                out << (gap.classification == Classification::Waived
                        ? tr("      waived (%1, was %2) by %3 until %4: %5%6\n")
                              .arg(waiver.id, report::classificationLabel(gap.unwaived), waiver.owner, waiver.expiryText(), waiver.reason,
                                  waiver.ticket.isEmpty() ? QString() : QStringLiteral(" [") + waiver.ticket + QLatin1Char(']'))
                        : tr("      waiver %1 expired on %2; the gap counts again\n").arg(waiver.id, waiver.expiryText()));
            }
            for (const Side side : { Side::Dev, Side::Prod }) {
                const QString source = report::sourceText(gap, side);
                out << QStringLiteral("      %1 %2%3\n")
                           .arg(side == Side::Dev ? QStringLiteral("dev: ") : QStringLiteral("prod:"), report::valueText(gap, side),
                               source.isEmpty() ? QString() : p.dim(QStringLiteral("   @ ") + source));
                if (const QString unset = report::defaultText(gap, side); !unset.isEmpty())
                    out << QStringLiteral("            ") << p.dim(unset) << QLatin1Char('\n');
            }
            for (const QString& fix : report::fixes(gap))
                out << tr("      fix %1\n").arg(fix);
        }
        if (unknown[index] > 0)
            out << p.dim(tr("  %1 result(s) unknown: the inputs do not say (see --format json)\n").arg(unknown[index]));
    }
    const QStringList skipped = report::skippedLines(comparison);
    if (!skipped.isEmpty())
        out << QLatin1Char('\n') + p.bold(tr("SKIPPED")) + QLatin1Char('\n') + QStringLiteral("  ") + skipped.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    return true;
}

void TextReport::writeCheckReport(QTextStream& out, const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores, bool colour,
    const Policy* policy, const Comparison* failures)
{
    const std::optional<report::FailureGaps> gaps = failures != nullptr ? std::optional<report::FailureGaps>(std::in_place, *failures, results.size()) : std::nullopt;
    const Painter p { colour };
    out << p.bold(tr("Crossroads check: %1 side \"%2\" — %3 workload(s), %4 container(s)")
                             .arg(QLatin1String(sideName(snapshot.side)), snapshot.name)
                             .arg(snapshot.workloads.size())
                             .arg(snapshot.containerCount()))
        + QLatin1Char('\n');
    if (const int unreadable = report::unreadableInputs(snapshot); unreadable > 0)
        out << p.paint(tr("Incomplete: %1 input file(s) could not be read and are not judged (listed under Skipped).").arg(unreadable), "1;33") + QLatin1Char('\n');
    if (failures != nullptr && !failures->baselineSource.isEmpty())
        out << baselineLine(*failures);
    out << QLatin1Char('\n') + scoresTable(scores, nullptr);
    const auto accepted = [policy](const CheckResult& result) { return policy != nullptr && result.waiver >= 0; };
    std::array<int, checkStatusCount> counts {}; // by CheckStatus
    int waived = 0;
    for (const CheckResult& result : results)
        ++(accepted(result) ? waived : counts[static_cast<std::size_t>(result.outcome.status)]);
    // Failures, worst severity first, then the failures a waiver accepts.
    for (const bool listWaived : { false, true }) {
        for (int severity = 3; severity >= 0; --severity) {
            for (std::size_t index = 0; index < results.size(); ++index) {
                const CheckResult& result = results[index];
                if (result.outcome.status != CheckStatus::Fail || accepted(result) != listWaived || static_cast<int>(result.check->severity) != severity)
                    continue;
                const QString workload = result.workload < snapshot.workloads.size() ? snapshot.workloads[result.workload].displayName() : tr("(engine)");
                const report::ResultEvidence evidence = report::evidenceOf(snapshot, result);
                out << QStringLiteral("  %1  %2  %3 %4\n      %5%6: %7%8\n")
                           .arg(listWaived ? p.paint(tr("WAIVED"), "2") : p.paint(tr("FAIL"), "1;31"), report::severityLabel(result.check->severity),
                               result.check->id, result.check->title, workload,
                               result.container.isEmpty() ? QString() : QStringLiteral(" [") + result.container + QLatin1Char(']'), evidence.value,
                               evidence.source.isEmpty() ? QString() : p.dim(QStringLiteral("   @ ") + evidence.source));
                if (!evidence.defaultNote.isEmpty())
                    out << QStringLiteral("            ") + p.dim(evidence.defaultNote) + QLatin1Char('\n');
                if (const Gap* gap = gaps ? gaps->of(index) : nullptr; gap != nullptr && gap->baseline == BaselineState::New)
                    out << QStringLiteral("      ") + p.bold(tr("new since the baseline")) + QLatin1Char('\n');
                if (listWaived) {
                    const Waiver& waiver = policy->waivers[static_cast<std::size_t>(result.waiver)];
                    out << tr("      accepted by %1 (%2, until %3): %4\n").arg(waiver.id, waiver.owner, waiver.expiryText(), waiver.reason);
                }
            }
        }
    }
    out << QLatin1Char('\n') + tr("%1 pass · %2 fail · %3 unknown\n").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    if (policy != nullptr && (!policy->isEmpty() || !policy->waivers.empty())) {
        out << (policy->isEmpty() ? tr("No policy; in-manifest annotations waive %1\n").arg(waived) : tr("Policy: %1 · %2 waived\n").arg(policy->name).arg(waived));
        out << waiverWarnings(*policy, p, snapshot.side);
    }
    if (!snapshot.skipped.empty()) {
        out << QLatin1Char('\n') + p.bold(tr("SKIPPED")) + QLatin1Char('\n');
        for (const SkippedItem& item : snapshot.skipped)
            out << QStringLiteral("  %1%2: %3\n").arg(item.file, item.location.isEmpty() ? QString() : QStringLiteral(": ") + item.location, item.reason);
    }
}

QString TextReport::write(const Comparison& comparison, bool colour)
{
    QString text;
    QTextStream out(&text);
    writeComparison(out, comparison, colour, {});
    out.flush();
    return text;
}

bool TextReport::write(const Comparison& comparison, bool colour, QIODevice& device, const ReportControl& control)
{
    QTextStream out(&device);
    const bool whole = writeComparison(out, comparison, colour, control);
    out.flush();
    return whole && out.status() == QTextStream::Ok;
}

QString TextReport::writeCheck(const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores, bool colour,
    const Policy* policy, const Comparison* failures)
{
    QString text;
    QTextStream out(&text);
    writeCheckReport(out, snapshot, results, scores, colour, policy, failures);
    out.flush();
    return text;
}

bool TextReport::writeCheck(QIODevice& device, const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
    bool colour, const Policy* policy, const Comparison* failures)
{
    QTextStream out(&device);
    writeCheckReport(out, snapshot, results, scores, colour, policy, failures);
    out.flush();
    return out.status() == QTextStream::Ok;
}

} // namespace crossroads
