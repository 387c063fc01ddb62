// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/comparisonjob.h"

#include <QDateTime>
#include <QList>

namespace crossroads {

/// The comparisons a user opened lately, newest first, kept in QSettings so they survive a
/// restart. The demo is not remembered (it is one click away anyway).
class RecentComparisons {
public:
    struct Entry {
        QStringList devPaths, prodPaths;
        QString title;
        QDateTime openedAt;
    };
    static constexpr int maximum = 8;

    static QList<Entry> load();
    static void remember(const ComparisonRequest& request, const QString& title);
    static void clear();
};

} // namespace crossroads
