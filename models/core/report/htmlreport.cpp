// SPDX-License-Identifier: Apache-2.0
#include "htmlreport.h"

#include "reportsupport.h"

namespace crossroads {

namespace {

using namespace report;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const char* style = R"css(
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #1b1f24; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #d0d7de; }
.meta { color: #57606a; } .verdict { font-size: 1.15em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; } th, td { border: 1px solid #d0d7de; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.value { font-family: ui-monospace, monospace; font-size: .92em; word-break: break-word; }
.regression, .prod-only { background: #ffebe9; } .fidelity, .dev-only { background: #fff8c5; } .shared { background: #fbefff; } .waived { background: #eef; color: #57606a; }
.note { color: #57606a; font-size: .9em; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 1em; font-size: .85em; border: 1px solid #8c959f; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; } figure { margin: 0; } figcaption { color: #57606a; }
details { margin: .4em 0; } .expired, .unused { font-weight: 700; color: #9a6700; }
@media print { details { display: block; } body { max-width: none; } }
)css";

const char* classificationColour(Classification classification)
{
    switch (classification) {
    case Classification::Regression:
        return "#cf222e";
    case Classification::ProdOnly:
        return "#a40e26";
    case Classification::Fidelity:
        return "#bf8700";
    case Classification::DevOnly:
        return "#9a6700";
    case Classification::Shared:
        return "#8250df";
    case Classification::Drift:
        return "#0969da";
    case Classification::Aligned:
        return "#1a7f37";
    case Classification::Waived:
        return "#6e7781";
    case Classification::Unknown:
        break;
    }
    return "#afb8c1";
}

/// Dev and prod scores per domain as paired horizontal bars.
QString scoreChart(const Comparison& comparison)
{
    const int rowHeight = 34, left = 110, width = 260;
    const int height = rowHeight * (domainCount + 1) + 30;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">")
                      .arg(left + width + 50)
                      .arg(height)
                      .arg(esc(tr("Scores per domain, dev and prod")));
    auto bar = [&](int row, int offset, int score, const char* colour) {
        const int y = 10 + row * rowHeight + offset;
        const int w = score < 0 ? 0 : score * width / 100;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"12\" fill=\"%4\"/>").arg(left).arg(y).arg(w).arg(QLatin1String(colour));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>").arg(left + w + 4).arg(y + 10).arg(scoreText(score));
    };
    for (int d = 0; d <= domainCount; ++d) {
        const bool overall = d == domainCount;
        const QString label = overall ? tr("Overall") : domainTitle(static_cast<Domain>(d));
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"12\">%2</text>").arg(10 + d * rowHeight + 16).arg(esc(label));
        bar(d, 0, overall ? comparison.devScores.overall : comparison.devScores.score[static_cast<std::size_t>(d)], "#54aeff");
        bar(d, 14, overall ? comparison.prodScores.overall : comparison.prodScores.score[static_cast<std::size_t>(d)], "#0550ae");
    }
    const int legendY = height - 12;
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"#54aeff\"/><text x=\"%3\" y=\"%4\" font-size=\"11\">dev</text>")
               .arg(left).arg(legendY - 9).arg(left + 14).arg(legendY);
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"#0550ae\"/><text x=\"%3\" y=\"%4\" font-size=\"11\">prod</text>")
               .arg(left + 50).arg(legendY - 9).arg(left + 64).arg(legendY);
    return svg + QStringLiteral("</svg>");
}

/// How many results fell into each classification.
QString classificationChart(const Comparison& comparison)
{
    const int rowHeight = 22, left = 90, width = 240;
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
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"12\">%2</text>").arg(y + 13).arg(QLatin1String(classificationName(classification)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\"/>").arg(left).arg(y).arg(w).arg(QLatin1String(classificationColour(classification)));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>").arg(left + w + 4).arg(y + 13).arg(count);
    }
    return svg + QStringLiteral("</svg>");
}

QString locationText(const SourceLocation& source)
{
    return source.isValid() ? source.toString() : tr("(no source)");
}

} // namespace

Result<QString> HtmlReport::write(const Comparison& comparison, const ReportControl& control)
{
    const int total = static_cast<int>(comparison.gaps.size());
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    html += QStringLiteral("<title>%1</title><style>%2</style></head><body>\n")
                .arg(esc(tr("Crossroads report: %1 vs %2").arg(comparison.dev.name, comparison.prod.name)), QLatin1String(style));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Crossroads: dev \"%1\" vs prod \"%2\"").arg(comparison.dev.name, comparison.prod.name)));
    QString meta = tr("Generated %1 · Pod Security judged at Kubernetes %2").arg(generatedAt(), comparison.prodVersion.toString());
    if (!comparison.policy.isEmpty())
        meta += tr(" · policy %1").arg(comparison.policy.name);
    if (!comparison.baselineSource.isEmpty())
        meta += tr(" · baseline %1").arg(comparison.baselineSource);
    html += QStringLiteral("<p class=\"meta\">%1</p>\n<p class=\"verdict\" id=\"verdict\">%2</p>\n").arg(esc(meta), esc(verdict(comparison)));
    for (const QString& warning : { incompleteWarning(comparison), keyWarning(comparison) }) {
        if (!warning.isEmpty())
            html += QStringLiteral("<p class=\"expired warning\">%1</p>\n").arg(esc(warning));
    }

    html += QStringLiteral("<h2 id=\"summary\">%1</h2>\n<div class=\"charts\">").arg(esc(tr("Summary")));
    html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>").arg(scoreChart(comparison), esc(tr("Scores per domain (0–100, higher is better)")));
    html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure></div>\n").arg(classificationChart(comparison), esc(tr("Results by classification")));

    const bool withBaseline = !comparison.baselineSource.isEmpty();
    html += QStringLiteral("<h2 id=\"gaps\">%1</h2>\n<table id=\"gap-table\"><thead><tr>").arg(esc(tr("Gaps")));
    QStringList headers { tr("Classification"), tr("Severity"), tr("Check"), tr("Workload"), tr("dev"), tr("prod") };
    if (withBaseline)
        headers << tr("Baseline");
    for (const QString& header : headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr></thead><tbody>\n");
    QString details;
    for (int i = 0; i < total; ++i) {
        if (control.cancelled())
            return Error { {}, {}, tr("export cancelled"), true };
        if (i % 256 == 0)
            control.report(i, total);
        const Gap& gap = comparison.gaps[static_cast<std::size_t>(i)];
        const QString cls = QLatin1String(classificationName(gap.classification));
        // Concatenation, not chained arg(): a value containing "%2" must stay as written.
        const QString id = QString::number(i);
        html += QStringLiteral("<tr class=\"gap ") + cls + QStringLiteral("\" data-check=\"") + esc(gap.checkId) + QStringLiteral("\"><td>") + cls
            + QStringLiteral("</td><td>") + esc(severityText(gap)) + QStringLiteral("</td><td><a href=\"#gap-") + id + QStringLiteral("\">")
            + esc(gap.checkId) + QStringLiteral("</a> ") + esc(headline(gap)) + QStringLiteral("</td><td>") + esc(subject(gap))
            + QStringLiteral("</td><td class=\"value\">") + esc(valueText(gap, Side::Dev)) + QStringLiteral("</td><td class=\"value\">")
            + esc(valueText(gap, Side::Prod)) + QStringLiteral("</td>");
        if (withBaseline)
            html += QStringLiteral("<td>") + QLatin1String(baselineStateName(gap.baseline)) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");

        details += QStringLiteral("<details id=\"gap-") + id + QStringLiteral("\"><summary><span class=\"badge ") + cls + QStringLiteral("\">") + cls
            + QStringLiteral("</span> ") + esc(gap.checkId) + QLatin1Char(' ') + esc(headline(gap)) + QStringLiteral(" — ") + esc(subject(gap))
            + QStringLiteral("</summary>");
        details += QStringLiteral("<p>");
        for (const Side side : { Side::Dev, Side::Prod }) {
            details += QLatin1String(sideName(side)) + QStringLiteral(": <code>") + esc(valueText(gap, side)) + QStringLiteral("</code> @ ")
                + esc(locationText(side == Side::Dev ? gap.devSource : gap.prodSource));
            if (const QString unset = defaultText(gap, side); !unset.isEmpty())
                details += QStringLiteral("<br><span class=\"note\">") + esc(unset) + QStringLiteral("</span>");
            details += side == Side::Dev ? QStringLiteral("<br>") : QString();
        }
        details += QStringLiteral("</p>");
        if (gap.check != nullptr)
            details += QStringLiteral("<p>%1</p>").arg(esc(gap.check->rationale));
        for (const QString& fix : fixes(gap))
            details += QStringLiteral("<p>%1</p>").arg(esc(fix));
        if (gap.waiver >= 0) {
            const Waiver& waiver = comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)];
            const QString text = gap.classification == Classification::Waived
                ? tr("Waived by %1 (%2) until %3, was %4: ").arg(waiver.owner, waiver.id, waiver.expires.toString(Qt::ISODate), QLatin1String(classificationName(gap.unwaived)))
                    + waiver.reason + QLatin1Char(' ') + waiver.ticket
                : tr("Waiver %1 expired on %2; the gap counts again.").arg(waiver.id, waiver.expires.toString(Qt::ISODate));
            details += (gap.classification == Classification::Waived ? QStringLiteral("<p>") : QStringLiteral("<p class=\"expired\">")) + esc(text) + QStringLiteral("</p>");
        }
        details += QStringLiteral("</details>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    if (withBaseline && !comparison.absentGaps.empty()) {
        html += QStringLiteral("<p>%1</p><ul id=\"absent\">").arg(esc(tr("Gone since the baseline:")));
        for (const Gap& gap : comparison.absentGaps)
            html += QStringLiteral("<li>") + esc(gap.checkId) + QLatin1Char(' ') + esc(gap.title) + QStringLiteral(" — ") + esc(subject(gap)) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h2 id=\"details\">%1</h2>\n").arg(esc(tr("Details"))) + details;

    const Policy& policy = comparison.policy;
    html += QStringLiteral("<h2 id=\"waivers\">%1</h2>\n").arg(esc(tr("Waivers")));
    if (policy.waivers.empty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No waivers.")));
    } else {
        html += QStringLiteral("<table id=\"waiver-table\"><thead><tr>");
        for (const QString& header : { tr("Waiver"), tr("State"), tr("Check"), tr("Workload"), tr("Side"), tr("Owner"), tr("Reason"), tr("Ticket"), tr("Expires"), tr("Gaps") })
            html += QStringLiteral("<th>%1</th>").arg(esc(header));
        html += QStringLiteral("</tr></thead><tbody>\n");
        for (const Waiver& waiver : policy.waivers) {
            const QString state = QLatin1String(waiverStateName(waiver.stateOn(policy.evaluatedOn)));
            const QStringList cells { esc(waiver.check), esc(waiver.workload), waiver.side ? QLatin1String(sideName(*waiver.side)) : QStringLiteral("both"),
                esc(waiver.owner), esc(waiver.reason), esc(waiver.ticket), waiver.expires.toString(Qt::ISODate) };
            html += QStringLiteral("<tr><td>") + esc(waiver.id) + QStringLiteral("</td><td class=\"") + state + QStringLiteral("\">") + state + QStringLiteral("</td><td>")
                + cells.join(QStringLiteral("</td><td>")) + QStringLiteral("</td>");
            html += QStringLiteral("<td>%1</td></tr>\n").arg(waiver.matches);
        }
        html += QStringLiteral("</tbody></table>\n");
    }

    html += QStringLiteral("<h2 id=\"pairs\">%1</h2>\n<table id=\"pair-table\"><thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>\n")
                .arg(esc(tr("Pairs")), esc(tr("dev")), esc(tr("prod")), esc(tr("paired by")), esc(tr("containers")));
    for (const PairLine& line : pairLines(comparison))
        html += QStringLiteral("<tr><td>") + esc(line.dev) + QStringLiteral("</td><td>") + esc(line.prod) + QStringLiteral("</td><td>") + esc(line.matchedBy)
            + QStringLiteral("</td><td>") + esc(line.containers) + QStringLiteral("</td></tr>\n");
    html += QStringLiteral("</tbody></table>\n");
    for (const Side side : { Side::Dev, Side::Prod }) {
        const QStringList alone = withoutCounterpart(comparison, side);
        if (!alone.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc((side == Side::Dev ? tr("In development only (judged on their own): %1") : tr("In production only (judged on their own): %1"))
                                                            .arg(alone.join(QStringLiteral(", ")))));
    }

    if (const QStringList skipped = skippedLines(comparison); !skipped.isEmpty()) {
        html += QStringLiteral("<h2 id=\"skipped\">%1</h2>\n<ul>").arg(esc(tr("Skipped")));
        for (const QString& line : skipped)
            html += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>\n");
    }

    html += QStringLiteral("<h2 id=\"inputs\">%1</h2>\n<table id=\"input-table\"><thead><tr><th>%2</th><th>%3</th><th>SHA-256</th></tr></thead><tbody>\n")
                .arg(esc(tr("Inputs")), esc(tr("Side")), esc(tr("File")));
    for (const LabelledInput& input : inputsOf(comparison))
        html += QStringLiteral("<tr><td>") + input.side + QStringLiteral("</td><td>") + esc(input.file.path) + QStringLiteral("</td><td class=\"value\">")
            + esc(input.file.digestText()) + QStringLiteral("</td></tr>\n");
    html += QStringLiteral("</tbody></table>\n</body></html>\n");
    control.report(total, total);
    return html;
}

} // namespace crossroads
