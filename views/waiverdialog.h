// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"
#include "policy/waiver.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace crossroads {

/// Accepting a gap as a risk: who owns it, why, the ticket, until when, and which policy file
/// the waiver is written to. The file is named in the dialog and nothing is written before the
/// user confirms; a new file is created as a minimal policy holding only waivers.
class WaiverDialog : public QDialog {
    Q_OBJECT
public:
    WaiverDialog(const Gap& gap, const Policy& policy, const QStringList& writableFiles, QWidget* parent = nullptr);

    Waiver waiver() const;
    QString policyFile() const;

    /// Writes the waiver (creating the file as an empty policy if it does not exist yet).
    static Status write(const QString& path, const Waiver& waiver);
    /// "W-1", "W-2", …: the first id the merged policy does not use.
    static QString nextId(const Policy& policy);

private:
    void updateAcceptable();

    QString m_id;
    QLineEdit* m_check;
    QLineEdit* m_workload;
    QComboBox* m_side;
    QLineEdit* m_owner;
    QLineEdit* m_reason;
    QLineEdit* m_ticket;
    QDateEdit* m_expires;
    QComboBox* m_file;
    QLabel* m_where;
    QDialogButtonBox* m_buttons;
};

} // namespace crossroads
