// SPDX-License-Identifier: Apache-2.0
#include "reportexport.h"

#include "pdfreport.h"
#include "report/comparisonjson.h"
#include "report/htmlreport.h"
#include "report/markdownreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace crossroads::ReportExport {

namespace {

QStringList filterList()
{
    auto tr = [](const char* text) { return QCoreApplication::translate("crossroads::ReportExport", text); };
    return { tr("JSON comparison (*.json)"), tr("SARIF 2.1.0 (*.sarif)"), tr("Markdown (*.md)"), tr("HTML report (*.html)"), tr("PDF report (*.pdf)"),
        tr("Text, as in a terminal (*.txt)") };
}

} // namespace

QString filters()
{
    return filterList().join(QStringLiteral(";;"));
}

QString filterOf(Format format)
{
    return filterList().value(static_cast<qsizetype>(format));
}

std::optional<Format> formatOfPath(const QString& path)
{
    const QString extension = QFileInfo(path).suffix().toLower();
    for (const Format format : { Format::Json, Format::Sarif, Format::Markdown, Format::Html, Format::Pdf, Format::Text }) {
        if (suffix(format) == extension)
            return format;
    }
    return std::nullopt;
}

Format formatOfFilter(const QString& filter)
{
    const int index = static_cast<int>(filterList().indexOf(filter));
    return index < 0 ? Format::Html : static_cast<Format>(index);
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Json: return QStringLiteral("json");
    case Format::Sarif: return QStringLiteral("sarif");
    case Format::Markdown: return QStringLiteral("md");
    case Format::Html: return QStringLiteral("html");
    case Format::Text: return QStringLiteral("txt");
    case Format::Pdf: break;
    }
    return QStringLiteral("pdf");
}

Result<QByteArray> write(const Comparison& comparison, Format format, const ReportControl& control)
{
    switch (format) {
    case Format::Json: return ComparisonJson::write(comparison);
    case Format::Sarif: return SarifReport::write(comparison);
    case Format::Markdown: return MarkdownReport::write(comparison).toUtf8();
    case Format::Text: return TextReport::write(comparison, false).toUtf8();
    case Format::Html: {
        Result<QString> html = HtmlReport::write(comparison, control);
        if (!html)
            return html.error();
        return html->toUtf8();
    }
    case Format::Pdf: break;
    }
    return PdfReport::write(comparison, control);
}

} // namespace crossroads::ReportExport
