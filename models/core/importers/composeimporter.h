// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// A compose file (compose spec, v2 and v3): each service becomes a workload. Top-level `x-`
/// keys are extensions and ignored; `networks` decide isolation, `secrets` become secret files.
class ComposeImporter {
public:
    static bool recognises(const Node& root);
    static void import(const ImportContext& context, const Node& root);
};

} // namespace crossroads
