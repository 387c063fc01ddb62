// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QWidget>

#include <memory>

class QBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace crossroads {

/// One gap in full: dev and prod values side by side with where each came from, why it
/// matters, the fix for Podman/Docker and for Kubernetes (copyable), and the references.
/// A matrix cell may stand for several containers: a selector switches between their gaps.
class GapDetailView : public QWidget {
    Q_OBJECT
public:
    explicit GapDetailView(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void showGaps(const QList<int>& gapIndexes, const QString& emptyTitle = {});
    void showGap(int gapIndex) { showGaps({ gapIndex }); }
    /// Back to "select a cell" (the selected cell was filtered out of the matrix).
    void clearSelection();

    int currentGap() const { return m_current; }
    QString devValueText() const;
    QString prodValueText() const;
    /// What a side's platform default means, as shown under its value; empty when hidden.
    QString defaultNoteText(Side side) const;
    QString workloadText(Side side) const;
    QPushButton* waiverButton() const { return m_addWaiver; }

Q_SIGNALS:
    void waiverRequested(int gapIndex);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void show(int gapIndex);
    QWidget* sideBox(const QString& title, QLabel*& workload, QLabel*& value, QLabel*& source, QLabel*& note);
    QWidget* fixBox(const QString& title, QLabel*& text);

    std::shared_ptr<const Comparison> m_comparison;
    QList<int> m_gaps;
    int m_current = -1;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_badges;
    QComboBox* m_containers;
    QLabel *m_devWorkload, *m_devValue, *m_devSource, *m_devNote;
    QLabel *m_prodWorkload, *m_prodValue, *m_prodSource, *m_prodNote; ///< notes: what a platform default means
    QLabel* m_rationale;
    QLabel* m_fixPodman;
    QLabel* m_fixKubernetes;
    QLabel* m_references;
    QLabel* m_waiver;
    QPushButton* m_addWaiver;
    QBoxLayout* m_fixes = nullptr; ///< side by side when the panel is wide, else one above the other
};

} // namespace crossroads
