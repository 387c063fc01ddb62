// SPDX-License-Identifier: Apache-2.0
#include "pdfreport.h"

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
    const int rowHeight = 56, left = 260, width = 900;
    QImage image(left + width + 140, rowHeight * (domainCount + 1) + 70, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(24);
    painter.setFont(font);
    auto bar = [&](int row, int offset, int score, const QColor& colour) {
        const int y = 10 + row * rowHeight + offset;
        const int w = score < 0 ? 0 : score * width / 100;
        painter.fillRect(left, y, w, 22, colour);
        painter.setPen(Qt::black);
        painter.drawText(left + w + 8, y + 20, scoreText(score));
    };
    for (int d = 0; d <= domainCount; ++d) {
        const bool overall = d == domainCount;
        painter.setPen(Qt::black);
        painter.drawText(0, 10 + d * rowHeight + 32, overall ? tr("Overall") : domainTitle(static_cast<Domain>(d)));
        bar(d, 0, overall ? comparison.devScores.overall : comparison.devScores.score[static_cast<std::size_t>(d)], QColor(0x54, 0xae, 0xff));
        bar(d, 24, overall ? comparison.prodScores.overall : comparison.prodScores.score[static_cast<std::size_t>(d)], QColor(0x05, 0x50, 0xae));
    }
    const int legend = image.height() - 24;
    painter.fillRect(left, legend - 18, 20, 20, QColor(0x54, 0xae, 0xff));
    painter.drawText(left + 28, legend, QStringLiteral("dev"));
    painter.fillRect(left + 120, legend - 18, 20, 20, QColor(0x05, 0x50, 0xae));
    painter.drawText(left + 148, legend, QStringLiteral("prod"));
    return image;
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        out += QLatin1Char('<') + tag + QLatin1Char('>') + cell + QStringLiteral("</") + tag + QLatin1Char('>');
    return out + QStringLiteral("</tr>");
}

/// Column widths for the per-domain tables: left alone, QTextDocument gives the long check
/// titles as little room as the one-word classification.
QString domainHeader()
{
    const std::pair<QString, int> columns[] { { tr("Classification"), 15 }, { tr("Severity"), 10 }, { tr("Check"), 27 }, { tr("Workload"), 18 },
        { tr("dev"), 15 }, { tr("prod"), 15 } };
    QString out = QStringLiteral("<tr>");
    for (const auto& [title, percent] : columns)
        out += QStringLiteral("<th width=\"%1%\">").arg(percent) + esc(title) + QStringLiteral("</th>");
    return out + QStringLiteral("</tr>");
}

const char* table = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">";

} // namespace

Result<QByteArray> PdfReport::write(const Comparison& comparison, const ReportControl& control)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error { {}, {}, tr("PDF export needs a QGuiApplication (fonts); start one, e.g. on the offscreen platform") };
    const int total = static_cast<int>(comparison.gaps.size());
    const QString pageBreak = QStringLiteral("<div style=\"page-break-before: always\"></div>");
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt\">");

    // Cover: what was compared, when, under which policy, from which exact inputs.
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Crossroads posture report")));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Scope")));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(tr("Development: %1 (%2 workloads, %3 containers)").arg(comparison.dev.name).arg(comparison.dev.workloads.size()).arg(comparison.dev.containerCount())),
                    esc(tr("Production: %1 (%2 workloads, %3 containers)").arg(comparison.prod.name).arg(comparison.prod.workloads.size()).arg(comparison.prod.containerCount())),
                    esc(tr("%1 workload pair(s); Pod Security judged at Kubernetes %2").arg(comparison.matching.pairs.size()).arg(comparison.prodVersion.toString())));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Date: %1").arg(generatedAt())));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Pairs"))) + QLatin1String(table)
        + row({ esc(tr("Development")), esc(tr("Production")), esc(tr("Paired by")), esc(tr("Containers")) }, true);
    for (const PairLine& line : pairLines(comparison))
        html += row({ esc(line.dev), esc(line.prod), esc(line.matchedBy), esc(line.containers) });
    html += QStringLiteral("</table>");
    for (const Side side : { Side::Dev, Side::Prod }) {
        const QStringList alone = withoutCounterpart(comparison, side);
        if (!alone.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc((side == Side::Dev ? tr("In development only (judged on their own): %1") : tr("In production only (judged on their own): %1"))
                                                        .arg(alone.join(QStringLiteral(", ")))));
    }
    if (const QStringList skipped = skippedLines(comparison); !skipped.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Skipped")));
        for (const QString& line : skipped)
            html += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("Policy")), esc(comparison.policy.isEmpty() ? tr("none (every catalogue check at its catalogue severity)") : comparison.policy.name));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Input digests (SHA-256)"))) + QLatin1String(table) + row({ esc(tr("Side")), esc(tr("File")), QStringLiteral("SHA-256") }, true);
    for (const LabelledInput& input : inputsOf(comparison))
        html += row({ input.side, esc(input.file.path), QStringLiteral("<span style=\"font-family: monospace; font-size: 7pt\">") + esc(input.file.digestText()) + QStringLiteral("</span>") });
    html += QStringLiteral("</table>");

    html += pageBreak + QStringLiteral("<h1>%1</h1>").arg(esc(tr("Executive summary")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(verdict(comparison)));
    for (const QString& warning : { incompleteWarning(comparison), keyWarning(comparison) }) {
        if (!warning.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(warning));
    }
    html += QStringLiteral("<p><img src=\"chart://scores\" width=\"480\"></p>");
    QStringList counts;
    for (int c = 0; c < classificationCount; ++c)
        counts << QStringLiteral("%1 %2").arg(comparison.classificationCounts[static_cast<std::size_t>(c)]).arg(QLatin1String(classificationName(static_cast<Classification>(c))));
    html += QStringLiteral("<p>%1</p>").arg(esc(counts.join(QStringLiteral(" · "))));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Most severe open findings")));
    html += QLatin1String(table) + row({ esc(tr("Severity")), esc(tr("Classification")), esc(tr("Check")), esc(tr("Workload")) }, true);
    int listed = 0;
    for (int s = 3; s >= 0 && listed < 10; --s) {
        for (const Gap& gap : comparison.gaps) {
            if (listed >= 10)
                break;
            if (!isFailing(gap.classification) || static_cast<int>(gap.severity) != s)
                continue;
            html += row({ QLatin1String(severityName(gap.severity)), QLatin1String(classificationName(gap.classification)), esc(gap.checkId + QLatin1Char(' ') + gap.title),
                esc(subject(gap)) });
            ++listed;
        }
    }
    html += QStringLiteral("</table>");

    int done = 0;
    for (int d = 0; d < domainCount; ++d) {
        const auto domain = static_cast<Domain>(d);
        html += pageBreak + QStringLiteral("<h1>%1</h1>").arg(esc(tr("Domain: %1").arg(domainTitle(domain))));
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Score: dev %1, prod %2")
                                                          .arg(scoreText(comparison.devScores.score[static_cast<std::size_t>(d)]),
                                                              scoreText(comparison.prodScores.score[static_cast<std::size_t>(d)]))));
        QString rows;
        for (const Gap& gap : comparison.gaps) {
            if (gap.domain != domain)
                continue;
            if (control.cancelled())
                return Error { {}, {}, tr("export cancelled"), true };
            control.report(++done, total);
            const QString what = QStringLiteral("<b>") + esc(gap.checkId) + QStringLiteral("</b> ") + esc(headline(gap));
            rows += row({ QLatin1String(classificationName(gap.classification)), esc(severityText(gap)), what, esc(subject(gap)),
                esc(valueText(gap, Side::Dev)), esc(valueText(gap, Side::Prod)) });
            // Defaults, fixes and waivers get a full-width row: in a narrow column they would be unreadable.
            QStringList notes;
            for (const Side side : { Side::Dev, Side::Prod }) {
                QString note = sourceText(gap, side);
                if (const QString unset = defaultText(gap, side); !unset.isEmpty())
                    note += (note.isEmpty() ? QString() : QStringLiteral(": ")) + unset;
                if (!note.isEmpty())
                    notes << esc(QLatin1String(sideName(side)) + QStringLiteral(" @ ") + note);
            }
            for (const QString& fix : fixes(gap))
                notes << esc(fix);
            if (gap.waiver >= 0) {
                const Waiver& waiver = comparison.policy.waivers[static_cast<std::size_t>(gap.waiver)];
                notes << esc(gap.classification == Classification::Waived
                        ? tr("Waived (%1) by %2 until %3: ").arg(waiver.id, waiver.owner, waiver.expires.toString(Qt::ISODate)) + waiver.reason
                        : tr("Waiver %1 expired on %2; the gap counts again.").arg(waiver.id, waiver.expires.toString(Qt::ISODate)));
            }
            if (!notes.isEmpty())
                rows += QStringLiteral("<tr><td colspan=\"6\"><i>") + notes.join(QStringLiteral("<br>")) + QStringLiteral("</i></td></tr>");
        }
        if (rows.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No gaps in this domain.")));
        else
            html += QLatin1String(table) + domainHeader() + rows + QStringLiteral("</table>");
    }

    html += pageBreak + QStringLiteral("<h1>%1</h1>").arg(esc(tr("Appendix: waivers")));
    const Policy& policy = comparison.policy;
    if (policy.waivers.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No waivers.")));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Judged on %1.").arg(policy.evaluatedOn.toString(Qt::ISODate))));
        html += QLatin1String(table)
            + row({ esc(tr("Waiver")), esc(tr("State")), esc(tr("Check")), esc(tr("Workload")), esc(tr("Owner")), esc(tr("Reason")), esc(tr("Ticket")), esc(tr("Expires")) }, true);
        for (const Waiver& waiver : policy.waivers) {
            html += row({ esc(waiver.id), QLatin1String(waiverStateName(waiver.stateOn(policy.evaluatedOn))), esc(waiver.check), esc(waiver.workload), esc(waiver.owner),
                esc(waiver.reason), esc(waiver.ticket), waiver.expires.toString(Qt::ISODate) });
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");

    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://scores")), scoreChart(comparison));
    document.setHtml(html);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Crossroads posture report: %1 vs %2").arg(comparison.dev.name, comparison.prod.name));
        writer.setCreator(QStringLiteral("crossroads"));
        document.print(&writer);
    }
    control.report(total, total);
    return buffer.data();
}

} // namespace crossroads
