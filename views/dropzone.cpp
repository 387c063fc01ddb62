// SPDX-License-Identifier: Apache-2.0
#include "dropzone.h"

#include "secondarytext.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossroads {

DropZone::DropZone(const QString& title, const QString& hint, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_hint(new QLabel(hint, this))
    , m_list(new QListWidget(this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    // Empty, the zone says what belongs in it, large and centred where the list will be.
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(24);
    QFont hintFont = m_hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.15);
    m_hint->setFont(hintFont);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setFrameShadow(QFrame::Sunken);
    showAsSecondary(m_hint);
    m_list->setAccessibleName(tr("%1: chosen inputs").arg(title));
    m_list->setToolTip(tr("Press Delete to remove the selected input"));
    auto* files = new QPushButton(QIcon(QStringLiteral(":/crossroads/icons/open.svg")), tr("Add files…"), this);
    auto* folder = new QPushButton(tr("Add folder…"), this);
    auto* clear = new QPushButton(tr("Clear"), this);
    files->setAccessibleName(tr("%1: add files").arg(title));
    folder->setAccessibleName(tr("%1: add folder").arg(title));
    clear->setAccessibleName(tr("%1: clear").arg(title));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(files);
    buttons->addWidget(folder);
    buttons->addStretch();
    buttons->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(files, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this, tr("%1: choose input files").arg(m_title), QString(),
            tr("Inputs (*.json *.yaml *.yml);;All files (*)")));
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("%1: choose a folder").arg(m_title));
        if (!path.isEmpty())
            addPaths({ path });
    });
    connect(clear, &QPushButton::clicked, this, [this] { setPaths({}); });
    refresh();
}

void DropZone::setPaths(const QStringList& paths)
{
    m_paths = paths;
    refresh();
    Q_EMIT pathsChanged();
}

void DropZone::addPaths(const QStringList& paths)
{
    bool changed = false;
    for (const QString& path : paths) {
        if (!path.isEmpty() && !m_paths.contains(path)) {
            m_paths << path;
            changed = true;
        }
    }
    if (changed)
        setPaths(m_paths);
}

QStringList DropZone::localPaths(const QMimeData* mime)
{
    QStringList result;
    if (mime == nullptr || !mime->hasUrls())
        return result;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            result << url.toLocalFile();
    }
    return result;
}

void DropZone::refresh()
{
    m_list->clear();
    for (const QString& path : m_paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(info.isDir() ? tr("%1 (folder)").arg(info.fileName()) : info.fileName(), m_list);
        item->setToolTip(path);
    }
    m_hint->setVisible(m_paths.isEmpty());
    m_list->setVisible(!m_paths.isEmpty());
}

void DropZone::setHighlighted(bool on)
{
    setFrameShadow(on ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(on ? 2 : 1);
    setBackgroundRole(on ? QPalette::AlternateBase : QPalette::Window);
    setAutoFillBackground(on);
}

void DropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    addPaths(paths);
    event->acceptProposedAction();
}

void DropZone::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && m_list->currentRow() >= 0) {
        QStringList remaining = m_paths;
        remaining.removeAt(m_list->currentRow());
        setPaths(remaining);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace crossroads
