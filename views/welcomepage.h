// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/comparisonjob.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace crossroads {

class DropZone;

/// The first page: open the bundled demo, choose (or drop) a dev side and a prod side, collect
/// the local engine as the dev side, reopen a recent comparison, or start training.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    DropZone* devZone() const { return m_dev; }
    DropZone* prodZone() const { return m_prod; }
    QPushButton* demoButton() const { return m_demo; }
    QPushButton* compareButton() const { return m_compare; }
    void refreshRecent();

Q_SIGNALS:
    void demoRequested();
    void trainingRequested();
    void collectRequested(const QString& engine);
    void compareRequested(const crossroads::ComparisonRequest& request);

private:
    void updateCompareButton();

    // Created in this order, which is the Tab order: the quick actions first, then both sides.
    QPushButton* m_demo;
    QPushButton* m_collect;
    QPushButton* m_training;
    DropZone* m_dev;
    DropZone* m_prod;
    QPushButton* m_compare;
    QListWidget* m_recent;
};

} // namespace crossroads
