// SPDX-License-Identifier: Apache-2.0
#include "clusterversionrules.h"

namespace crossroads {

const Fact& ClusterVersionRules::effective(const Container& container, FactKey key, const KubernetesVersion& version)
{
    const Fact& own = container[key];
    if (key != FactKey::Seccomp || own.provenance != Provenance::Default || version.atLeast(seccompAnnotationsIgnoredFrom))
        return own;
    const Fact& annotation = container[FactKey::SeccompAnnotation];
    return annotation.isKnown() ? annotation : own;
}

} // namespace crossroads
