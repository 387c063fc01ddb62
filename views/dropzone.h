// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;
class QMimeData;

namespace crossroads {

/// One side's inputs on the welcome page: drop files or folders on it, or browse for them.
/// Shows what was chosen; Delete removes the selected entry.
class DropZone : public QFrame {
    Q_OBJECT
public:
    DropZone(const QString& title, const QString& hint, QWidget* parent = nullptr);

    QStringList paths() const { return m_paths; }
    void setPaths(const QStringList& paths);
    void addPaths(const QStringList& paths);

    /// Local files and folders among dropped URLs.
    static QStringList localPaths(const QMimeData* mime);

Q_SIGNALS:
    void pathsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void setHighlighted(bool on);

    QString m_title;
    QStringList m_paths;
    QLabel* m_hint;
    QListWidget* m_list;
};

} // namespace crossroads
