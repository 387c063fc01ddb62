// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace crossroads {

class ProblemListModel;

/// Non-modal list of what could not be loaded or was skipped, with file and place, so the
/// good inputs stay usable while the bad ones are fixed.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(ProblemListModel* model, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    void updateSummary();

private:
    ProblemListModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace crossroads
