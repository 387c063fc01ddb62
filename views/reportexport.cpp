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
#include <QSaveFile>

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

Status write(const Comparison& comparison, Format format, const QString& path, const ReportControl& control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { path, {}, QCoreApplication::translate("crossroads::ReportExport", "cannot write: %1").arg(file.errorString()) };
    // Written as each report is produced (a cluster's runs to hundreds of megabytes); the PDF is
    // held in memory until its last page. A cancel or failure leaves no file: QSaveFile commits at the end only.
    Status written = Done {};
    bool ok = true;
    switch (format) {
    case Format::Json: ok = ComparisonJson::write(comparison, file, control); break;
    case Format::Sarif: ok = SarifReport::write(comparison, file, {}, control); break;
    case Format::Markdown: ok = MarkdownReport::write(comparison, file, control); break;
    case Format::Text: ok = TextReport::write(comparison, false, file, control); break;
    case Format::Html: written = HtmlReport::write(comparison, file, control); break;
    case Format::Pdf: {
        Result<QByteArray> pdf = PdfReport::write(comparison, control);
        if (!pdf)
            written = pdf.error();
        else
            ok = file.write(*pdf) == pdf->size();
        break;
    }
    }
    if (!written)
        return written;
    if (control.cancelled())
        return Error { path, {}, QCoreApplication::translate("crossroads::ReportExport", "export cancelled"), true };
    if (!ok || !file.commit())
        return Error { path, {}, QCoreApplication::translate("crossroads::ReportExport", "cannot write: %1").arg(file.errorString()) };
    return Done {};
}

} // namespace crossroads::ReportExport
