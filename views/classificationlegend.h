// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace crossroads {

/// The key to the gap matrix: each classification's glyph on its colour, its name, and what it
/// means (as a tooltip), laid out in one wrapping row.
class ClassificationLegend : public QWidget {
    Q_OBJECT
public:
    explicit ClassificationLegend(QWidget* parent = nullptr);
};

} // namespace crossroads
