// SPDX-License-Identifier: Apache-2.0
#include "snapshotblob.h"

#include "importers/environmentimporter.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace crossroads {

namespace { } // namespace

Result<Side> SnapshotBlob::inspect(const QByteArray& bytes, const QString& displayName)
{
    if (bytes.size() > maxBytes)
        return Error { displayName, {}, tr("larger than %1 MiB; not a Crossroads snapshot").arg(maxBytes >> 20) };
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull())
        return Error { displayName, tr("byte %1").arg(parseError.offset),
            tr("not a Crossroads snapshot: %1").arg(parseError.errorString()) };
    const QJsonObject root = document.object();
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (SnapshotFile::version(schema.toStdString()) == 0)
        return Error { displayName, QStringLiteral("/schema"),
            tr("not a Crossroads snapshot: schema is \"%1\", expected \"%2\"")
                .arg(schema, QLatin1String(SnapshotFile::schema)) };
    const QString side = root.value(QLatin1String("side")).toString();
    if (side == QLatin1String("dev"))
        return Side::Dev;
    if (side == QLatin1String("prod"))
        return Side::Prod;
    return Error { displayName, QStringLiteral("/side"), tr("side must be \"dev\" or \"prod\", not \"%1\"").arg(side) };
}

Result<Snapshot> SnapshotBlob::import(const QByteArray& bytes, const QString& displayName, const WorkspaceKey* key)
{
    Result<Side> side = inspect(bytes, displayName);
    if (!side)
        return side.error();
    const QTemporaryDir folder;
    if (!folder.isValid())
        return Error { displayName, {}, tr("cannot create a temporary folder: %1").arg(folder.errorString()) };
    // Keep the file name: the importer and error messages name it.
    const QString fileName = QFileInfo(displayName.section(QLatin1Char(':'), -1)).fileName();
    const QString path = folder.filePath(fileName.isEmpty() ? QStringLiteral("snapshot.crossroads.json") : fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return Error { displayName, {}, tr("cannot write a temporary copy: %1").arg(file.errorString()) };
    file.close();
    ImportOptions options;
    options.side = *side;
    options.name = displayName;
    options.key = key;
    Result<ImportReport> report = EnvironmentImporter(options).importPaths(QStringList { path });
    if (!report) {
        Error failure = report.error();
        if (failure.file == path)
            failure.file = displayName;
        failure.message.replace(path, displayName);
        return failure;
    }
    Snapshot snapshot = std::move(report->snapshot);
    for (InputFile& input : snapshot.inputs) {
        if (input.path == path)
            input.path = displayName;
    }
    for (SkippedItem& skipped : snapshot.skipped) {
        if (skipped.file == path)
            skipped.file = displayName;
    }
    return snapshot;
}

} // namespace crossroads
