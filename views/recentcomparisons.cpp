// SPDX-License-Identifier: Apache-2.0
#include "recentcomparisons.h"

#include <QSettings>

namespace crossroads {

namespace {
const QString key = QStringLiteral("recent/comparisons");
}

QList<RecentComparisons::Entry> RecentComparisons::load()
{
    QList<Entry> entries;
    const QVariantList stored = QSettings().value(key).toList();
    for (const QVariant& value : stored) {
        const QVariantMap map = value.toMap();
        Entry entry { map.value(QStringLiteral("dev")).toStringList(), map.value(QStringLiteral("prod")).toStringList(),
            map.value(QStringLiteral("title")).toString(), map.value(QStringLiteral("openedAt")).toDateTime() };
        if (!entry.devPaths.isEmpty() && !entry.prodPaths.isEmpty())
            entries << entry;
    }
    return entries;
}

void RecentComparisons::remember(const ComparisonRequest& request, const QString& title)
{
    if (request.devPaths.isEmpty() || request.devPaths.front().startsWith(QLatin1Char(':')))
        return; // bundled inputs: the demo and training scenarios have their own buttons
    QVariantList stored;
    stored << QVariantMap { { QStringLiteral("dev"), request.devPaths }, { QStringLiteral("prod"), request.prodPaths },
        { QStringLiteral("title"), title }, { QStringLiteral("openedAt"), QDateTime::currentDateTime() } };
    for (const Entry& entry : load()) {
        if (stored.size() >= maximum)
            break;
        if (entry.devPaths == request.devPaths && entry.prodPaths == request.prodPaths)
            continue;
        stored << QVariantMap { { QStringLiteral("dev"), entry.devPaths }, { QStringLiteral("prod"), entry.prodPaths },
            { QStringLiteral("title"), entry.title }, { QStringLiteral("openedAt"), entry.openedAt } };
    }
    QSettings().setValue(key, stored);
}

void RecentComparisons::clear()
{
    QSettings().remove(key);
}

} // namespace crossroads
