// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "compare/comparator.h"
#include "revisionspec.h"

#include <atomic>
#include <functional>

namespace crossroads {

/// dev@revA against prod@revB, read from a posture repository: the history view's comparison.
/// Callable from any thread (it opens its own repository handle); the result is an ordinary
/// Comparison whose sources read "REV:PATH", so every existing view and report shows it.
class RevisionComparison
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::RevisionComparison)
public:
    using Progress = std::function<void(int percent, const QString& stage)>;

    static Result<Comparison> run(const QString& repositoryPath, const RevisionSpec& dev, const RevisionSpec& prod,
        const CompareOptions& options = {}, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace crossroads
