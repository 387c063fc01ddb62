// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QString>

namespace crossroads {

/// "REV:PATH" as the command line and the history view name a snapshot in a repository
/// ("v1.4:prod/posture.crossroads.json", "main~3:dev.crossroads.json"); the same form as git's.
struct RevisionSpec
{
    QString revision;
    QString path;

    /// Splits at the first ':' (revisions have none, paths may); both parts must be non-empty.
    static Result<RevisionSpec> parse(const QString& text);
    QString toString() const { return revision + QLatin1Char(':') + path; }
};

} // namespace crossroads
