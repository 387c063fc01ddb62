// SPDX-License-Identifier: Apache-2.0
#include "problemspanel.h"

#include "problemlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace crossroads {

ProblemsPanel::ProblemsPanel(ProblemListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_table->setModel(model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Problems"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    updateSummary();
}

void ProblemsPanel::updateSummary()
{
    const int errors = m_model->errorCount();
    const int skipped = m_model->rowCount() - errors;
    m_summary->setText(m_model->rowCount() == 0 ? tr("Every input was read.")
                                                : tr("%1 input(s) could not be read; %2 item(s) skipped on purpose.").arg(errors).arg(skipped));
    m_table->resizeColumnsToContents();
}

} // namespace crossroads
