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
/// - `hostUsers: false` takes effect by default only from 1.33, where the UserNamespacesSupport
///   feature gate is on by default; before, the API server drops the field unless the gate was
///   turned on, which the input cannot show: the pod's user namespace is unknown there.
class ClusterVersionRules {
public:
    static constexpr int seccompAnnotationsIgnoredFrom = 27;
    static constexpr int userNamespacesOnByDefaultFrom = 33;
    /// The fact that decides `key` for this container of `workload` at this version: the
    /// container's own, the annotation that stands in for a field it leaves out, or unknown.
    static const Fact& effective(const Workload& workload, const Container& container, FactKey key, const KubernetesVersion& version);
};

} // namespace crossroads
