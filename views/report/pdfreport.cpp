// SPDX-License-Identifier: Apache-2.0
#include "pdfreport.h"

#include "pdfpages.h"
#include "pdftable.h"
#include "report/findingsummary.h"
#include "report/palette.h"
#include "report/reportsupport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace crossroads {

namespace {

using namespace report;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// QTextDocument renders no SVG, so the chart is painted: dev and prod scores per domain.
QImage scoreChart(const Comparison& comparison)
{
    // The title is part of the picture: a page break never parts them.
    const int rowHeight = 56, left = 260, width = 900, titleHeight = 50;
    QImage image(left + width + 140, titleHeight + rowHeight * (domainCount + 1) + 70, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(28);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(0, 32, tr("Scores per domain (0–100, higher is better)"));
    font.setPixelSize(24);
    font.setBold(false);
    painter.setFont(font);
    auto bar = [&](int row, int offset, int score, const QColor& colour) {
        const int y = titleHeight + 10 + row * rowHeight + offset;
        const int w = score < 0 ? 0 : score * width / 100;
        painter.fillRect(left, y, w, 22, colour);
        painter.setPen(Qt::black);
        painter.drawText(left + w + 8, y + 20, scoreText(score));
    };
    const std::vector<Side> sides = shownSides(comparison);
    for (int d = 0; d <= domainCount; ++d) {
        const bool overall = d == domainCount;
        painter.setPen(Qt::black);
        painter.drawText(0, titleHeight + 10 + d * rowHeight + 32, overall ? tr("Overall") : domainTitle(static_cast<Domain>(d)));
        int offset = 0;
        for (const Side side : sides) {
            const DomainScores& scores = side == Side::Dev ? comparison.devScores : comparison.prodScores;
            bar(d, offset, overall ? scores.overall : scores.score[static_cast<std::size_t>(d)], QColor(QRgb(Palette::side(side))));
            offset += 24;
        }
    }
    const int legend = image.height() - 24;
    int x = left;
    for (const Side side : sides) {
        painter.fillRect(x, legend - 18, 20, 20, QColor(QRgb(Palette::side(side))));
        painter.drawText(x + 28, legend, QLatin1String(sideName(side)));
        x += 120;
    }
    return image;
}

QStringList headers(const QStringList& titles)
{
    QStringList out;
    for (const QString& title : titles)
        out << esc(title);
    return out;
}

QString background(const Gap& gap)
{
    return Palette::tint(Palette::classification(gap.classification), 0.12);
}

/// The finding as one cell: coloured glyph and classification, severity, id and headline.
QString findingCell(const Gap& gap)
{
    return QStringLiteral("<span style=\"color: %1\"><b>%2 %3</b></span> · %4<br><b>%5</b> %6")
        .arg(Palette::hex(Palette::classification(gap.classification)), shownGlyph(gap), shownClassification(gap), esc(severityText(gap)), esc(gap.checkId),
            esc(headline(gap)));
}

/// The finding's row and, full width under it, one line of evidence and the fix: in a narrow
/// column they would be unreadable.
void addFinding(PdfTable& table, const Comparison& comparison, const Gap& gap, const QStringList& values)
{
    QStringList notes;
    if (const QString evidence = evidenceLine(gap); !evidence.isEmpty())
        notes << esc(tr("Evidence: %1").arg(evidence));
    for (const QString& fix : fixes(gap))
        notes << esc(fix);
    if (gap.waiver >= 0) {
        const Waiver& waiver = comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)];
        notes << esc(gap.classification == Classification::Waived
                ? tr("Waived (%1) by %2 until %3: ").arg(waiver.id, waiver.owner, waiver.expiryText()) + waiver.reason
                : tr("Waiver %1 expired on %2; the gap counts again.").arg(waiver.id, waiver.expiryText()));
    }
    table.addRow(QStringList { findingCell(gap), esc(subject(gap)) } + values, background(gap), notes.join(QStringLiteral("<br>")));
}

} // namespace

Result<QByteArray> PdfReport::write(const Comparison& comparison, const ReportControl& control)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error { {}, {}, tr("PDF export needs a QGuiApplication (fonts); start one, e.g. on the offscreen platform") };
    const int total = static_cast<int>(comparison.gaps.size());
    const QString date = generatedAt(); // on the cover and at the foot of every page
    // Progress in thousandths: the HTML is built in the first 30 %, parsed by 35 %, and the
    // pages, which take longest, fill the rest.
    constexpr int progressScale = 1000;
    constexpr int htmlBuilt = 300;
    constexpr int htmlParsed = 350;
    const QString pageBreak = QStringLiteral("<div style=\"page-break-before: always\"></div>");
    QString html = QStringLiteral("<html><body style=\"font-size: 8.5pt\">");

    // Cover: what was compared, by which build, when, under which policy, from which exact inputs.
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Crossroads posture report")));
    html += QStringLiteral("<p>%1</p>").arg(esc(reportSubject(comparison)));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(verdict(comparison)));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Scope")));
    QStringList scope;
    if (comparison.checkedSide.value_or(Side::Dev) == Side::Dev)
        scope << esc(tr("Development: %1 (%2 workloads, %3 containers)").arg(comparison.dev.name).arg(comparison.dev.workloads.size()).arg(comparison.dev.containerCount()));
    if (comparison.checkedSide.value_or(Side::Prod) == Side::Prod)
        scope << esc(tr("Production: %1 (%2 workloads, %3 containers)").arg(comparison.prod.name).arg(comparison.prod.workloads.size()).arg(comparison.prod.containerCount()));
    scope << (comparison.checkedSide ? esc(tr("Checked on its own against the catalogue; Pod Security judged at Kubernetes %1").arg(comparison.prodVersion.toString()))
                                     : esc(tr("%1 workload pair(s); Pod Security judged at Kubernetes %2").arg(comparison.matching.pairs.size()).arg(comparison.prodVersion.toString())));
    scope << esc(tr("Date: %1").arg(date)) << esc(tr("Written by: %1").arg(toolLine()));
    html += QStringLiteral("<p>%1</p>").arg(scope.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("Policy")), esc(comparison.policy.isEmpty() ? tr("none (every catalogue check at its catalogue severity)") : comparison.policy.name));
    if (!comparison.baselineSource.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Baseline: %1").arg(comparison.baselineSource)));
    for (const QString& warning : { incompleteWarning(comparison), keyWarning(comparison) }) {
        if (!warning.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(warning));
    }
    PdfTable digests(headers({ tr("Side"), tr("File"), QStringLiteral("SHA-256") }));
    for (const LabelledInput& input : inputsOf(comparison))
        digests.addRow({ input.side, esc(input.file.path), QStringLiteral("<span style=\"font-family: monospace; font-size: 6.5pt\">") + esc(input.file.digestText()) + QStringLiteral("</span>") });
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Input digests (SHA-256)"))) + digests.html();

    // Executive summary: counts, each domain's verdict, the criticals and highs of every kind,
    // the risks accepted. Right after the cover, which is short: on a page of its own, the
    // cover left most of page 1 blank.
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Executive summary")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Open findings: %1 critical · %2 high · %3 medium · %4 low")
                                                      .arg(comparison.failingBySeverity[3])
                                                      .arg(comparison.failingBySeverity[2])
                                                      .arg(comparison.failingBySeverity[1])
                                                      .arg(comparison.failingBySeverity[0])));
    QStringList counts;
    for (int c = 0; c < classificationCount; ++c) {
        const auto classification = static_cast<Classification>(c);
        counts << QStringLiteral("<span style=\"color: %1\">%2</span> %3 %4")
                      .arg(Palette::hex(Palette::classification(classification)), Palette::glyph(classification))
                      .arg(comparison.classificationCounts[static_cast<std::size_t>(c)])
                      .arg(classificationLabel(classification));
    }
    html += QStringLiteral("<p>%1</p><ul>").arg(comparison.checkedSide ? QString() : counts.join(QStringLiteral(" · ")));
    for (int d = 0; d < domainCount; ++d)
        html += QStringLiteral("<li>") + esc(domainVerdict(comparison, static_cast<Domain>(d)).text()) + QStringLiteral("</li>");
    html += QStringLiteral("</ul><p><img src=\"chart://scores\" width=\"420\"></p>");

    const std::vector<std::size_t> top = rankedFindings(comparison, Severity::High);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Critical and high findings (%1)").arg(top.size())));
    if (top.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        // One line a finding; its evidence and fix are in its domain's section.
        PdfTable table(headers({ tr("Severity"), classificationHeading(comparison), tr("Check"), tr("Workload") }));
        for (const std::size_t index : top) {
            const Gap& gap = comparison.gaps[index];
            table.addRow({ esc(severityLabel(gap.severity)),
                             QStringLiteral("<span style=\"color: %1\">%2</span> %3")
                                 .arg(Palette::hex(Palette::classification(gap.classification)), shownGlyph(gap), shownClassification(gap)),
                             QStringLiteral("<b>") + esc(gap.checkId) + QStringLiteral("</b> ") + esc(headline(gap)), esc(subject(gap)) },
                background(gap));
        }
        html += table.html();
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Accepted risks")));
    const std::vector<AcceptedRisk> risks = acceptedRisks(comparison);
    if (risks.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No risk is accepted by a waiver.")));
    } else {
        PdfTable table(headers({ tr("Waiver"), tr("Owner"), tr("Check"), tr("Workload"), tr("Expires"), tr("Reason") }));
        for (const AcceptedRisk& risk : risks) {
            const Waiver& waiver = *risk.waiver;
            QString expiry = esc(waiver.expiryText());
            if (const QString note = risk.expiryNote(); !note.isEmpty())
                expiry += QStringLiteral("<br><b>") + esc(note) + QStringLiteral("</b>");
            table.addRow({ esc(waiver.id), esc(waiver.owner), esc(waiver.check), esc(waiver.workload), expiry, esc(waiver.reason) });
        }
        html += table.html();
    }

    // The findings, domain by domain, each with one line of evidence and its fix; the notes
    // (drift, not judged) follow in a compact table.
    int done = 0;
    const std::vector<Side> sides = shownSides(comparison);
    QStringList sideHeads;
    for (const Side side : sides)
        sideHeads << QLatin1String(sideName(side));
    const auto valueCells = [&sides](const Gap& gap) {
        QStringList cells;
        for (const Side side : sides)
            cells << esc(valueText(gap, side));
        return cells;
    };
    PdfTable notes(headers(QStringList { tr("Note"), tr("Check"), tr("Workload") } + sideHeads));
    for (int d = 0; d < domainCount; ++d) {
        const auto domain = static_cast<Domain>(d);
        html += (d == 0 ? pageBreak : QString()) + QStringLiteral("<h1>%1</h1>").arg(esc(tr("Domain: %1").arg(domainTitle(domain))));
        const auto score = [&comparison, d](Side side) {
            return scoreText((side == Side::Dev ? comparison.devScores : comparison.prodScores).score[static_cast<std::size_t>(d)]);
        };
        html += QStringLiteral("<p>%1</p>").arg(esc(comparison.checkedSide
                ? tr("Score: %1. %2").arg(score(*comparison.checkedSide), domainVerdict(comparison, domain).text())
                : tr("Score: dev %1, prod %2. %3").arg(score(Side::Dev), score(Side::Prod), domainVerdict(comparison, domain).text())));
        PdfTable findings(headers(QStringList { tr("Finding"), tr("Workload") } + sideHeads));
        for (const std::size_t index : domainGaps(comparison, domain)) {
            if (control.cancelled())
                return Error { {}, {}, tr("export cancelled"), true };
            control.report(static_cast<int>(static_cast<qint64>(htmlBuilt) * ++done / std::max(total, 1)), progressScale);
            const Gap& gap = comparison.gaps[index];
            if (gap.classification == Classification::Drift || gap.classification == Classification::Unknown)
                notes.addRow(QStringList { esc(classificationLabel(gap.classification)), esc(gap.checkId + QLatin1Char(' ') + gap.title), esc(subject(gap)) }
                    + valueCells(gap));
            else
                addFinding(findings, comparison, gap, valueCells(gap));
        }
        html += findings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No open finding in this domain."))) : findings.html();
    }
    if (!notes.isEmpty()) {
        html += QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(tr("Notes: drift and not judged")), esc(tr("Both sides pass with different values, or a side lacks the facts to judge.")));
        html += notes.html();
    }

    html += pageBreak + QStringLiteral("<h1>%1</h1>").arg(esc(tr("Appendix: waivers")));
    const Policy& policy = comparison.policy;
    if (policy.waivers.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No waivers.")));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Judged on %1.").arg(policy.evaluatedOn.toString(Qt::ISODate))));
        // Six columns: eight would not fit A4 without breaking words.
        PdfTable table(headers({ tr("Waiver"), tr("Check"), tr("Workload"), tr("Owner"), tr("Reason"), tr("Expires") }));
        for (const Waiver& waiver : policy.waivers) {
            const Waiver::State state = waiver.stateOn(policy.evaluatedOn);
            const QString stateText = waiverStateLabel(state);
            table.addRow({ esc(waiver.id) + QStringLiteral("<br>") + (state == Waiver::State::Active ? stateText : QStringLiteral("<b>") + stateText + QStringLiteral("</b>")),
                esc(waiver.check), esc(waiver.workload), esc(waiver.owner),
                esc(waiver.reason) + (waiver.ticket.isEmpty() ? QString() : QStringLiteral("<br>") + esc(tr("Ticket: %1").arg(waiver.ticket))),
                waiver.expiryText() });
        }
        html += table.html();
    }
    if (!comparison.checkedSide) {
        PdfTable pairs(headers({ tr("Development"), tr("Production"), tr("Paired by"), tr("Containers") }));
        for (const PairLine& line : pairLines(comparison))
            pairs.addRow({ esc(line.dev), esc(line.prod), esc(line.matchedBy), esc(line.containers) });
        html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Appendix: pairs"))) + pairs.html();
    }
    for (const Side side : { Side::Dev, Side::Prod }) {
        if (comparison.checkedSide)
            break; // one side read: nothing had a counterpart to find
        const QStringList alone = withoutCounterpart(comparison, side);
        if (!alone.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc((side == Side::Dev ? tr("In development only (judged on their own): %1") : tr("In production only (judged on their own): %1"))
                                                        .arg(alone.join(QStringLiteral(", ")))));
    }
    if (const QStringList skipped = skippedLines(comparison); !skipped.isEmpty()) {
        html += QStringLiteral("<h1>%1</h1><ul>").arg(esc(tr("Appendix: skipped")));
        for (const QString& line : skipped)
            html += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("</body></html>");

    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://scores")), scoreChart(comparison));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Crossroads posture report: %1").arg(reportSubject(comparison)));
        writer.setCreator(QStringLiteral("crossroads"));
        document.setHtml(html);
        html.clear();
        if (control.cancelled())
            return Error { {}, {}, tr("export cancelled"), true };
        control.report(htmlParsed, progressScale);
        // Every page says what it belongs to: a page printed or handed on alone still does.
        const QString footer = tr("Crossroads posture report: %1 · %2").arg(reportSubject(comparison), date);
        if (!PdfPages::print(document, writer, footer, control, htmlParsed, progressScale, progressScale))
            return Error { {}, {}, tr("export cancelled"), true };
    }
    control.report(progressScale, progressScale);
    return buffer.data();
}

} // namespace crossroads
