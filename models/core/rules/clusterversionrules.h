// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "podsecurity.h"
#include "snapshot/snapshot.h"

namespace crossroads {

/// What a Kubernetes cluster's version changes about the facts of its workloads, decided when a
/// check is judged (the importers cannot know the version: nodes may come in another file, and
/// a comparison judges both sides at production's version).
/// - The alpha seccomp annotations set a container's profile only before 1.27: the kubelet
///   stopped reading them in 1.25, and the API server stopped copying them into the
///   seccompProfile fields in 1.27 (KEP-135). From 1.27 on they are ignored.
class ClusterVersionRules {
public:
    static constexpr int seccompAnnotationsIgnoredFrom = 27;
    /// The fact that decides `key` for this container at this version: the container's own, or
    /// the annotation that stands in for a field the container leaves out.
    static const Fact& effective(const Container& container, FactKey key, const KubernetesVersion& version);
};

} // namespace crossroads
