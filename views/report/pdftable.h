// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

/// A table of the PDF report, with column widths taken from its content: QTextDocument gives
/// every column the same room when left alone, and breaks words mid-word ("Classificat ion")
/// when a percentage is narrower than the longest word. Each column gets at least its longest
/// word, and the rest of the line in proportion to how much text the column holds.
class PdfTable {
public:
    explicit PdfTable(QStringList headers);

    /// Cells are HTML (escaped by the caller); `note`, if any, spans the whole row below.
    void addRow(QStringList cells, const QString& background = {}, const QString& note = {});
    bool isEmpty() const { return m_rows.empty(); }
    QString html() const;

    /// The widths in percent, summing to 100 (exposed for tests).
    std::vector<int> widths() const;

private:
    struct Row {
        QStringList cells;
        QString background, note;
    };
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace crossroads
