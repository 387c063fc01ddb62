// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/snapshot.h"

#include <QDate>
#include <QString>

#include <optional>

namespace crossroads {

/// An accepted risk: one check (or a `*` pattern of checks) on the workloads matching a pattern,
/// on one side or both, accepted by an owner for a reason until a date. Waivers expire so that
/// an exception is looked at again instead of living forever.
struct Waiver {
    QString id; ///< "W-12"; unique across the merged policy
    QString check; ///< check id or wildcard pattern ("CR-IMG-*")
    QString workload = QStringLiteral("*"); ///< wildcard pattern on "namespace/name"
    std::optional<Side> side; ///< whose failure is accepted; nullopt = both sides
    QString owner;
    QString reason;
    QString ticket;
    QDate expires; ///< last day the waiver counts (inclusive)
    QString origin; ///< policy file it came from
    QString location; ///< JSON pointer in that file ("/waivers/3")
    /// Written in a manifest as an annotation (AnnotationWaivers), not in a policy file: derived
    /// again at every evaluation, and left out when it accepts nothing.
    bool inManifest = false;
    /// An in-manifest waiver naming a test its scanner does not have ("pod-prbes"), or
    /// Crossroads' own without owner, reason or expiry: it accepts nothing, and is kept as
    /// unused, unlike the other scanner annotations, so the mistake shows.
    bool namesNoCheck = false;

    enum class State { Active, Expired, Unused };
    int matches = 0; ///< gaps it matched in the last evaluation, expired or not
    /// Shared gaps (both sides fail) it names on its side, which a one-side waiver cannot
    /// accept: why such a waiver is unused, so nobody hunts for a typo.
    int sharedMisses = 0;

    /// A waiver without a date (kube-score's and Polaris' annotations carry none) never expires.
    bool isExpiredOn(const QDate& today) const { return expires.isValid() && today > expires; }
    /// The expiry as reports print it after "until": the date, or for an undated in-manifest
    /// waiver "the annotation is removed".
    QString expiryText() const;
    /// Expired wins over unused: an expired waiver must be renewed or removed either way.
    State stateOn(const QDate& today) const;
};

const char* waiverStateName(Waiver::State state); ///< "active", "expired", "unused"

} // namespace crossroads
