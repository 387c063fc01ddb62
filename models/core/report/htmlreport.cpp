// SPDX-License-Identifier: Apache-2.0
#include "htmlreport.h"

#include "findingsummary.h"
#include "palette.h"
#include "reportsupport.h"

#include <QIODevice>
#include <QTextStream>

namespace crossroads {

namespace {

using namespace report;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The page's style, with the classification colours of report/palette.h (the GUI's).
QString style()
{
    QString css = QStringLiteral(R"css(
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 120em; color: #1b1f24; padding: 0 2em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #d0d7de; } h3 { margin: 1.4em 0 .2em; }
.meta { color: #57606a; } .verdict { font-size: 1.15em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; } th, td { border: 1px solid #d0d7de; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.value { font-family: ui-monospace, monospace; font-size: .92em; overflow-wrap: anywhere; }
td.nowrap { white-space: nowrap; }
.note, .evidence { color: #57606a; font-size: .9em; } .evidence { display: block; margin-top: .2em; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 1em; font-size: .85em; color: #fff; white-space: nowrap; }
.tiles { display: flex; flex-wrap: wrap; gap: .8em; margin: .8em 0; } .tile { border: 1px solid #d0d7de; border-radius: .4em; padding: .4em .9em; min-width: 7em; }
.tile b { display: block; font-size: 1.6em; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; } figure { margin: 0; } figcaption { color: #57606a; }
details { margin: .4em 0; } .expired, .unused, .expiring { font-weight: 700; color: #9a6700; }
@media print { details { display: block; } body { max-width: none; } }
)css");
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        const unsigned colour = Palette::classification(classification);
        css += QStringLiteral("tr.%1 { background: %2; } .badge.%1 { background: %3; }\n")
                   .arg(QLatin1String(classificationName(classification)), Palette::tint(colour, 0.16), Palette::hex(colour));
    }
    for (const Severity severity : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low })
        css += QStringLiteral(".tile.%1 b { color: %2; }\n").arg(QLatin1String(severityName(severity)), Palette::hex(Palette::severity(severity)));
    return css;
}

/// A classification as a coloured pill with its glyph, as the GUI shows it.
QString badge(Classification classification)
{
    const QString name = QLatin1String(classificationName(classification));
    return QStringLiteral("<span class=\"badge ") + name + QStringLiteral("\">") + Palette::glyph(classification) + QLatin1Char(' ') + esc(classificationLabel(classification))
        + QStringLiteral("</span>");
}

/// A gap's badge: its colour class stays the classification's, its words what report::shownClassification says.
QString badge(const Gap& gap)
{
    const QString name = QLatin1String(classificationName(gap.classification));
    return QStringLiteral("<span class=\"badge ") + name + QStringLiteral("\">") + shownGlyph(gap) + QLatin1Char(' ') + shownClassification(gap) + QStringLiteral("</span>");
}

/// Where a chart's bars start: after its longest label, as 12 px text sets it (about 7 px a
/// character), so that "Testtreue-Lücke" or "Espacios de nombres" is not cut by the bars.
int labelColumn(const QStringList& labels, int atLeast)
{
    qsizetype longest = 0;
    for (const QString& label : labels)
        longest = std::max(longest, label.size());
    return std::max(atLeast, static_cast<int>(longest) * 7 + 12);
}

/// Dev and prod scores per domain as paired horizontal bars.
QString scoreChart(const Comparison& comparison)
{
    QStringList labels { tr("Overall") };
    for (int d = 0; d < domainCount; ++d)
        labels << domainTitle(static_cast<Domain>(d));
    const int rowHeight = 34, left = labelColumn(labels, 110), width = 260;
    const int height = rowHeight * (domainCount + 1) + 30;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">")
                      .arg(left + width + 50)
                      .arg(height)
                      .arg(esc(tr("Scores per domain, dev and prod")));
    const QString devColour = Palette::hex(Palette::side(Side::Dev)), prodColour = Palette::hex(Palette::side(Side::Prod));
    auto bar = [&](int row, int offset, int score, const QString& colour) {
        const int y = 10 + row * rowHeight + offset;
        const int w = score < 0 ? 0 : score * width / 100;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"12\" fill=\"%4\"/>").arg(left).arg(y).arg(w).arg(colour);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>").arg(left + w + 4).arg(y + 10).arg(scoreText(score));
    };
    const bool showDev = comparison.checkedSide.value_or(Side::Dev) == Side::Dev;
    const bool showProd = comparison.checkedSide.value_or(Side::Prod) == Side::Prod;
    for (int d = 0; d <= domainCount; ++d) {
        const bool overall = d == domainCount;
        const QString label = overall ? tr("Overall") : domainTitle(static_cast<Domain>(d));
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"12\">%2</text>").arg(10 + d * rowHeight + 16).arg(esc(label));
        if (showDev)
            bar(d, 0, overall ? comparison.devScores.overall : comparison.devScores.score[static_cast<std::size_t>(d)], devColour);
        if (showProd)
            bar(d, showDev ? 14 : 0, overall ? comparison.prodScores.overall : comparison.prodScores.score[static_cast<std::size_t>(d)], prodColour);
    }
    const int legendY = height - 12;
    if (showDev)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%5\"/><text x=\"%3\" y=\"%4\" font-size=\"11\">dev</text>")
                   .arg(left).arg(legendY - 9).arg(left + 14).arg(legendY).arg(devColour);
    if (showProd)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%5\"/><text x=\"%3\" y=\"%4\" font-size=\"11\">prod</text>")
                   .arg(showDev ? left + 50 : left).arg(legendY - 9).arg(showDev ? left + 64 : left + 14).arg(legendY).arg(prodColour);
    return svg + QStringLiteral("</svg>");
}

/// How many results fell into each classification.
QString classificationChart(const Comparison& comparison)
{
    QStringList labels;
    for (int c = 0; c < classificationCount; ++c)
        labels << classificationLabel(static_cast<Classification>(c));
    const int rowHeight = 22, left = labelColumn(labels, 90), width = 240;
    int maximum = 1;
    for (const int count : comparison.classificationCounts)
        maximum = std::max(maximum, count);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">")
                      .arg(left + width + 50)
                      .arg(rowHeight * classificationCount + 10)
                      .arg(esc(tr("Results by classification")));
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        const int count = comparison.classificationCounts[static_cast<std::size_t>(c)];
        const int y = 5 + c * rowHeight;
        const int w = count * width / maximum;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"12\">%2</text>").arg(y + 13).arg(esc(classificationLabel(classification)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\"/>").arg(left).arg(y).arg(w).arg(Palette::hex(Palette::classification(classification)));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>").arg(left + w + 4).arg(y + 13).arg(count);
    }
    return svg + QStringLiteral("</svg>");
}

QString locationText(const SourceLocation& source)
{
    return source.isValid() ? source.toString() : tr("(no source)");
}

/// The waiver line of a gap's details: who accepted it until when, or that it expired.
QString waiverText(const Comparison& comparison, const Gap& gap)
{
    const Waiver& waiver = comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)];
    if (gap.classification != Classification::Waived)
        return tr("Waiver %1 expired on %2; the gap counts again.").arg(waiver.id, waiver.expiryText());
    return tr("Waived by %1 (%2) until %3, was %4: ").arg(waiver.owner, waiver.id, waiver.expiryText(), classificationLabel(gap.unwaived))
        + waiver.reason + QLatin1Char(' ') + waiver.ticket;
}

QString tableHead(const QStringList& headers)
{
    QString out = QStringLiteral("<thead><tr>");
    for (const QString& header : headers)
        out += QStringLiteral("<th>") + esc(header) + QStringLiteral("</th>");
    return out + QStringLiteral("</tr></thead><tbody>\n");
}

/// A tile's word under its count: the findings' adjective, which agrees with "findings" in
/// languages that inflect it ("5 críticos", not the severity's own "crítica").
QString tileLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QCoreApplication::translate("crossroads::HtmlReport", "critical", "tile: the number of open findings of this severity");
    case Severity::High: return QCoreApplication::translate("crossroads::HtmlReport", "high", "tile: the number of open findings of this severity");
    case Severity::Medium: return QCoreApplication::translate("crossroads::HtmlReport", "medium", "tile: the number of open findings of this severity");
    case Severity::Low: break;
    }
    return QCoreApplication::translate("crossroads::HtmlReport", "low", "tile: the number of open findings of this severity");
}

/// The summary's tiles: open findings by severity, the way a board slide counts them.
QString severityTiles(const Comparison& comparison)
{
    QString out = QStringLiteral("<div class=\"tiles\" id=\"severity-tiles\">");
    for (const Severity severity : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low }) {
        out += QStringLiteral("<div class=\"tile ") + QLatin1String(severityName(severity)) + QStringLiteral("\"><b>")
            + QString::number(comparison.failingBySeverity[static_cast<std::size_t>(severity)]) + QStringLiteral("</b>") + esc(tileLabel(severity))
            + QStringLiteral("</div>");
    }
    return out + QStringLiteral("</div>\n");
}

/// Accepted risks: every waiver in use, soonest expiry first, with what is near or past.
QString acceptedRiskTable(const Comparison& comparison)
{
    const std::vector<AcceptedRisk> risks = acceptedRisks(comparison);
    if (risks.empty())
        return QStringLiteral("<p>%1</p>\n").arg(esc(tr("No risk is accepted by a waiver.")));
    QString out = QStringLiteral("<table id=\"risk-table\">")
        + tableHead({ tr("Waiver"), tr("Owner"), tr("Check"), tr("Workload"), tr("Side"), tr("Expires"), tr("Gaps"), tr("Reason"), tr("Ticket") });
    for (const AcceptedRisk& risk : risks) {
        const Waiver& waiver = *risk.waiver;
        QString expiry = esc(waiver.expiryText());
        if (const QString note = risk.expiryNote(); !note.isEmpty())
            expiry += QStringLiteral(" <span class=\"%1\">%2</span>").arg(risk.expired() ? QStringLiteral("expired") : QStringLiteral("expiring"), esc(note));
        out += QStringLiteral("<tr><td>") + esc(waiver.id) + QStringLiteral("</td><td>") + esc(waiver.owner) + QStringLiteral("</td><td>") + esc(waiver.check)
            + QStringLiteral("</td><td>") + esc(waiver.workload) + QStringLiteral("</td><td>")
            + esc(waiverSideLabel(waiver)) + QStringLiteral("</td><td>") + expiry + QStringLiteral("</td><td>")
            + QString::number(waiver.matches) + QStringLiteral("</td><td>") + esc(waiver.reason) + QStringLiteral("</td><td>") + esc(waiver.ticket)
            + QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</tbody></table>\n");
}

} // namespace

Result<QString> HtmlReport::write(const Comparison& comparison, const ReportControl& control)
{
    QString text;
    QTextStream out(&text);
    const Status written = writeTo(out, comparison, control);
    if (!written)
        return written.error();
    out.flush();
    return text;
}

Status HtmlReport::write(const Comparison& comparison, QIODevice& device, const ReportControl& control)
{
    QTextStream out(&device);
    const Status written = writeTo(out, comparison, control);
    if (!written)
        return written;
    out.flush();
    if (out.status() != QTextStream::Ok)
        return Error { {}, {}, tr("cannot write: %1").arg(device.errorString()) };
    return Done {};
}

Status HtmlReport::writeTo(QTextStream& html, const Comparison& comparison, const ReportControl& control)
{
    // Progress counts gaps; each is written twice (its row in the domain's table, its details
    // further down), so each writing is half a step.
    const int total = static_cast<int>(comparison.gaps.size());
    html << QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">").arg(report::textLanguage());
    html << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html << QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    html << QStringLiteral("<title>%1</title><style>%2</style></head><body>\n")
                .arg(esc(tr("Crossroads report: %1").arg(reportSubject(comparison))), style());
    html << QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Crossroads: %1").arg(reportSubject(comparison))));
    const std::vector<Side> sides = shownSides(comparison);
    // One cell a side shown: both values for a comparison, the checked side's for a check.
    const auto valueCells = [&sides](const Gap& gap) {
        QString cells;
        for (const Side side : sides)
            cells += QStringLiteral("<td class=\"value\">") + esc(valueText(gap, side)) + QStringLiteral("</td>");
        return cells;
    };
    QStringList sideHeads;
    for (const Side side : sides)
        sideHeads << QLatin1String(sideName(side));
    QString meta = tr("%1 · generated %2 · Pod Security judged at Kubernetes %3").arg(toolLine(), generatedAt(), comparison.prodVersion.toString());
    if (!comparison.policy.isEmpty())
        meta += tr(" · policy %1").arg(comparison.policy.name);
    if (!comparison.baselineSource.isEmpty())
        meta += tr(" · baseline %1").arg(comparison.baselineSource);
    html << QStringLiteral("<p class=\"meta\">%1</p>\n<p class=\"verdict\" id=\"verdict\">%2</p>\n").arg(esc(meta), esc(verdict(comparison)));
    for (const QString& warning : { incompleteWarning(comparison), keyWarning(comparison) }) {
        if (!warning.isEmpty())
            html << QStringLiteral("<p class=\"expired warning\">%1</p>\n").arg(esc(warning));
    }

    // Summary first: the counts, each domain's verdict, the criticals and highs of every kind
    // and the risks accepted; the details follow, domain by domain.
    html << QStringLiteral("<h2 id=\"summary\">%1</h2>\n").arg(esc(tr("Summary")));
    html << severityTiles(comparison);
    QStringList counts;
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        if (classification != Classification::Aligned)
            counts << badge(classification) + QLatin1Char(' ') + QString::number(comparison.classificationCounts[static_cast<std::size_t>(c)]);
    }
    if (!comparison.checkedSide)
        html << QStringLiteral("<p id=\"classification-counts\">%1</p>\n").arg(counts.join(QStringLiteral(" &nbsp; ")));
    html << QStringLiteral("<ul id=\"domain-verdicts\">");
    for (int d = 0; d < domainCount; ++d)
        html << QStringLiteral("<li>") + esc(domainVerdict(comparison, static_cast<Domain>(d)).text()) + QStringLiteral("</li>");
    html << QStringLiteral("</ul>\n<div class=\"charts\">");
    html << QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>").arg(scoreChart(comparison), esc(tr("Scores per domain (0–100, higher is better)")));
    if (!comparison.checkedSide)
        html << QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>").arg(classificationChart(comparison), esc(tr("Results by classification")));
    html << QStringLiteral("</div>\n");

    const std::vector<std::size_t> top = rankedFindings(comparison, Severity::High);
    html << QStringLiteral("<h2 id=\"top-findings\">%1</h2>\n").arg(esc(tr("Critical and high findings (%1)").arg(top.size())));
    if (top.empty()) {
        html << QStringLiteral("<p>%1</p>\n").arg(esc(tr("None.")));
    } else {
        html << QStringLiteral("<table id=\"top-table\">") + tableHead(QStringList { tr("Severity"), classificationHeading(comparison), tr("Finding"), tr("Workload") } + sideHeads);
        for (const std::size_t index : top) {
            const Gap& gap = comparison.gaps[index];
            html << QStringLiteral("<tr class=\"top ") + QLatin1String(classificationName(gap.classification)) + QStringLiteral("\"><td class=\"nowrap\">")
                + esc(severityLabel(gap.severity)) + QStringLiteral("</td><td class=\"nowrap\">") + badge(gap)
                + QStringLiteral("</td><td><a href=\"#gap-") + QString::number(index) + QStringLiteral("\">") + esc(gap.checkId) + QStringLiteral("</a> ")
                + esc(headline(gap)) + QStringLiteral("<span class=\"evidence\">") + esc(evidenceLine(gap)) + QStringLiteral("</span></td><td>") + esc(subject(gap))
                + QStringLiteral("</td>") + valueCells(gap) + QStringLiteral("</tr>\n");
        }
        html << QStringLiteral("</tbody></table>\n");
    }
    html << QStringLiteral("<h2 id=\"accepted-risks\">%1</h2>\n").arg(esc(tr("Accepted risks"))) + acceptedRiskTable(comparison);

    const bool withBaseline = !comparison.baselineSource.isEmpty();
    QStringList headers = QStringList { classificationHeading(comparison), tr("Severity"), tr("Check"), tr("Workload") } + sideHeads;
    if (withBaseline)
        headers << tr("Baseline");
    html << QStringLiteral("<h2 id=\"gaps\">%1</h2>\n").arg(esc(tr("Findings by domain")));
    int done = 0;
    for (int d = 0; d < domainCount; ++d) {
        const auto domain = static_cast<Domain>(d);
        const std::vector<std::size_t> gaps = domainGaps(comparison, domain);
        const QString key = QLatin1String(domainName(domain));
        html << QStringLiteral("<h3 id=\"domain-") + key + QStringLiteral("\">") + esc(domainTitle(domain)) + QStringLiteral("</h3>\n<p class=\"note\">")
            + esc(comparison.checkedSide
                      ? tr("Score: %1. %2")
                            .arg(scoreText((*comparison.checkedSide == Side::Dev ? comparison.devScores : comparison.prodScores).score[static_cast<std::size_t>(d)]),
                                domainVerdict(comparison, domain).text())
                      : tr("Score: dev %1, prod %2. %3")
                            .arg(scoreText(comparison.devScores.score[static_cast<std::size_t>(d)]), scoreText(comparison.prodScores.score[static_cast<std::size_t>(d)]),
                                domainVerdict(comparison, domain).text()))
            + QStringLiteral("</p>\n");
        if (gaps.empty())
            continue;
        html << QStringLiteral("<table class=\"gap-table\" data-domain=\"") + key + QStringLiteral("\">") + tableHead(headers);
        for (const std::size_t index : gaps) {
            if (control.cancelled())
                return Error { {}, {}, tr("export cancelled"), true };
            if (done++ % 256 == 0)
                control.report((done - 1) / 2, total);
            const Gap& gap = comparison.gaps[index];
            const QString cls = QLatin1String(classificationName(gap.classification));
            // Concatenation, not chained arg(): a value containing "%2" must stay as written.
            const QString id = QString::number(index);
            html << QStringLiteral("<tr class=\"gap ") + cls + QStringLiteral("\" data-check=\"") + esc(gap.checkId) + QStringLiteral("\"><td class=\"nowrap\">") + badge(gap)
                + QStringLiteral("</td><td>") + esc(severityText(gap)) + QStringLiteral("</td><td><a href=\"#gap-") + id + QStringLiteral("\">") + esc(gap.checkId)
                + QStringLiteral("</a> ") + esc(headline(gap)) + QStringLiteral("</td><td>") + esc(subject(gap)) + QStringLiteral("</td>") + valueCells(gap);
            if (withBaseline)
                html << QStringLiteral("<td>") + QLatin1String(baselineStateName(gap.baseline)) + QStringLiteral("</td>");
            html << QStringLiteral("</tr>\n");
        }
        html << QStringLiteral("</tbody></table>\n");
    }
    if (withBaseline && !comparison.absentGaps.empty()) {
        html << QStringLiteral("<p>%1</p><ul id=\"absent\">").arg(esc(tr("Gone since the baseline:")));
        for (const Gap& gap : comparison.absentGaps)
            html << QStringLiteral("<li>") + esc(gap.checkId) + QLatin1Char(' ') + esc(gap.title) + QStringLiteral(" — ") + esc(subject(gap)) + QStringLiteral("</li>");
        html << QStringLiteral("</ul>\n");
    }
    html << QStringLiteral("<h2 id=\"details\">%1</h2>\n").arg(esc(tr("Details")));
    for (int d = 0; d < domainCount; ++d) {
        for (const std::size_t index : domainGaps(comparison, static_cast<Domain>(d))) {
            if (control.cancelled())
                return Error { {}, {}, tr("export cancelled"), true };
            if (done++ % 256 == 0)
                control.report((done - 1) / 2, total);
            const Gap& gap = comparison.gaps[index];
            const QString id = QString::number(index);
            html << QStringLiteral("<details id=\"gap-") + id + QStringLiteral("\"><summary>") + badge(gap) + QLatin1Char(' ') + esc(gap.checkId)
                + QLatin1Char(' ') + esc(headline(gap)) + QStringLiteral(" — ") + esc(subject(gap)) + QStringLiteral("</summary>");
            html << QStringLiteral("<p>");
            for (const Side side : sides) {
                html << QLatin1String(sideName(side)) + QStringLiteral(": <code>") + esc(valueText(gap, side)) + QStringLiteral("</code> @ ")
                    + esc(locationText(side == Side::Dev ? gap.devSource : gap.prodSource));
                if (const QString unset = defaultText(gap, side); !unset.isEmpty())
                    html << QStringLiteral("<br><span class=\"note\">") + esc(unset) + QStringLiteral("</span>");
                if (side != sides.back())
                    html << QStringLiteral("<br>");
            }
            html << QStringLiteral("</p>");
            if (gap.check != nullptr)
                html << QStringLiteral("<p>%1</p>").arg(esc(gap.check->rationale));
            for (const QString& fix : fixes(gap))
                html << QStringLiteral("<p>%1</p>").arg(esc(fix));
            if (gap.waiver >= 0)
                html << (gap.classification == Classification::Waived ? QStringLiteral("<p>") : QStringLiteral("<p class=\"expired\">")) + esc(waiverText(comparison, gap))
                    + QStringLiteral("</p>");
            html << QStringLiteral("</details>\n");
        }
    }

    const Policy& policy = comparison.policy;
    html << QStringLiteral("<h2 id=\"waivers\">%1</h2>\n").arg(esc(tr("Waivers")));
    if (policy.waivers.empty()) {
        html << QStringLiteral("<p>%1</p>\n").arg(esc(tr("No waivers.")));
    } else {
        html << QStringLiteral("<table id=\"waiver-table\">")
            + tableHead({ tr("Waiver"), tr("State"), tr("Check"), tr("Workload"), tr("Side"), tr("Owner"), tr("Reason"), tr("Ticket"), tr("Expires"), tr("Gaps") });
        for (const Waiver& waiver : policy.waivers) {
            const Waiver::State state = waiver.stateOn(policy.evaluatedOn);
            const QStringList cells { esc(waiver.check), esc(waiver.workload), esc(waiverSideLabel(waiver)),
                esc(waiver.owner), esc(waiver.reason), esc(waiver.ticket), esc(waiver.expiryText()) };
            html << QStringLiteral("<tr><td>") + esc(waiver.id) + QStringLiteral("</td><td class=\"") + QLatin1String(waiverStateName(state)) + QStringLiteral("\">")
                + esc(waiverStateLabel(state)) + QStringLiteral("</td><td>")
                + cells.join(QStringLiteral("</td><td>")) + QStringLiteral("</td>");
            html << QStringLiteral("<td>%1</td></tr>\n").arg(waiver.matches);
        }
        html << QStringLiteral("</tbody></table>\n");
    }

    if (!comparison.checkedSide) {
        html << QStringLiteral("<h2 id=\"pairs\">%1</h2>\n<table id=\"pair-table\">").arg(esc(tr("Pairs")))
            + tableHead({ tr("dev"), tr("prod"), tr("paired by"), tr("containers") });
        for (const PairLine& line : pairLines(comparison))
            html << QStringLiteral("<tr><td>") + esc(line.dev) + QStringLiteral("</td><td>") + esc(line.prod) + QStringLiteral("</td><td>") + esc(line.matchedBy)
                + QStringLiteral("</td><td>") + esc(line.containers) + QStringLiteral("</td></tr>\n");
        html << QStringLiteral("</tbody></table>\n");
    }
    for (const Side side : { Side::Dev, Side::Prod }) {
        if (comparison.checkedSide)
            break; // one side read: nothing had a counterpart to find
        const QStringList alone = withoutCounterpart(comparison, side);
        if (!alone.isEmpty())
            html << QStringLiteral("<p>%1</p>\n").arg(esc((side == Side::Dev ? tr("In development only (judged on their own): %1") : tr("In production only (judged on their own): %1"))
                                                            .arg(alone.join(QStringLiteral(", ")))));
    }

    if (const QStringList skipped = skippedLines(comparison); !skipped.isEmpty()) {
        html << QStringLiteral("<h2 id=\"skipped\">%1</h2>\n<ul>").arg(esc(tr("Skipped")));
        for (const QString& line : skipped)
            html << QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        html << QStringLiteral("</ul>\n");
    }

    html << QStringLiteral("<h2 id=\"inputs\">%1</h2>\n<table id=\"input-table\">").arg(esc(tr("Inputs"))) + tableHead({ tr("Side"), tr("File"), QStringLiteral("SHA-256") });
    for (const LabelledInput& input : inputsOf(comparison))
        html << QStringLiteral("<tr><td>") + input.side + QStringLiteral("</td><td>") + esc(input.file.path) + QStringLiteral("</td><td class=\"value\">")
            + esc(input.file.digestText()) + QStringLiteral("</td></tr>\n");
    html << QStringLiteral("</tbody></table>\n</body></html>\n");
    control.report(total, total);
    return Done {};
}

} // namespace crossroads
