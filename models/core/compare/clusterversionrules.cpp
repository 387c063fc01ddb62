// SPDX-License-Identifier: Apache-2.0
#include "clusterversionrules.h"

namespace crossroads {

namespace {

/// A container whose profile the annotation would set: it states none of its own.
bool annotationDecides(const Container& container)
{
    return container[FactKey::SeccompAnnotation].isKnown() && container[FactKey::Seccomp].provenance == Provenance::Default;
}

} // namespace

bool ClusterVersionRules::affects(const Snapshot& snapshot, const KubernetesVersion& version)
{
    if (version.atLeast(seccompAnnotationsIgnoredFrom))
        return false;
    for (const Workload& workload : snapshot.workloads) {
        if (workload.platform != QLatin1String("kubernetes"))
            continue;
        for (const Container& container : workload.containers) {
            if (annotationDecides(container))
                return true;
        }
    }
    return false;
}

void ClusterVersionRules::apply(Snapshot& snapshot, const KubernetesVersion& version)
{
    if (version.atLeast(seccompAnnotationsIgnoredFrom))
        return;
    for (Workload& workload : snapshot.workloads) {
        if (workload.platform != QLatin1String("kubernetes"))
            continue;
        for (Container& container : workload.containers) {
            if (annotationDecides(container))
                container[FactKey::Seccomp] = container[FactKey::SeccompAnnotation]; // value, provenance and source
        }
    }
}

} // namespace crossroads
