// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// `docker inspect` / `podman inspect` of one container → a workload with one container.
class ContainerInspectImporter {
public:
    static bool recognises(const Node& root);
    /// A container list entry (`docker ps --format json`, the API's /containers/json), not an inspect.
    static bool isContainerList(const Node& root);
    static void import(const ImportContext& context, const Node& root);
};

} // namespace crossroads
