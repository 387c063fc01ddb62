// SPDX-License-Identifier: Apache-2.0
#pragma once

// Wording shared by the human-readable reports (Markdown, HTML, PDF), so that they say the
// same thing in the same words.
#include "compare/comparator.h"
#include "compare/comparison.h"
#include "report/palette.h"
#include "snapshot/platformdefaults.h"

#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace crossroads::report {

/// lupdate files a call of this helper under the namespace or class that makes it: functions of
/// this header under crossroads::report, the report writers' own under crossroads::PdfReport
/// (its member), crossroads (their anonymous helpers), and so on. The first that has a
/// translation wins.
inline QString tr(const char* text)
{
    // The source is UTF-8: compared as Latin-1, a text with a "·" or "–" never matched itself,
    // so the first context's (untranslated) answer won.
    const QString source = QString::fromUtf8(text);
    for (const char* context : { "crossroads::report", "crossroads::HtmlReport", "crossroads::MarkdownReport", "crossroads::PdfReport", "crossroads" }) {
        const QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

/// "shop-db → shop/db"; a one-sided gap names its one workload and says so.
inline QString workloads(const Gap& gap, const QString& arrow = QStringLiteral(" → "))
{
    if (gap.checkedAlone)
        return gap.devWorkload.isEmpty() ? gap.prodWorkload : gap.devWorkload;
    if (gap.devWorkload.isEmpty())
        return tr("%1 (production only)").arg(gap.prodWorkload);
    if (gap.prodWorkload.isEmpty())
        return tr("%1 (development only)").arg(gap.devWorkload);
    return gap.devWorkload == gap.prodWorkload ? gap.devWorkload : gap.devWorkload + arrow + gap.prodWorkload;
}

/// A classification as people read it, in the report's language: English keeps the names
/// JSON and SARIF use ("prod-only"), so that a text report reads the same as a machine one.
inline QString classificationLabel(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return tr("regression");
    case Classification::ProdOnly: return tr("prod-only");
    case Classification::Fidelity: return tr("fidelity");
    case Classification::DevOnly: return tr("dev-only");
    case Classification::Shared: return tr("shared");
    case Classification::Drift: return tr("drift");
    case Classification::Aligned: return tr("aligned");
    case Classification::Waived: return tr("waived");
    case Classification::Unknown: break;
    }
    return tr("unknown");
}

/// Which side a waiver accepts: "dev", "prod", or for one without a side "both" ("beide").
inline QString waiverSideLabel(const Waiver& waiver)
{
    return waiver.side ? QLatin1String(sideName(*waiver.side)) : tr("both");
}

/// Why two workloads or containers were paired, as people read it: English keeps the JSON's
/// word ("image"), other languages say it in theirs.
inline QString matchedByLabel(const QString& reason)
{
    static const char* const reasons[] = { QT_TRANSLATE_NOOP("crossroads::report", "map"), QT_TRANSLATE_NOOP("crossroads::report", "image"),
        QT_TRANSLATE_NOOP("crossroads::report", "label"), QT_TRANSLATE_NOOP("crossroads::report", "name"),
        QT_TRANSLATE_NOOP("crossroads::report", "container"), QT_TRANSLATE_NOOP("crossroads::report", "position") };
    for (const char* known : reasons) {
        if (reason == QLatin1String(known))
            return QCoreApplication::translate("crossroads::report", known);
    }
    return reason;
}

/// A waiver's state as people read it ("expired"; "abgelaufen").
inline QString waiverStateLabel(Waiver::State state)
{
    switch (state) {
    case Waiver::State::Active: return tr("active");
    case Waiver::State::Expired: return tr("expired");
    case Waiver::State::Unused: break;
    }
    return tr("unused");
}

/// A severity as people read it ("critical"; "kritisch" in German).
inline QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("critical");
    case Severity::High: return tr("high");
    case Severity::Medium: return tr("medium");
    case Severity::Low: break;
    }
    return tr("low");
}

/// The classification a report names: a check of one side compares nothing, so its failures
/// read "fail" ("prod-only" would claim dev was looked at); waived ones stay "waived".
inline QString shownClassification(const Gap& gap)
{
    if (gap.checkedAlone && gap.classification != Classification::Waived)
        return tr("fail");
    return classificationLabel(gap.classification);
}

/// The heading of the column shownClassification fills: a check of one side classifies
/// nothing against another, so it shows a result.
inline QString classificationHeading(const Comparison& comparison)
{
    return comparison.checkedSide ? tr("Result") : tr("Classification");
}

/// Its glyph: a plain cross for a one-sided failure, whose classification glyph would mislead.
inline QString shownGlyph(const Gap& gap)
{
    return gap.checkedAlone && gap.classification != Classification::Waived ? QStringLiteral("✖") : Palette::glyph(gap.classification);
}

/// "shop-db → shop/db [postgres]"
inline QString subject(const Gap& gap)
{
    QString who = workloads(gap);
    if (!gap.container.isEmpty())
        who += QStringLiteral(" [") + gap.container + QLatin1Char(']');
    return who;
}

/// A value, marked when the input does not state it: "Unconfined (default)", "true (derived)".
/// Every human format shows values this way (DESIGN.md: a derived value is shown as derived
/// wherever a person reads it).
inline QString markedValue(const QString& value, Provenance provenance)
{
    switch (provenance) {
    case Provenance::Default:
        return tr("%1 (default)").arg(value);
    case Provenance::Derived:
        return tr("%1 (derived)").arg(value);
    default:
        return value;
    }
}

inline QString valueText(const Gap& gap, Side side)
{
    return markedValue(side == Side::Dev ? gap.devValue : gap.prodValue, side == Side::Dev ? gap.devProvenance : gap.prodProvenance);
}

/// For a platform default: what the input leaves out (`unset`, below the cited object) and what
/// the platform then does (`note`); empty for a stated or derived value.
inline QString defaultSentence(const QString& unset, const QString& note)
{
    if (unset.isEmpty())
        return note.isEmpty() ? tr("not stated in the input: the platform's default applies.") : tr("not stated in the input: %1").arg(note);
    return note.isEmpty() ? tr("%1 is not set: the platform's default applies.").arg(unset) : tr("%1 is not set: %2").arg(unset, note);
}

/// For a platform default: which field the input leaves out and what the platform then does
/// ("securityContext.seccompProfile is not set: Kubernetes runs the container Unconfined …");
/// empty for a stated or derived value.
inline QString defaultText(const Gap& gap, Side side)
{
    if ((side == Side::Dev ? gap.devProvenance : gap.prodProvenance) != Provenance::Default)
        return {};
    return defaultSentence((side == Side::Dev ? gap.devSource : gap.prodSource).unset, side == Side::Dev ? gap.devDefault : gap.prodDefault);
}

/// One side's result as `check` reports show it: the marked value, where it comes from, and for
/// a default what the platform does.
struct ResultEvidence {
    QString value, source, defaultNote;
};
inline ResultEvidence evidenceOf(const Snapshot& snapshot, const CheckResult& result)
{
    ResultEvidence evidence;
    evidence.value = markedValue(result.outcome.value, result.outcome.provenance);
    const Workload* workload = result.workload < snapshot.workloads.size() ? &snapshot.workloads[result.workload] : nullptr;
    SourceLocation location;
    if (result.outcome.fact != nullptr)
        location = workload != nullptr ? snapshot.locate(*workload, *result.outcome.fact) : snapshot.locateEngine(*result.outcome.fact);
    else if (workload != nullptr)
        location = snapshot.locateWorkload(*workload);
    evidence.source = location.toString();
    if (result.outcome.provenance == Provenance::Default) {
        const QString platform = workload != nullptr ? workload->platform : snapshot.engineFact(FactKey::EngineKind).value.toString();
        evidence.defaultNote = defaultSentence(location.unset, PlatformDefaults::explain(platform, result.check->fact));
    }
    return evidence;
}

/// Where a side's value comes from, "file:12 (/spec/containers/0)", or empty.
inline QString sourceText(const Gap& gap, Side side)
{
    return (side == Side::Dev ? gap.devSource : gap.prodSource).toString();
}

/// One line of evidence for a finding: where each side's value comes from, and for a platform
/// default which field is not set under which object ("prod: securityContext.seccompProfile not
/// set (platform default) under shop.yaml:28 (/spec/…)"). A side with no counterpart is left out.
inline QString evidenceLine(const Gap& gap)
{
    QStringList parts;
    for (const Side side : { Side::Dev, Side::Prod }) {
        const SourceLocation& source = side == Side::Dev ? gap.devSource : gap.prodSource;
        const Provenance provenance = side == Side::Dev ? gap.devProvenance : gap.prodProvenance;
        QString where;
        if (provenance == Provenance::Default)
            where = source.unset.isEmpty() ? tr("not stated (platform default)") : tr("%1 not set (platform default)").arg(source.unset);
        if (source.isValid())
            where += (where.isEmpty() ? QString() : tr(" under ")) + source.toString();
        if (!where.isEmpty())
            parts << QLatin1String(sideName(side)) + QStringLiteral(": ") + where;
    }
    return parts.join(QStringLiteral(" · "));
}

/// The language of the report's texts ("en", "es", "de"): the default locale's, which the
/// programs align with the translation they load; English for any other, as the texts are.
inline QString textLanguage()
{
    const QString code = QLocale::languageToCode(QLocale().language());
    return code == QLatin1String("es") || code == QLatin1String("de") ? code : QStringLiteral("en");
}

/// "Crossroads 0.1.0": which build wrote the report, for the evidence trail.
inline QString toolLine()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? tr("Crossroads (version not set)") : tr("Crossroads %1").arg(version);
}

/// The fix on the side(s) that fail, both when both do.
inline QStringList fixes(const Gap& gap)
{
    QStringList out;
    if (gap.check == nullptr)
        return out;
    const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
    if (fixesDev(judged) && !gap.check->remediationPodman.isEmpty())
        out << tr("Dev (Podman/Docker): %1").arg(gap.check->remediationPodman);
    if (fixesProd(judged) && !gap.check->remediationKubernetes.isEmpty())
        out << tr("Prod (Kubernetes): %1").arg(gap.check->remediationKubernetes);
    return out;
}

/// The severity a person reads: a note (drift, unknown) is no finding, whatever the check's
/// severity would be if it failed.
inline QString severityText(const Gap& gap)
{
    const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
    return isFailing(judged) ? severityLabel(gap.severity) : tr("note");
}

/// The check's title as a finding, or, for a note, what the note says about it.
inline QString headline(const Gap& gap)
{
    switch (gap.classification) {
    case Classification::Drift:
        // A check is named after what it finds ("SELinux confinement is weakened"): a drift
        // note says that was found on neither side, not that it holds.
        return tr("%1: found on neither side; the values differ").arg(gap.title);
    case Classification::Unknown:
        return tr("%1 — not judged: a side lacks the facts").arg(gap.title);
    default:
        return gap.title;
    }
}

/// One-sentence verdict for the executive summary, from the counts every output shares.
inline QString verdict(const Comparison& comparison)
{
    const int failing = comparison.openFindings();
    if (comparison.checkedSide) {
        if (failing == 0)
            return tr("No open finding: every check that could be judged passes.");
        return tr("%1 open finding(s), %2 of them critical or high.").arg(failing).arg(comparison.failingAtOrAbove(Severity::High));
    }
    if (failing == 0)
        return tr("No open finding: production and development agree on every check that could be judged.");
    return tr("%1 open finding(s), %2 of them critical or high; %3 where production is weaker than what developers tested, %4 in production only.")
        .arg(failing)
        .arg(comparison.failingAtOrAbove(Severity::High))
        .arg(comparison.count(Classification::Regression))
        .arg(comparison.count(Classification::ProdOnly));
}

/// What the report is about: "dev "laptop" vs prod "cluster"", or for a check of one side
/// "development "laptop" checked on its own".
inline QString reportSubject(const Comparison& comparison)
{
    if (comparison.checkedSide)
        return *comparison.checkedSide == Side::Dev ? tr("development \"%1\" checked on its own").arg(comparison.dev.name)
                                                    : tr("production \"%1\" checked on its own").arg(comparison.prod.name);
    return tr("dev \"%1\" vs prod \"%2\"").arg(comparison.dev.name, comparison.prod.name);
}

/// The sides a report shows values and scores for: both, or the one a check read.
inline std::vector<Side> shownSides(const Comparison& comparison)
{
    if (comparison.checkedSide)
        return { *comparison.checkedSide };
    return { Side::Dev, Side::Prod };
}

/// One workload pair as the reports list it: who pairs with whom, why, and how their
/// containers pair (name, then image, then position).
struct PairLine {
    QString dev, prod, matchedBy, containers;
};
inline std::vector<PairLine> pairLines(const Comparison& comparison)
{
    std::vector<PairLine> lines;
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& dev = comparison.dev.workloads[pair.dev];
        const Workload& prod = comparison.prod.workloads[pair.prod];
        QStringList containers;
        for (const ContainerPair& container : pair.containers) {
            const QString& devName = dev.containers[container.dev].name;
            const QString& prodName = prod.containers[container.prod].name;
            containers << (devName == prodName ? devName : devName + QStringLiteral(" ⇄ ") + prodName) + QStringLiteral(" (") + matchedByLabel(container.matchedBy) + QLatin1Char(')');
        }
        lines.push_back({ dev.displayName(), prod.displayName(), matchedByLabel(pair.matchedBy), containers.join(QStringLiteral(", ")) });
    }
    return lines;
}

/// What one side has that the other has not, judged on its own: workloads, then containers
/// of paired workloads ("shop/web [istio-proxy]"); past `limit` names, how many more.
inline QStringList withoutCounterpart(const Comparison& comparison, Side side, qsizetype limit = 40)
{
    const Snapshot& snapshot = side == Side::Dev ? comparison.dev : comparison.prod;
    QStringList names;
    for (const std::size_t index : side == Side::Dev ? comparison.matching.unpairedDev : comparison.matching.unpairedProd)
        names << snapshot.workloads[index].displayName();
    for (const ContainerRef& ref : side == Side::Dev ? comparison.matching.unpairedDevContainers : comparison.matching.unpairedProdContainers) {
        const Workload& workload = snapshot.workloads[ref.workload];
        names << workload.displayName() + QStringLiteral(" [") + workload.containers[ref.container].name + QLatin1Char(']');
    }
    if (names.size() > limit) {
        const qsizetype more = names.size() - limit;
        names.resize(limit);
        names << tr("and %1 more").arg(more);
    }
    return names;
}

/// Said at the top of every human report when the sides' fingerprints were made with different
/// workspace keys: no reused credential can be found then, and silence would read as "none".
inline QString keyWarning(const Comparison& comparison)
{
    const QByteArray& dev = comparison.dev.keyId;
    const QByteArray& prod = comparison.prod.keyId;
    if (dev.isEmpty() || prod.isEmpty() || dev == prod)
        return {};
    return tr("Credential fingerprints were made with different workspace keys (dev %1, prod %2): reused credentials (CR-SEC-005) cannot be found, so fewer findings are counted. Compare with the snapshot's own key (crossroads-cli compare --key-file FILE), or take both sides with one key.")
        .arg(QString::fromLatin1(dev), QString::fromLatin1(prod));
}

/// What a side did not read: unreadable inputs first (the comparison is incomplete without
/// them), then items that hold no posture; each "side: file: location: reason".
inline QStringList skippedLines(const Comparison& comparison, qsizetype limit = 50)
{
    QStringList unreadable, other;
    for (const Side side : { Side::Dev, Side::Prod }) {
        for (const SkippedItem& item : side == Side::Dev ? comparison.dev.skipped : comparison.prod.skipped) {
            QString line = QLatin1String(sideName(side)) + QStringLiteral(": ") + item.file;
            if (!item.location.isEmpty())
                line += QStringLiteral(": ") + item.location;
            line += QStringLiteral(": ") + item.reason;
            (item.unreadable ? unreadable : other) << line;
        }
    }
    QStringList lines = unreadable + other;
    if (lines.size() > limit) {
        const qsizetype more = lines.size() - limit;
        lines.resize(limit);
        lines << tr("and %1 more").arg(more);
    }
    return lines;
}

inline int unreadableInputs(const Snapshot& snapshot)
{
    return static_cast<int>(std::count_if(snapshot.skipped.cbegin(), snapshot.skipped.cend(), [](const SkippedItem& item) { return item.unreadable; }));
}

/// Said at the top of every report when some input could not be read (--keep-going).
inline QString incompleteWarning(const Comparison& comparison)
{
    const int unreadable = unreadableInputs(comparison.dev) + unreadableInputs(comparison.prod);
    if (unreadable == 0)
        return {};
    return tr("Incomplete: %1 input file(s) could not be read and are not judged (listed under Skipped).").arg(unreadable);
}

inline QString generatedAt()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

inline QString scoreText(int score)
{
    return score < 0 ? QStringLiteral("–") : QString::number(score);
}

/// Both sides' inputs, each once, with the side that read them.
struct LabelledInput {
    QString side;
    InputFile file;
};
inline std::vector<LabelledInput> inputsOf(const Comparison& comparison)
{
    std::vector<LabelledInput> inputs;
    for (const InputFile& input : comparison.dev.inputs)
        inputs.push_back({ QStringLiteral("dev"), input });
    for (const InputFile& input : comparison.prod.inputs)
        inputs.push_back({ QStringLiteral("prod"), input });
    for (const InputFile& input : comparison.policy.sources)
        inputs.push_back({ QStringLiteral("policy"), input });
    return inputs;
}

} // namespace crossroads::report
