// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/podsecurity.h"
#include "snapshot/snapshot.h"

namespace crossroads {

/// What a Kubernetes cluster's version changes about the facts of its workloads, applied once
/// the version is known (the importers cannot know it: nodes may come in another file).
/// - The alpha seccomp annotations set a container's profile only before 1.27: the kubelet
///   stopped reading them in 1.25, and the API server stopped copying them into the
///   seccompProfile fields in 1.27 (KEP-135). From 1.27 on they are ignored.
class ClusterVersionRules {
public:
    static constexpr int seccompAnnotationsIgnoredFrom = 27;
    /// Whether apply() would change anything, so that a caller can avoid copying a snapshot.
    static bool affects(const Snapshot& snapshot, const KubernetesVersion& version);
    static void apply(Snapshot& snapshot, const KubernetesVersion& version);
};

} // namespace crossroads
