// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importers/environmentimporter.h"
#include "rules/checkevaluator.h"

#include <QDir>
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
