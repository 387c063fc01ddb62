// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"
#include "report/findingsummary.h"

#include <QAbstractTableModel>

#include <memory>

namespace crossroads {

/// The risks a policy accepts, as a CISO presents them: each waiver in use with its owner, what
/// it covers, how many gaps, and its expiry (soonest first; expired ones and those expiring
/// within 30 days of the judging day are marked).
class AcceptedRiskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WaiverColumn, OwnerColumn, CheckColumn, WorkloadColumn, ExpiresColumn, GapsColumn, ColumnCount };
    enum Role { DaysLeftRole = Qt::UserRole + 1 };

    explicit AcceptedRiskModel(QObject* parent = nullptr);
    void setComparison(std::shared_ptr<const Comparison> comparison);
    int expiringSoon() const; ///< risks expiring within 30 days, or already expired

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Comparison> m_comparison; ///< keeps the waivers the risks point to
    std::vector<AcceptedRisk> m_risks;
};

} // namespace crossroads
