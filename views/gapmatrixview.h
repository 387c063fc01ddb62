// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"
#include "gapmatrixmodel.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace crossroads {

class GapMatrixFilter;
class GapMatrixModel;

/// The gap matrix page: filters (free text, domain, severity, classification, namespace,
/// pairing), the matrix itself and its legend. Selecting a cell announces the gaps behind it;
/// a new comparison opens on its worst finding.
class GapMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit GapMatrixView(QWidget* parent = nullptr);

    /// layout: the model's layout of the comparison when worked out already, or null.
    void setComparison(std::shared_ptr<const Comparison> comparison, std::shared_ptr<const GapMatrixModel::Layout> layout = nullptr);
    /// Selects the cell holding a gap (from the dashboard or training), clearing filters that hide it.
    void showGap(int gapIndex);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* domainFilter() const { return m_domain; }
    QComboBox* severityFilter() const { return m_severity; }
    QComboBox* classificationFilter() const { return m_classification; }
    QComboBox* pairingFilter() const { return m_pairing; }
    QCheckBox* idsToggle() const { return m_ids; }
    GapMatrixModel* model() const { return m_model; }
    GapMatrixFilter* filter() const { return m_filter; }

Q_SIGNALS:
    void gapsSelected(const QList<int>& gapIndexes, const QString& cellTitle);
    /// The selected cell is no longer shown (a filter hid it).
    void selectionCleared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void clearFilters();
    void updateCount();
    void emitSelection(const QModelIndex& current);
    void selectWorstCell();

    GapMatrixModel* m_model;
    GapMatrixFilter* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_domain;
    QComboBox* m_severity;
    QComboBox* m_classification;
    QComboBox* m_namespace;
    QComboBox* m_pairing;
    QCheckBox* m_ids;
    QLabel* m_count;
    bool m_revealCurrent = false; ///< scroll to the current cell once the page is shown
};

} // namespace crossroads
