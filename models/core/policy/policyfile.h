// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "policy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace crossroads {

/// Reads and writes policy files (`crossroads.policy/v1`). Every problem names the file and the
/// JSON pointer of the offending entry. Bundled policies are named `builtin:NAME`.
class PolicyFile {
    Q_DECLARE_TR_FUNCTIONS(crossroads::PolicyFile)

public:
    static constexpr const char* schema = "crossroads.policy/v1";
    static constexpr qint64 maximumSize = qint64(8) << 20;

    /// "builtin:pss-restricted" or a path.
    static Result<Policy> load(const QString& pathOrName);
    /// Loads several and merges them in order (Policy::merge).
    static Result<Policy> loadAll(const QStringList& pathsOrNames);
    static Result<Policy> fromJson(const QByteArray& json, const QString& origin);
    /// Names usable as `builtin:NAME`.
    static QStringList builtInNames();

    /// Appends a waiver to a policy file, keeping everything else in it as it was, and writes
    /// it atomically. Refuses an id that is already there or a waiver missing owner, reason or
    /// expiry. This is how the GUI's "add waiver" writes back — visibly, to a named file.
    static Status addWaiver(const QString& path, const Waiver& waiver);
};

} // namespace crossroads
