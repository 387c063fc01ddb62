// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/reportcontrol.h"

class QPdfWriter;
class QString;
class QTextDocument;

namespace crossroads {

/// Prints a QTextDocument onto a PDF writer page after page, as QTextDocument::print lays out
/// an unpaginated document (2 cm margins, the page number at the foot, `footer` beside it), but with progress and
/// cancel between pages: the document is laid out lazily, page by page, so a report of tens of
/// thousands of findings neither sits at one percentage for minutes nor ignores Cancel.
/// Progress runs from `from` to `to` of `scale`, by how much of the text is on paper.
class PdfPages {
public:
    /// False when cancelled; the writer then holds the pages printed so far.
    static bool print(QTextDocument& document, QPdfWriter& writer, const QString& footer, const ReportControl& control, int from, int to, int scale);
};

} // namespace crossroads
