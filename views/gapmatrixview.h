// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace crossroads {

class GapMatrixFilter;
class GapMatrixModel;

/// The gap matrix page: filters (free text, domain, severity, classification, namespace), the
/// matrix itself and its legend. Selecting a cell announces the gaps behind it.
class GapMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit GapMatrixView(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    /// Selects the cell holding a gap (from the dashboard or training), clearing filters that hide it.
    void showGap(int gapIndex);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* domainFilter() const { return m_domain; }
    QComboBox* severityFilter() const { return m_severity; }
    QComboBox* classificationFilter() const { return m_classification; }
    GapMatrixModel* model() const { return m_model; }
    GapMatrixFilter* filter() const { return m_filter; }

Q_SIGNALS:
    void gapsSelected(const QList<int>& gapIndexes, const QString& cellTitle);
    /// The selected cell is no longer shown (a filter hid it).
    void selectionCleared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilters();
    void clearFilters();
    void updateCount();
    void emitSelection(const QModelIndex& current);

    GapMatrixModel* m_model;
    GapMatrixFilter* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_domain;
    QComboBox* m_severity;
    QComboBox* m_classification;
    QComboBox* m_namespace;
    QLabel* m_count;
};

} // namespace crossroads
