// SPDX-License-Identifier: Apache-2.0
#include "pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace crossroads {

bool PdfPages::print(QTextDocument& document, QPdfWriter& writer, const QString& footer, const ReportControl& control, int from, int to, int scale)
{
    QPainter painter(&writer);
    if (!painter.isActive())
        return true; // the writer's device refused: the caller sees its error
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    layout->setPaintDevice(&writer);
    // Margins are given at 96 dpi, the layout scales them to the device (as print() does).
    constexpr qreal sourceDpi = 96;
    const int margin = static_cast<int>(2 / 2.54 * sourceDpi);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(margin);
    document.rootFrame()->setFrameFormat(frame);
    const QSizeF body(writer.width(), writer.height());
    document.setPageSize(body);
    const qreal deviceMargin = margin * writer.logicalDpiY() / sourceDpi;
    const QFont numberFont(document.defaultFont(), &writer);
    const QPointF numberAt(body.width() - deviceMargin,
        body.height() - deviceMargin + QFontMetrics(numberFont).ascent() + 5 * writer.logicalDpiY() / 72.0);

    const QTextBlock last = document.lastBlock();
    const int characters = std::max(1, document.characterCount());
    int printed = 0;
    for (int page = 0;; ++page) {
        // Only what has been drawn is laid out: the end is known once the last block is.
        if (last.layout()->lineCount() > 0 && page * body.height() >= layout->blockBoundingRect(last).bottom())
            break;
        if (control.cancelled())
            return false;
        if (page > 0)
            writer.newPage();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black); // paper, whatever the desktop's palette
        layout->draw(&painter, context);
        painter.setClipping(false);
        painter.setFont(numberFont);
        const QString number = QString::number(page + 1);
        const int numberLeft = qRound(numberAt.x() - painter.fontMetrics().horizontalAdvance(number));
        painter.drawText(numberLeft, qRound(numberAt.y() + view.top()), number);
        const int footerWidth = numberLeft - qRound(deviceMargin) - painter.fontMetrics().horizontalAdvance(QStringLiteral("MM"));
        painter.drawText(qRound(deviceMargin), qRound(numberAt.y() + view.top()), painter.fontMetrics().elidedText(footer, Qt::ElideMiddle, footerWidth));
        painter.restore();
        // Where the page ends in the text, roughly (a table cell may sit before its row's
        // neighbour): never reported backwards, and the end only once the file is done.
        printed = std::max(printed, std::clamp(layout->hitTest(QPointF(body.width() / 2, view.bottom()), Qt::FuzzyHit), 0, characters));
        control.report(std::min(from + static_cast<int>(static_cast<qint64>(to - from) * printed / characters), to - 1), scale);
    }
    return true;
}

} // namespace crossroads
