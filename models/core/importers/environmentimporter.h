// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "document/documentlimits.h"
#include "document/inputsource.h"
#include "snapshot/snapshot.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace crossroads {

class WorkspaceKey;

struct ImportOptions {
    Side side = Side::Dev;
    QString name; ///< defaults to the first input's name
    bool keepGoing = false; ///< load the good files when some are bad
    DocumentLimits limits;
    ReadControl control;
    const WorkspaceKey* key = nullptr; ///< for credential fingerprints; none: credentials are classified only
    /// The name a file is known by, where it differs from its path: a temporary copy of a
    /// snapshot read from git is shown as "v1.4:prod/posture.crossroads.json".
    QHash<QString, QString> displayNames;
    /// Inputs held in memory, by the name they are shown with: a path found here is read from
    /// these bytes, never from disk (standard input, the fuzz harnesses).
    QHash<QString, QByteArray> contents;
};

struct ImportReport {
    Snapshot snapshot;
    std::vector<Error> problems; ///< files that failed (only with keepGoing)
    /// Every input read was a Kubernetes object (a cluster's manifests), workloads or not.
    bool onlyKubernetesObjects = false;
};

/// Reads files and folders (recursively) into one Snapshot. Each file's content decides how it
/// is read; a file is merged only once it was read completely, so an error never leaves half a
/// file behind. Without keepGoing the first bad file fails the whole import.
class EnvironmentImporter {
    Q_DECLARE_TR_FUNCTIONS(crossroads::EnvironmentImporter)
public:
    explicit EnvironmentImporter(ImportOptions options);

    Result<ImportReport> importPaths(const QStringList& paths) const;

    /// The files a path stands for: itself, or a folder's JSON/YAML files, sorted, recursively.
    static Result<QStringList> expand(const QString& path, std::vector<SkippedItem>* skipped);

private:
    /// How an input file is named in the snapshot and every report.
    QString shownName(const QString& file) const;

    ImportOptions m_options;
};

} // namespace crossroads
