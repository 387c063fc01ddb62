// SPDX-License-Identifier: Apache-2.0
#include "commandlinedoc.h"

#include <QDateTime>

namespace crossroads::docgen {

ValueKind kindForValueName(const QString& valueName)
{
    const QString name = valueName.toLower();
    if (name.isEmpty())
        return ValueKind::None;
    static const QStringList files { QStringLiteral("file"), QStringLiteral("path"), QStringLiteral("key"), QStringLiteral("key.pub"),
        QStringLiteral("path…"), QStringLiteral("key.pub…") };
    static const QStringList folders { QStringLiteral("folder"), QStringLiteral("dir") };
    if (files.contains(name))
        return ValueKind::File;
    if (folders.contains(name))
        return ValueKind::Folder;
    return ValueKind::Text;
}

OptionDoc describe(const QCommandLineOption& option, const QStringList& choices, bool repeatable)
{
    OptionDoc doc;
    doc.names = option.names();
    doc.valueName = option.valueName();
    doc.description = option.description();
    doc.choices = choices;
    const ValueKind byName = kindForValueName(doc.valueName);
    doc.kind = choices.isEmpty() ? byName : byName == ValueKind::File ? ValueKind::FileOrChoice : ValueKind::Choice;
    doc.repeatable = repeatable;
    return doc;
}

QString pageDate()
{
    bool stamped = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&stamped);
    return (stamped ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc()).date().toString(Qt::ISODate);
}

} // namespace crossroads::docgen
