// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/snapshot.h"

namespace crossroads {

/// What one fact means for others, the same whichever platform stated it (docs/facts.md): a
/// privileged container has every capability and every host device and runs without seccomp,
/// a container on the host network publishes every port it listens on. Applied once all of a
/// side's inputs are read, so that one posture gets one verdict on both sides. Idempotent.
class FactImplications {
public:
    static void apply(Workload& workload);
};

} // namespace crossroads
