// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/comparisonjob.h"

#include <QDateTime>
#include <QWidget>

class QGroupBox;
class QLabel;
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
    /// Names the comparison on screen: its title, both sides' inputs (shortened, in full in the
    /// tooltip) and when it was loaded. Until one is loaded the box is hidden.
    void showLoaded(const QString& title, const ComparisonRequest& request, const QDateTime& loadedAt);
    QGroupBox* loadedBox() const { return m_loaded; }
    /// An input as a person reads it: bundled data as such, the home folder as ~, and a long
    /// path as its last two parts.
    static QString shortPath(const QString& path);

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
    QGroupBox* m_loaded;
    QLabel* m_loadedTitle;
    QLabel* m_loadedDev;
    QLabel* m_loadedProd;
    QLabel* m_loadedAt;
};

} // namespace crossroads
