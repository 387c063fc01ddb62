// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QAbstractItemModel;
class QPushButton;

namespace crossroads {

/// Help ▸ Report a problem: what a useful report holds (the version, an exported JSON report or
/// a snapshot, the Problems panel) and what must never be attached (secrets, kubeconfigs, .env
/// files, private keys), with buttons that copy the version and the Problems panel as text.
class ReportProblemDialog : public QDialog {
    Q_OBJECT
public:
    /// problems: the Problems panel's model (read when copying, so it is always the current one).
    explicit ReportProblemDialog(const QAbstractItemModel* problems, QWidget* parent = nullptr);

    /// The version of Crossroads and of Qt, the system, the display platform and the locale
    /// (in English: it is for the maintainers).
    static QString versionInfo();
    /// Every row of a table model as tab-separated lines under its header.
    static QString tableText(const QAbstractItemModel& model);
    QPushButton* copyVersionButton() const { return m_copyVersion; }
    QPushButton* copyProblemsButton() const { return m_copyProblems; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    const QAbstractItemModel* m_problems;
    QPushButton* m_copyVersion;
    QPushButton* m_copyProblems;
};

} // namespace crossroads
