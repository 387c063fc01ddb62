// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "waiver.h"

#include "snapshot/snapshot.h"

#include <vector>

namespace crossroads {

/// Waivers from the in-manifest ignores users of other scanners already write (docs/policy.md):
/// - `kube-score/ignore: ID,ID` (object or pod template; `*` for all);
/// - Polaris' `polaris.fairwinds.com/exempt: "true"` and `polaris.fairwinds.com/CHECK-exempt: "true"`;
/// - Crossroads' own `crossroads-scanner.github.io/waive: CR-RT-005,CR-NS-*` with `-owner`,
///   `-reason`, `-expires` and optional `-ticket` beside it (without them it is listed, not honoured).
/// Each scanner's ids map to the Crossroads checks that judge the same thing; an id with no such
/// check waives nothing. The waiver is for the annotated workload on its own side only, its
/// reason is the annotation as written, and it is marked inManifest.
class AnnotationWaivers {
public:
    static std::vector<Waiver> of(const Snapshot& snapshot);
    /// The Crossroads checks a scanner's id stands for ("kube-score", "container-resources").
    static QStringList checksFor(const QString& scanner, const QString& id);
};

} // namespace crossroads
