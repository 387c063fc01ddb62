// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/snapshot.h"

namespace crossroads {

/// What one fact means for others, the same whichever platform stated it (docs/facts.md): a
/// container on the host network publishes every port it listens on; adding ALL back undoes
/// dropping ALL. Applied once all of a side's inputs are read, so that one posture gets one
/// verdict on both sides. Idempotent. (What privileged means is the checks' own knowledge,
/// Check::failWhen: the facts stay what the input states, as Pod Security judges them.)
class FactImplications {
public:
    static void apply(Workload& workload);
};

} // namespace crossroads
