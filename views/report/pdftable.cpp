// SPDX-License-Identifier: Apache-2.0
#include "pdftable.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crossroads {

namespace {

/// The A4 page's text width (210 mm less two 15 mm margins) in points, the room a cell needs
/// around its text (padding and border), and the report's body font size.
constexpr double lineWidth = 180.0 / 25.4 * 72.0;
constexpr double cellPadding = 12.0;
/// QTextDocument lays text out a little wider than QFontMetricsF measures it (hinting at its
/// layout resolution): without this margin, a column exactly as wide as its word breaks it.
constexpr double layoutSlack = 1.2;
constexpr double fontSize = 8.5;
/// Longer "words" (digests, paths, pointers) are broken anyway and get no more room than this.
constexpr double maximumWord = 130.0;

/// The text a reader sees in a cell of our own markup: tags dropped, entities as one character.
QString plainText(const QString& html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&[#a-zA-Z0-9]+;"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(entities, QStringLiteral("m"));
    return text;
}

/// The widest word of `text` in points, in `font`.
double widestWord(const QString& text, const QFontMetricsF& metrics, double pointsPerUnit)
{
    double widest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word) * pointsPerUnit);
    return widest;
}

} // namespace

PdfTable::PdfTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void PdfTable::addRow(QStringList cells, const QString& background, const QString& note)
{
    m_rows.push_back({ std::move(cells), background, note });
}

std::vector<int> PdfTable::widths() const
{
    QFont regular = QGuiApplication::font();
    regular.setPointSizeF(fontSize);
    QFont bold = regular;
    bold.setBold(true);
    const QFontMetricsF regularMetrics(regular), boldMetrics(bold);
    const double pointsPerUnit = 72.0 / regularMetrics.fontDpi(); // metrics are in device pixels

    const auto columns = static_cast<std::size_t>(m_headers.size());
    std::vector<double> minimum(columns, cellPadding), share(columns, 1.0);
    auto measure = [&](const QStringList& cells, const QFontMetricsF& metrics) {
        for (std::size_t c = 0; c < columns && c < static_cast<std::size_t>(cells.size()); ++c) {
            const QString text = plainText(cells[static_cast<qsizetype>(c)]);
            // A digest or a long path breaks whatever its column's width; it must not squeeze the others.
            const double word = std::min(widestWord(text, metrics, pointsPerUnit) * layoutSlack, maximumWord);
            minimum[c] = std::max(minimum[c], word + cellPadding);
            share[c] += std::min<double>(static_cast<double>(text.size()), 80.0); // one huge cell must not take the page
        }
    };
    measure(m_headers, boldMetrics);
    for (const Row& row : m_rows)
        measure(row.cells, regularMetrics);

    // Each column its widest word, then the rest of the line in proportion to its text.
    std::vector<double> points(columns);
    const double minimumTotal = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    const double shareTotal = std::accumulate(share.cbegin(), share.cend(), 0.0);
    const double spare = std::max(0.0, lineWidth - minimumTotal);
    for (std::size_t c = 0; c < columns; ++c)
        points[c] = minimum[c] + spare * share[c] / shareTotal;
    const double total = std::accumulate(points.cbegin(), points.cend(), 0.0);
    std::vector<int> out(columns);
    int sum = 0;
    for (std::size_t c = 0; c < columns; ++c) {
        // Rounded up: rounded down, a column fitted to its widest word ("unknown") breaks it.
        out[c] = std::max(1, static_cast<int>(std::ceil(points[c] * 100.0 / total)));
        sum += out[c];
    }
    if (!out.empty())
        out[static_cast<std::size_t>(std::max_element(out.begin(), out.end()) - out.begin())] += 100 - sum; // the widest gives the rounding back
    return out;
}

QString PdfTable::html() const
{
    const std::vector<int> percent = widths();
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-color: #d0d7de\"><thead><tr>");
    for (qsizetype c = 0; c < m_headers.size(); ++c)
        out += QStringLiteral("<th width=\"%1%\" align=\"left\">").arg(percent[static_cast<std::size_t>(c)]) + m_headers[c] + QStringLiteral("</th>");
    // In a <thead>, Qt repeats the header row at the top of every page the table continues on.
    out += QStringLiteral("</tr></thead><tbody>");
    for (const Row& row : m_rows) {
        out += row.background.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"background-color: %1\">").arg(row.background);
        for (const QString& cell : row.cells)
            out += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
        if (!row.note.isEmpty())
            out += QStringLiteral("<tr><td colspan=\"%1\" style=\"font-size: 7pt; color: #424a53\">").arg(m_headers.size()) + row.note + QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</tbody></table>");
}

} // namespace crossroads
