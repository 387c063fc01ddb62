// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "compare/comparison.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace crossroads {

/// The findings of a previous report (a `crossroads.comparison/v1` or `crossroads.check/v1` JSON
/// or a SARIF file written by crossroads), keyed by Gap::fingerprint(), so that a run can say which gaps are new,
/// unchanged, updated or gone, and a pipeline can fail on new gaps only.
class Baseline {
public:
    static constexpr qint64 maximumSize = qint64(256) << 20;

    static Result<Baseline> load(const QString& path, const QString& shownAs = {}); ///< shownAs: the name reports use ("v1.4:report.sarif")
    static Result<Baseline> fromJson(const QByteArray& json, const QString& origin);

    /// Sets Gap::baseline on every gap and fills Comparison::absentGaps.
    void apply(Comparison& comparison) const;

    /// Gaps failing now that did not fail in the baseline (new, or updated from a passing or
    /// waived state), at or above the threshold. Waived gaps never count.
    static int newlyFailing(const Comparison& comparison, Severity threshold);

    std::size_t size() const { return m_entries.size(); }
    /// The side a report of `check` judged; nullopt for a comparison's report. A baseline only
    /// fits a run of its own kind: the fingerprints of one never meet the other's.
    std::optional<Side> checkedSide() const { return m_checkedSide; }

private:
    static Result<Baseline> parse(const QByteArray& json, const QString& origin);

    QString m_origin;
    std::optional<Side> m_checkedSide;
    QHash<QString, Gap> m_entries; ///< fingerprint → the previous finding (check left null)
    QHash<QString, QString> m_states; ///< fingerprint → Gap::stateDigest() then
};

} // namespace crossroads
