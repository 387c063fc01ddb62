// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace crossroads {

/// Sorting and filtering of the gap matrix: a domain hides the other domains' columns; a
/// severity floor and a classification keep the rows with at least one such cell; namespace,
/// pairing and free text (workload names, case-insensitive) narrow the rows. A namespace
/// heading shows while one of its workloads does, and sorting keeps each heading above its
/// workloads whatever the column and order. Cells that do not match stay visible but report
/// MatchesFilterRole = false, so the delegate can dim them.
class GapMatrixFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum Role { MatchesFilterRole = Qt::UserRole + 100 };
    /// Which rows by pairing: everything, the pairs (and the engines), or only the workloads
    /// with no counterpart.
    enum class Pairing { All, PairsOnly, UnpairedOnly };

    explicit GapMatrixFilter(QObject* parent = nullptr);

    void setDomain(std::optional<Domain> domain);
    void setMinimumSeverity(std::optional<Severity> severity);
    void setClassification(std::optional<Classification> classification);
    void setNamespace(const QString& nameSpace);
    void setText(const QString& text);
    void setPairing(Pairing pairing);
    /// Workload rows shown (namespace headings not counted).
    int shownWorkloadRows() const;

    std::optional<Domain> domain() const { return m_domain; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool acceptsWorkloadRow(int sourceRow) const;
    bool cellMatches(const QModelIndex& sourceIndex) const;
    bool filtersCells() const { return m_severity.has_value() || m_classification.has_value(); }
    void refilter();

    std::optional<Domain> m_domain;
    std::optional<Severity> m_severity;
    std::optional<Classification> m_classification;
    QString m_namespace;
    QString m_text;
    Pairing m_pairing = Pairing::All;
};

} // namespace crossroads
