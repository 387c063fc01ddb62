// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include "common/shortdatetime.h"
#include "dropzone.h"
#include "recentcomparisons.h"

#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossroads {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_demo(new QPushButton(QIcon(QStringLiteral(":/crossroads/icons/dashboard.svg")), tr("Open the &demo"), this))
    , m_collect(new QPushButton(QIcon(QStringLiteral(":/crossroads/icons/collect.svg")), tr("Co&llect local engine"), this))
    , m_training(new QPushButton(QIcon(QStringLiteral(":/crossroads/icons/training.svg")), tr("&Training scenarios"), this))
    , m_dev(new DropZone(tr("Development side"), tr("Drop podman or docker inspect and info output, compose files or saved snapshots here, or add them below."), this))
    , m_prod(new DropZone(tr("Production side"), tr("Drop Kubernetes manifests, kubectl get -o json output or a folder of them here, or add them below."), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_recent(new QListWidget(this))
    , m_loaded(new QGroupBox(tr("Loaded now"), this))
    , m_loadedTitle(new QLabel(m_loaded))
    , m_loadedDev(new QLabel(m_loaded))
    , m_loadedProd(new QLabel(m_loaded))
    , m_loadedAt(new QLabel(m_loaded))
{
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/crossroads/icons/crossroads.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("<h1>Crossroads</h1><p>Where development and production part ways: compare the security posture of a "
                                "Podman, Docker or compose environment with the Kubernetes one it ships to — runtime, namespaces, network, "
                                "secrets and image supply chain.</p>"),
        this);
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    m_demo->setDefault(true);
    m_demo->setIconSize(QSize(24, 24));
    m_demo->setToolTip(tr("A rootless Podman dev side against a Kubernetes 1.30 prod side"));
    QPushButton* collect = m_collect;
    collect->setIconSize(QSize(24, 24));
    collect->setToolTip(tr("Read the local Podman or Docker engine as the development side"));
    auto* menu = new QMenu(collect);
    menu->addAction(tr("Podman"), this, [this] { Q_EMIT collectRequested(QStringLiteral("podman")); });
    menu->addAction(tr("Docker"), this, [this] { Q_EMIT collectRequested(QStringLiteral("docker")); });
    collect->setMenu(menu);
    QPushButton* training = m_training;
    training->setIconSize(QSize(24, 24));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_demo);
    actions->addWidget(collect);
    actions->addWidget(training);
    actions->addStretch();

    // Two rows, so a loaded comparison costs the drop zones little height on a laptop screen.
    auto* loaded = new QGridLayout(m_loaded);
    QFont bold = m_loadedTitle->font();
    bold.setBold(true);
    m_loadedTitle->setFont(bold);
    loaded->addWidget(m_loadedTitle, 0, 0, 1, 3);
    loaded->addWidget(m_loadedAt, 0, 3, 1, 2, Qt::AlignRight);
    loaded->addWidget(new QLabel(tr("Development:"), m_loaded), 1, 0);
    loaded->addWidget(m_loadedDev, 1, 1);
    loaded->addWidget(new QLabel(tr("Production:"), m_loaded), 1, 3);
    loaded->addWidget(m_loadedProd, 1, 4);
    loaded->setColumnStretch(1, 1);
    loaded->setColumnStretch(4, 1);
    loaded->setColumnMinimumWidth(2, 16);
    for (QLabel* label : { m_loadedTitle, m_loadedDev, m_loadedProd, m_loadedAt }) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // A long name must not widen the window: it is cut here and whole in the tooltip.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_loaded->hide();

    auto* sides = new QHBoxLayout;
    sides->addWidget(m_dev, 1);
    sides->addWidget(m_prod, 1);
    m_compare->setIcon(QIcon(QStringLiteral(":/crossroads/icons/matrix.svg")));
    m_compare->setToolTip(tr("Import both sides and compare them"));

    auto* recentBox = new QGroupBox(tr("Recent comparisons"), this);
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recent->setAccessibleName(tr("Recent comparisons"));
    recentLayout->addWidget(m_recent);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addSpacing(8);
    layout->addWidget(m_loaded);
    layout->addLayout(sides, 3);
    layout->addWidget(m_compare, 0, Qt::AlignRight);
    layout->addWidget(recentBox, 1);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(training, &QPushButton::clicked, this, &WelcomePage::trainingRequested);
    connect(m_dev, &DropZone::pathsChanged, this, &WelcomePage::updateCompareButton);
    connect(m_prod, &DropZone::pathsChanged, this, &WelcomePage::updateCompareButton);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        ComparisonRequest request;
        request.devPaths = m_dev->paths();
        request.prodPaths = m_prod->paths();
        Q_EMIT compareRequested(request);
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QVariantMap map = item->data(Qt::UserRole).toMap();
        ComparisonRequest request;
        request.devPaths = map.value(QStringLiteral("dev")).toStringList();
        request.prodPaths = map.value(QStringLiteral("prod")).toStringList();
        m_dev->setPaths(request.devPaths);
        m_prod->setPaths(request.prodPaths);
        Q_EMIT compareRequested(request);
    });
    updateCompareButton();
    refreshRecent();
}

void WelcomePage::updateCompareButton()
{
    m_compare->setEnabled(!m_dev->paths().isEmpty() && !m_prod->paths().isEmpty());
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    const QList<RecentComparisons::Entry> entries = RecentComparisons::load();
    for (const RecentComparisons::Entry& entry : entries) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(entry.title, shortDateTime(entry.openedAt)), m_recent);
        item->setToolTip(tr("Development: %1\nProduction: %2").arg(entry.devPaths.join(QStringLiteral(", ")), entry.prodPaths.join(QStringLiteral(", "))));
        item->setData(Qt::UserRole, QVariantMap { { QStringLiteral("dev"), entry.devPaths }, { QStringLiteral("prod"), entry.prodPaths } });
    }
    if (entries.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent comparisons yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

QString WelcomePage::shortPath(const QString& path)
{
    const QString bundled = QStringLiteral(":/crossroads/");
    if (path.startsWith(bundled))
        return tr("bundled %1").arg(path.mid(bundled.size()));
    QString shown = QDir::cleanPath(path);
    const QString home = QDir::homePath();
    if (home != QLatin1String("/") && (shown == home || shown.startsWith(home + QLatin1Char('/'))))
        shown = QLatin1Char('~') + shown.mid(home.size());
    // The file and its folder say which input it is; the rest is in the tooltip.
    const QStringList parts = shown.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (shown.size() > 40 && parts.size() > 2)
        shown = QStringLiteral("…/") + parts.mid(parts.size() - 2).join(QLatin1Char('/'));
    return QDir::toNativeSeparators(shown);
}

void WelcomePage::showLoaded(const QString& title, const ComparisonRequest& request, const QDateTime& loadedAt)
{
    const auto describe = [&request](QLabel* label, const QStringList& paths, const QString& spec) {
        if (!request.repository.isEmpty()) {
            // A snapshot read from a posture repository at a revision (REV:PATH).
            label->setText(tr("%1 in %2").arg(spec, shortPath(request.repository)));
            label->setToolTip(tr("%1 in the repository %2").arg(spec, QDir::toNativeSeparators(request.repository)));
            return;
        }
        QStringList shown;
        QStringList full;
        for (const QString& path : paths) {
            shown << shortPath(path);
            full << QDir::toNativeSeparators(path);
        }
        if (shown.size() > 2)
            label->setText(tr("%1, %2 and %n more", nullptr, static_cast<int>(shown.size() - 2)).arg(shown[0], shown[1]));
        else
            label->setText(shown.isEmpty() ? tr("nothing") : shown.join(QStringLiteral(", ")));
        label->setToolTip(full.join(QLatin1Char('\n')));
    };
    m_loadedTitle->setText(title);
    m_loadedTitle->setToolTip(title);
    describe(m_loadedDev, request.devPaths, request.devSpec);
    describe(m_loadedProd, request.prodPaths, request.prodSpec);
    m_loadedAt->setText(tr("loaded %1").arg(shortDateTime(loadedAt)));
    m_loaded->show();
}

} // namespace crossroads
