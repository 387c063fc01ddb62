// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/snapshot.h"

#include <QString>
#include <QStringList>

namespace crossroads {

/// A Kubernetes minor version as Pod Security admission uses it ("v1.30", "latest").
struct KubernetesVersion {
    int major = 1;
    int minor = 37;
    static constexpr int latestMinor = 37; ///< newest PSA policy version this catalogue knows
    static KubernetesVersion latest() { return {}; }
    /// "v1.30", "1.30.2", "v1.29.4-eks-abc", "latest"; nullopt when unreadable.
    static std::optional<KubernetesVersion> parse(const QString& text);
    bool atLeast(int wantedMinor) const { return major > 1 || minor >= wantedMinor; }
    QString toString() const;
};

enum class PssLevel { Privileged, Baseline, Restricted };
const char* pssLevelName(PssLevel level);
std::optional<PssLevel> pssLevelFromName(QStringView name);

/// The Pod Security Standards level of one workload at one Kubernetes version, with the
/// controls that keep it from the next level. The controls and their version changes follow
/// the Pod Security Admission implementation (kubernetes/pod-security-admission policy/check_*.go):
/// 12 baseline controls (B1–B12) and 7 restricted ones (R1–R7). Podman, Docker and compose
/// workloads are judged by mapping the same fields, which is what the admission forecast needs.
struct PssEvaluation {
    PssLevel level = PssLevel::Privileged;
    QStringList baselineFailures; ///< "B3 Privileged Containers (container web)"
    QStringList restrictedFailures;

    QStringList failuresAgainst(PssLevel enforced) const;
    /// The evaluation of these containers of the pod only, with the pod's own failures: a pod
    /// that stands for several dev workloads is judged, for each, by the containers it pairs
    /// with, so that one container's failure is not blamed on its neighbour's pair.
    PssEvaluation forContainers(const QStringList& names) const;
};

class PodSecurity {
public:
    static PssEvaluation evaluate(const Workload& workload, const KubernetesVersion& version);
    /// Failures as a person reads them: the control's name is Pod Security's own in every
    /// language, the scope after it ("(container web)", "(pod)") in the user's. The failures
    /// themselves stay English, as compared and digested.
    static QStringList shown(const QStringList& failures);
};

} // namespace crossroads
