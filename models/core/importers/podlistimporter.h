// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// `podman pod ps --format json`: each pod's id, name and labels, so that the containers of a
/// pod become one workload under the pod's name (EnginePodResolver).
class PodListImporter {
public:
    static bool recognises(const Node& root);
    static void import(const ImportContext& context, const Node& root);
};

} // namespace crossroads
