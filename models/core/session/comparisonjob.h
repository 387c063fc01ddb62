// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "compare/comparator.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace crossroads {

/// What a user asks to compare: the inputs of both sides and how to pair them.
struct ComparisonRequest {
    QStringList devPaths;
    QStringList prodPaths;
    QString devName, prodName; ///< empty: named after the first input
    QString mapFile; ///< explicit dev→prod pairs, optional
    std::optional<KubernetesVersion> kubernetesVersion;
    bool keepGoing = true; ///< load the good files when some are bad
    QString keyFile; ///< workspace key; empty: the user's default key
    QStringList policyFiles; ///< policy files or "builtin:NAME", merged in order; none: no policy
    /// A posture repository: when set, devSpec and prodSpec ("REV:PATH") name the snapshots in
    /// it and devPaths/prodPaths are not read.
    QString repository;
    QString devSpec, prodSpec;

    static ComparisonRequest demo();
};

struct ComparisonOutcome {
    Comparison comparison;
    std::vector<Error> problems; ///< files that could not be read (with keepGoing)
};

/// Import both sides and compare them: the whole pipeline of one comparison, callable from any
/// thread. Progress is reported as a percentage with a short stage text; the cancel flag stops
/// the reads within one chunk and the call returns an Error with `cancelled` set.
class ComparisonJob {
    Q_DECLARE_TR_FUNCTIONS(crossroads::ComparisonJob)
public:
    using Progress = std::function<void(int percent, const QString& stage)>;

    static Result<ComparisonOutcome> run(const ComparisonRequest& request, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace crossroads
