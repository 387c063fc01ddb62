// SPDX-License-Identifier: Apache-2.0
#include "clusterversionrules.h"

namespace crossroads {

const Fact& ClusterVersionRules::effective(const Workload& workload, const Container& container, FactKey key, const KubernetesVersion& version)
{
    const Fact& own = container[key];
    if (key == FactKey::UserNamespace && own.provenance == Provenance::Stated && own.value.toBool() && !version.atLeast(userNamespacesOnByDefaultFrom)
        && workload.platform == QLatin1String("kubernetes")) {
        static const Fact unknown;
        return unknown;
    }
    if (key != FactKey::Seccomp || own.provenance != Provenance::Default || version.atLeast(seccompAnnotationsIgnoredFrom))
        return own;
    const Fact& annotation = container[FactKey::SeccompAnnotation];
    return annotation.isKnown() ? annotation : own;
}

} // namespace crossroads
