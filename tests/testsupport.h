// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importers/environmentimporter.h"
#include "rules/checkevaluator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace crossroads::test {

inline QString corpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CROSSROADS_CORPUS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CROSSROADS_CORPUS_DIR) : fromEnvironment;
}

inline Result<ImportReport> importFiles(const QStringList& paths, Side side = Side::Dev, bool keepGoing = false, const WorkspaceKey* key = nullptr)
{
    ImportOptions options;
    options.side = side;
    options.keepGoing = keepGoing;
    options.key = key;
    return EnvironmentImporter(options).importPaths(paths);
}

/// Writes a fixture file into a test's folder; returns its path.
inline QString writeTestFile(const QTemporaryDir& folder, const QString& name, const QByteArray& content)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

/// The bundled demo scenario, one side.
inline Snapshot demoSnapshot(Side side)
{
    Result<ImportReport> report = importFiles({ side == Side::Dev ? QStringLiteral(":/crossroads/demo/dev") : QStringLiteral(":/crossroads/demo/prod") }, side);
    if (!report)
        qFatal("the bundled demo does not import: %s", qPrintable(report.error().toString()));
    return std::move(report->snapshot);
}

inline const Container* findContainer(const Snapshot& snapshot, const QString& workload, const QString& container)
{
    for (const Workload& w : snapshot.workloads) {
        if (w.displayName() != workload && w.name != workload)
            continue;
        for (const Container& c : w.containers) {
            if (c.name == container)
                return &c;
        }
    }
    return nullptr;
}

inline QString factText(const Fact& fact)
{
    return fact.isKnown() ? CheckEvaluator::displayValue(fact.value) : QStringLiteral("unknown");
}

} // namespace crossroads::test
