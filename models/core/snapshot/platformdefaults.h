// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "factkey.h"

#include <QString>

namespace crossroads {

/// What a platform does when the input leaves a field out, in a sentence a reviewer can check
/// against the platform's documentation: shown next to every value of Provenance::Default, so
/// that a default is never mistaken for something the input states.
class PlatformDefaults {
public:
    /// `platform` as in Workload::platform ("kubernetes", "podman", "docker", "compose").
    /// Empty when there is nothing to say.
    static QString explain(const QString& platform, FactKey key);
};

} // namespace crossroads
