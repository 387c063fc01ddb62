// SPDX-License-Identifier: Apache-2.0
#include "markdownreport.h"

#include "findingsummary.h"
#include "palette.h"
#include "reportsupport.h"

#include <QTextStream>

#include <algorithm>

namespace crossroads {

namespace {

using namespace report;

/// "| Severity | … |": the words the HTML report shares, without the soft hyphens that let its
/// narrow columns break long German words.
QString headingRow(QStringList headings)
{
    for (QString& heading : headings)
        heading.remove(QChar(0x00AD));
    return QStringLiteral("| ") + headings.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

/// Table cells: pipes and line breaks would break the row; backslash-escape the Markdown syntax
/// characters that work mid-line so that values such as `*` or `_` show as written.
QString cell(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else if (QStringLiteral("\\`*_[]<>|~").contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString baselineMark(const Gap& gap)
{
    return gap.baseline == BaselineState::None ? QString() : QString::fromLatin1(baselineStateName(gap.baseline));
}

} // namespace

QString MarkdownReport::write(const Comparison& comparison)
{
    QString text;
    QTextStream out(&text);
    writeTo(out, comparison, {});
    out.flush();
    return text;
}

bool MarkdownReport::write(const Comparison& comparison, QIODevice& device, const ReportControl& control)
{
    QTextStream out(&device);
    const bool whole = writeTo(out, comparison, control);
    out.flush();
    return whole && out.status() == QTextStream::Ok;
}

bool MarkdownReport::writeTo(QTextStream& md, const Comparison& comparison, const ReportControl& control)
{
    const std::vector<Side> sides = shownSides(comparison);
    // One cell a side shown: both values for a comparison, the checked side's for a check.
    const auto valueCells = [&sides](const Gap& gap) {
        QStringList cells;
        for (const Side side : sides)
            cells << cell(valueText(gap, side));
        return cells.join(QStringLiteral(" | "));
    };
    QString sideHeads, sideRule;
    for (const Side side : sides) {
        sideHeads += QStringLiteral(" %1 |").arg(QLatin1String(sideName(side)));
        sideRule += QStringLiteral(" --- |");
    }
    md << QStringLiteral("# Crossroads: %1\n\n").arg(cell(reportSubject(comparison)));
    md << tr("%1 · generated %2 · Pod Security judged at Kubernetes %3").arg(toolLine(), generatedAt(), comparison.prodVersion.toString());
    if (!comparison.policy.isEmpty())
        md << tr(" · policy **%1**").arg(cell(comparison.policy.name));
    if (!comparison.baselineSource.isEmpty())
        md << tr(" · baseline `%1`").arg(comparison.baselineSource);
    md << QStringLiteral("\n\n**") + verdict(comparison) + QStringLiteral("**\n\n");
    for (const QString& warning : { incompleteWarning(comparison), keyWarning(comparison) }) {
        if (!warning.isEmpty())
            md << QStringLiteral("> ⚠ ") + cell(warning) + QStringLiteral("\n\n");
    }

    // Summary first: counts, each domain's verdict, the criticals and highs of every kind and
    // the risks accepted; then the findings domain by domain.
    md << tr("## Summary\n\n");
    md << tr("Open findings: **%1** critical · **%2** high · **%3** medium · **%4** low\n\n")
              .arg(comparison.failingBySeverity[3])
              .arg(comparison.failingBySeverity[2])
              .arg(comparison.failingBySeverity[1])
              .arg(comparison.failingBySeverity[0]);
    QStringList counts;
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        counts << QStringLiteral("%1 %2 %3").arg(Palette::glyph(classification)).arg(comparison.classificationCounts[static_cast<std::size_t>(c)]).arg(classificationLabel(classification));
    }
    if (!comparison.checkedSide)
        md << counts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    for (int d = 0; d < domainCount; ++d)
        md << QStringLiteral("- ") + cell(domainVerdict(comparison, static_cast<Domain>(d)).text()) + QLatin1Char('\n');
    md << QLatin1Char('\n');
    md << tr("| Domain |") + sideHeads + QStringLiteral("\n| --- |") + QString(sideRule).replace(QStringLiteral(" --- |"), QStringLiteral(" ---: |")) + QLatin1Char('\n');
    const auto scoresOf = [&comparison](Side side) -> const DomainScores& { return side == Side::Dev ? comparison.devScores : comparison.prodScores; };
    for (int d = 0; d < domainCount; ++d) {
        md << QStringLiteral("| %1 |").arg(domainTitle(static_cast<Domain>(d)));
        for (const Side side : sides)
            md << QStringLiteral(" %1 |").arg(scoreText(scoresOf(side).score[static_cast<std::size_t>(d)]));
        md << QLatin1Char('\n');
    }
    md << tr("| **Overall** |");
    for (const Side side : sides)
        md << QStringLiteral(" **%1** |").arg(scoreText(scoresOf(side).overall));
    md << QStringLiteral("\n\n");

    const std::vector<std::size_t> top = rankedFindings(comparison, Severity::High);
    md << tr("## Critical and high findings (%1)\n\n").arg(top.size());
    if (top.empty()) {
        md << tr("None.\n\n");
    } else {
        md << headingRow({ tr("Severity"), classificationHeading(comparison), tr("Finding"), tr("Workload") }) + sideHeads + QStringLiteral("\n| --- | --- | --- | --- |") + sideRule + QLatin1Char('\n');
        for (const std::size_t index : top) {
            const Gap& gap = comparison.gaps[index];
            md << QStringLiteral("| %1 | %2 %3 | `%4` %5<br>↳ %6 | %7 | %8 |\n")
                      .arg(severityLabel(gap.severity), shownGlyph(gap), shownClassification(gap), gap.checkId,
                          cell(headline(gap)), cell(evidenceLine(gap)), cell(subject(gap)), valueCells(gap));
        }
        md << QLatin1Char('\n');
    }

    md << tr("## Accepted risks\n\n");
    const std::vector<AcceptedRisk> risks = acceptedRisks(comparison);
    if (risks.empty()) {
        md << tr("No risk is accepted by a waiver.\n\n");
    } else {
        md << tr("| Waiver | Owner | Check | Workload | Side | Expires | Gaps | Reason |\n") + QStringLiteral("| --- | --- | --- | --- | --- | --- | ---: | --- |\n");
        for (const AcceptedRisk& risk : risks) {
            const Waiver& waiver = *risk.waiver;
            QString expiry = waiver.expiryText();
            if (const QString note = risk.expiryNote(); !note.isEmpty())
                expiry += QStringLiteral(" **%1**").arg(note);
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                      .arg(cell(waiver.id), cell(waiver.owner), cell(waiver.check), cell(waiver.workload),
                          waiverSideLabel(waiver), expiry, QString::number(waiver.matches), cell(waiver.reason));
        }
        md << QLatin1Char('\n');
    }

    const bool withBaseline = !comparison.baselineSource.isEmpty();
    md << tr("## Open findings by domain\n\n");
    bool anyDefault = false;
    std::size_t done = 0;
    for (int d = 0; d < domainCount; ++d) {
        const auto domain = static_cast<Domain>(d);
        const std::vector<std::size_t> listed = domainGaps(comparison, domain);
        const bool anyOpen = std::any_of(listed.begin(), listed.end(), [&comparison](std::size_t index) { return isFailing(comparison.gaps[index].classification); });
        md << QStringLiteral("### ") << domainTitle(domain) << QStringLiteral("\n\n");
        if (!anyOpen) {
            md << tr("No open finding.\n\n");
            continue;
        }
        // Written row by row: a cluster's domain has hundreds of thousands of them.
        md << headingRow({ classificationHeading(comparison), tr("Severity"), tr("Check"), tr("Workload") }) << sideHeads << (withBaseline ? tr(" Baseline |") : QString()) << QLatin1Char('\n');
        md << QStringLiteral("| --- | --- | --- | --- |") << sideRule << (withBaseline ? QStringLiteral(" --- |") : QString()) << QLatin1Char('\n');
        for (const std::size_t index : listed) {
            if (!control.step(done, comparison.gaps.size()))
                return false;
            const Gap& gap = comparison.gaps[index];
            if (!isFailing(gap.classification))
                continue;
            anyDefault = anyDefault || gap.devProvenance == Provenance::Default || gap.prodProvenance == Provenance::Default;
            md << QStringLiteral("| %1 | %2 | `%3` %4 | %5 | %6 |%7\n")
                      .arg(shownClassification(gap), severityText(gap), gap.checkId, cell(headline(gap)),
                          cell(subject(gap)), valueCells(gap), withBaseline ? QStringLiteral(" %1 |").arg(baselineMark(gap)) : QString());
            // Where each value comes from, what a default means, and the fix: one line under the row.
            QStringList notes;
            for (const Side side : sides) {
                QString note = sourceText(gap, side);
                if (const QString unset = defaultText(gap, side); !unset.isEmpty())
                    note += (note.isEmpty() ? QString() : QStringLiteral(": ")) + unset;
                if (!note.isEmpty())
                    notes << QLatin1String(sideName(side)) + QStringLiteral(" @ ") + note;
            }
            notes << fixes(gap);
            if (!notes.isEmpty())
                md << QStringLiteral("| | | ↳ %1 | |%2%3\n")
                          .arg(cell(notes.join(QStringLiteral(" · "))), QString(sides.size(), QLatin1Char(' ')).replace(QLatin1Char(' '), QStringLiteral(" |")),
                              withBaseline ? QStringLiteral(" |") : QString());
        }
        md << QLatin1Char('\n');
    }
    const int notes = comparison.classificationCounts[static_cast<std::size_t>(Classification::Drift)]
        + comparison.classificationCounts[static_cast<std::size_t>(Classification::Unknown)];
    if (notes > 0)
        md << tr("%1 drift or unknown result(s) are not listed; see the JSON or HTML report.\n\n").arg(notes);
    if (anyDefault)
        md << tr("A value marked (default) is not in the input: the platform's documented default applies, as the line under it says.\n\n");
    if (withBaseline && !comparison.absentGaps.empty())
        md << tr("%1 gap(s) of the baseline are gone.\n\n").arg(comparison.absentGaps.size());

    if (!comparison.policy.waivers.empty()) {
        const Policy& policy = comparison.policy;
        md << tr("## Waivers (judged on %1)\n\n").arg(policy.evaluatedOn.toString(Qt::ISODate));
        md << tr("| Waiver | State | Check | Workload | Side | Owner | Reason | Ticket | Expires | Gaps |\n");
        md << QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- | --- | ---: |\n");
        for (const Waiver& waiver : policy.waivers) {
            const Waiver::State state = waiver.stateOn(policy.evaluatedOn);
            const QString stateText = state == Waiver::State::Active ? waiverStateLabel(state) : QStringLiteral("**%1**").arg(waiverStateLabel(state));
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                      .arg(cell(waiver.id), stateText, cell(waiver.check), cell(waiver.workload),
                          waiverSideLabel(waiver), cell(waiver.owner), cell(waiver.reason), cell(waiver.ticket),
                          waiver.expiryText(), QString::number(waiver.matches));
        }
        md << QLatin1Char('\n');
    }

    if (!comparison.checkedSide) {
        md << tr("<details><summary>Pairs (%1)</summary>\n\n| dev | prod | paired by | containers |\n| --- | --- | --- | --- |\n").arg(comparison.matching.pairs.size());
        for (const PairLine& line : pairLines(comparison))
            md << QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(cell(line.dev), cell(line.prod), cell(line.matchedBy), cell(line.containers));
        for (const Side side : { Side::Dev, Side::Prod }) {
            const QStringList alone = withoutCounterpart(comparison, side);
            if (!alone.isEmpty())
                md << QLatin1Char('\n') + (side == Side::Dev ? tr("In development only (judged on their own): %1") : tr("In production only (judged on their own): %1"))
                                         .arg(cell(alone.join(QStringLiteral(", ")))) + QLatin1Char('\n');
        }
        md << QStringLiteral("\n</details>\n\n");
    }
    if (const QStringList skipped = skippedLines(comparison); !skipped.isEmpty()) {
        md << tr("<details><summary>Skipped (%1)</summary>\n\n").arg(skipped.size());
        for (const QString& line : skipped)
            md << QStringLiteral("- ") + cell(line) + QLatin1Char('\n');
        md << QStringLiteral("\n</details>\n\n");
    }
    md << tr("<details><summary>Inputs (SHA-256)</summary>\n\n| Side | File | SHA-256 |\n| --- | --- | --- |\n");
    for (const LabelledInput& input : inputsOf(comparison))
        md << QStringLiteral("| %1 | %2 | `%3` |\n").arg(input.side, cell(input.file.path), input.file.digestText());
    md << QStringLiteral("\n</details>\n");
    return true;
}

} // namespace crossroads
