// SPDX-License-Identifier: Apache-2.0
#include "annotationwaivers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::AnnotationWaivers", text);
}

/// kube-score's test ids (README_CHECKS.md; `container-security-context` stands for its three
/// parts, as kube-score's impliedIgnoreAnnotations say) → the checks that judge the same.
const QHash<QString, QStringList>& kubeScore()
{
    static const QHash<QString, QStringList> table {
        { QStringLiteral("container-security-context-privileged"), { QStringLiteral("CR-RT-001") } },
        { QStringLiteral("container-security-context-user-group-id"), { QStringLiteral("CR-RT-005"), QStringLiteral("CR-RT-006") } },
        { QStringLiteral("container-security-context-readonlyrootfilesystem"), { QStringLiteral("CR-RT-012") } },
        { QStringLiteral("container-security-context"),
            { QStringLiteral("CR-RT-001"), QStringLiteral("CR-RT-005"), QStringLiteral("CR-RT-006"), QStringLiteral("CR-RT-012") } },
        { QStringLiteral("container-seccomp-profile"), { QStringLiteral("CR-RT-009") } },
        { QStringLiteral("container-resources"), { QStringLiteral("CR-RT-013"), QStringLiteral("CR-RT-014") } },
        { QStringLiteral("container-image-tag"), { QStringLiteral("CR-IMG-002") } },
        { QStringLiteral("container-image-pull-policy"), { QStringLiteral("CR-IMG-003") } },
        { QStringLiteral("pod-networkpolicy"), { QStringLiteral("CR-NET-003"), QStringLiteral("CR-NET-004") } },
    };
    return table;
}

/// Polaris' check ids (its checks/ folder) → the checks that judge the same.
const QHash<QString, QStringList>& polaris()
{
    static const QHash<QString, QStringList> table {
        { QStringLiteral("runAsPrivileged"), { QStringLiteral("CR-RT-001") } },
        { QStringLiteral("insecureCapabilities"), { QStringLiteral("CR-RT-002"), QStringLiteral("CR-RT-004") } },
        { QStringLiteral("dangerousCapabilities"), { QStringLiteral("CR-RT-003") } },
        { QStringLiteral("runAsRootAllowed"), { QStringLiteral("CR-RT-005"), QStringLiteral("CR-RT-006") } },
        { QStringLiteral("privilegeEscalationAllowed"), { QStringLiteral("CR-RT-007") } },
        { QStringLiteral("linuxHardening"), { QStringLiteral("CR-RT-009") } },
        { QStringLiteral("notReadOnlyRootFilesystem"), { QStringLiteral("CR-RT-012") } },
        { QStringLiteral("memoryLimitsMissing"), { QStringLiteral("CR-RT-013") } },
        { QStringLiteral("cpuLimitsMissing"), { QStringLiteral("CR-RT-014") } },
        { QStringLiteral("procMount"), { QStringLiteral("CR-RT-017") } },
        { QStringLiteral("hostPIDSet"), { QStringLiteral("CR-NS-001") } },
        { QStringLiteral("hostIPCSet"), { QStringLiteral("CR-NS-002") } },
        { QStringLiteral("hostNetworkSet"), { QStringLiteral("CR-NS-003") } },
        { QStringLiteral("hostPathSet"), { QStringLiteral("CR-NS-006") } },
        { QStringLiteral("hostProcess"), { QStringLiteral("CR-RT-018") } },
        { QStringLiteral("hostPortSet"), { QStringLiteral("CR-NET-002") } },
        { QStringLiteral("missingNetworkPolicy"), { QStringLiteral("CR-NET-003"), QStringLiteral("CR-NET-004") } },
        { QStringLiteral("sensitiveContainerEnvVar"), { QStringLiteral("CR-SEC-001") } },
        { QStringLiteral("automountServiceAccountToken"), { QStringLiteral("CR-SEC-003") } },
        { QStringLiteral("tagNotSpecified"), { QStringLiteral("CR-IMG-002") } },
        { QStringLiteral("pullPolicyNotAlways"), { QStringLiteral("CR-IMG-003") } },
    };
    return table;
}

/// Every test id kube-score has (README_CHECKS.md, v1.20), mapped above or not: an id outside
/// this list is misspelt, and waives nothing in kube-score either.
bool isKubeScoreTest(const QString& id)
{
    static const QSet<QString> ids {
        QStringLiteral("deployment-strategy"), QStringLiteral("deployment-replicas"), QStringLiteral("ingress-targets-service"),
        QStringLiteral("cronjob-has-deadline"), QStringLiteral("cronjob-restartpolicy"), QStringLiteral("container-resources"),
        QStringLiteral("container-resource-requests-equal-limits"), QStringLiteral("container-cpu-requests-equal-limits"),
        QStringLiteral("container-memory-requests-equal-limits"), QStringLiteral("container-image-tag"), QStringLiteral("container-image-pull-policy"),
        QStringLiteral("container-ephemeral-storage-request-and-limit"), QStringLiteral("container-ephemeral-storage-request-equals-limit"),
        QStringLiteral("container-ports-check"), QStringLiteral("environment-variable-key-duplication"),
        QStringLiteral("statefulset-has-poddisruptionbudget"), QStringLiteral("deployment-has-poddisruptionbudget"),
        QStringLiteral("poddisruptionbudget-has-policy"), QStringLiteral("pod-networkpolicy"), QStringLiteral("networkpolicy-targets-pod"),
        QStringLiteral("pod-probes"), QStringLiteral("pod-probes-identical"), QStringLiteral("container-security-context"),
        QStringLiteral("container-security-context-user-group-id"), QStringLiteral("container-security-context-privileged"),
        QStringLiteral("container-security-context-readonlyrootfilesystem"), QStringLiteral("container-seccomp-profile"),
        QStringLiteral("service-targets-pod"), QStringLiteral("service-type"), QStringLiteral("stable-version"),
        QStringLiteral("deployment-has-host-podantiaffinity"), QStringLiteral("statefulset-has-host-podantiaffinity"),
        QStringLiteral("deployment-targeted-by-hpa-does-not-have-replicas-configured"), QStringLiteral("statefulset-has-servicename"),
        QStringLiteral("deployment-pod-selector-labels-match-template-metadata-labels"),
        QStringLiteral("statefulset-pod-selector-labels-match-template-metadata-labels"), QStringLiteral("label-values"),
        QStringLiteral("horizontalpodautoscaler-has-target"), QStringLiteral("horizontalpodautoscaler-replicas"),
        QStringLiteral("pod-topology-spread-constraints"),
    };
    return ids.contains(id);
}

/// Polaris' built-in check ids (pkg/config/checks/, v9), mapped above or not. Polaris also runs
/// custom checks under any id, so an id outside this list is named, not called misspelt.
bool isPolarisCheck(const QString& id)
{
    static const QSet<QString> ids {
        QStringLiteral("automountServiceAccountToken"), QStringLiteral("clusterrolePodExecAttach"), QStringLiteral("clusterrolebindingClusterAdmin"),
        QStringLiteral("clusterrolebindingPodExecAttach"), QStringLiteral("cpuLimitsMissing"), QStringLiteral("cpuRequestsMissing"),
        QStringLiteral("dangerousCapabilities"), QStringLiteral("deploymentMissingReplicas"), QStringLiteral("hostIPCSet"),
        QStringLiteral("hostNetworkSet"), QStringLiteral("hostPIDSet"), QStringLiteral("hostPathSet"), QStringLiteral("hostPortSet"),
        QStringLiteral("hostProcess"), QStringLiteral("hpaMaxAvailability"), QStringLiteral("hpaMinAvailability"),
        QStringLiteral("insecureCapabilities"), QStringLiteral("linuxHardening"), QStringLiteral("livenessProbeMissing"),
        QStringLiteral("memoryLimitsMissing"), QStringLiteral("memoryRequestsMissing"), QStringLiteral("metadataAndInstanceMismatched"),
        QStringLiteral("missingNetworkPolicy"), QStringLiteral("missingPodDisruptionBudget"), QStringLiteral("notReadOnlyRootFilesystem"),
        QStringLiteral("pdbDisruptionsIsZero"), QStringLiteral("pdbMinAvailableGreaterThanHPAMinReplicas"), QStringLiteral("priorityClassNotSet"),
        QStringLiteral("privilegeEscalationAllowed"), QStringLiteral("procMount"), QStringLiteral("pullPolicyNotAlways"),
        QStringLiteral("readinessProbeMissing"), QStringLiteral("rolePodExecAttach"), QStringLiteral("rolebindingClusterAdminClusterRole"),
        QStringLiteral("rolebindingClusterAdminRole"), QStringLiteral("rolebindingClusterRolePodExecAttach"),
        QStringLiteral("rolebindingRolePodExecAttach"), QStringLiteral("runAsPrivileged"), QStringLiteral("runAsRootAllowed"),
        QStringLiteral("sensitiveConfigmapContent"), QStringLiteral("sensitiveContainerEnvVar"), QStringLiteral("tagNotSpecified"),
        QStringLiteral("tlsSettingsMissing"), QStringLiteral("topologySpreadConstraint"),
    };
    return ids.contains(id);
}

QStringList everyMapped(const QHash<QString, QStringList>& table)
{
    QStringList all;
    for (const QStringList& checks : table)
        all += checks;
    all.removeDuplicates();
    all.sort();
    return all;
}

Waiver waiverFor(const Workload& workload, Side side, const QString& check, const QString& annotation)
{
    Waiver waiver;
    waiver.id = QStringLiteral("%1 @ %2").arg(annotation.section(QLatin1Char(':'), 0, 0), workload.displayName());
    waiver.check = check;
    waiver.workload = workload.displayName();
    waiver.side = side;
    waiver.owner = QCoreApplication::translate("crossroads::AnnotationWaivers", "the manifest (annotation; no owner stated)");
    waiver.reason = QCoreApplication::translate("crossroads::AnnotationWaivers", "in-manifest annotation %1").arg(annotation);
    waiver.origin = workload.ignoreAnnotationsAt.section(QLatin1Char(':'), 0, -2);
    waiver.location = workload.ignoreAnnotationsAt;
    waiver.inManifest = true;
    return waiver;
}

/// A scanner annotation naming a test that scanner does not have: kept although it can match
/// nothing, so that reports list it as unused with why, and a misspelt ignore does not pass
/// for one that works.
Waiver namingNoCheck(const Workload& workload, Side side, const QString& id, const QString& annotation, const QString& why)
{
    Waiver waiver = waiverFor(workload, side, id, annotation);
    waiver.reason = QStringLiteral("%1; %2").arg(waiver.reason, why);
    waiver.namesNoCheck = true;
    return waiver;
}

} // namespace

QStringList AnnotationWaivers::checksFor(const QString& scanner, const QString& id)
{
    const QHash<QString, QStringList>& table = scanner == QLatin1String("polaris") ? polaris() : kubeScore();
    if (id == QLatin1String("*"))
        return everyMapped(table);
    return table.value(id);
}

std::vector<Waiver> AnnotationWaivers::of(const Snapshot& snapshot)
{
    std::vector<Waiver> waivers;
    for (const Workload& workload : snapshot.workloads) {
        if (workload.ignoreAnnotations.isEmpty())
            continue;
        QStringList seen; // one waiver a check and workload, whichever annotation names it first
        const auto add = [&](const QStringList& checks, const QString& annotation) {
            for (const QString& check : checks) {
                if (seen.contains(check))
                    continue;
                seen << check;
                waivers.push_back(waiverFor(workload, snapshot.side, check, annotation));
            }
        };
        for (auto it = workload.ignoreAnnotations.cbegin(); it != workload.ignoreAnnotations.cend(); ++it) {
            const QString& key = it.key();
            const QString& value = it.value();
            const QString written = QStringLiteral("%1: %2").arg(key, value);
            if (key == QLatin1String("kube-score/ignore")) {
                for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const QString id = part.trimmed();
                    if (id == QLatin1String("*") || isKubeScoreTest(id))
                        add(checksFor(QStringLiteral("kube-score"), id), written);
                    else
                        waivers.push_back(namingNoCheck(workload, snapshot.side, id, written,
                            tr("“%1” is no kube-score test (misspelt?): it waives nothing, in kube-score or here").arg(id)));
                }
            } else if (key == QLatin1String("polaris.fairwinds.com/exempt")) {
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    add(everyMapped(polaris()), written);
            } else if (key.startsWith(QLatin1String("kube-score/")) && key != QLatin1String("kube-score/enable")) {
                // kube-score reads ignore and enable (its README); anything else is a typo.
                waivers.push_back(namingNoCheck(workload, snapshot.side, key, written,
                    tr("kube-score reads no annotation %1 (misspelt? kube-score/ignore and kube-score/enable are its own): it waives nothing").arg(key)));
            } else if (key.startsWith(QLatin1String("polaris.fairwinds.com/")) && !key.endsWith(QLatin1String("-exempt"))) {
                waivers.push_back(namingNoCheck(workload, snapshot.side, key, written,
                    tr("Polaris reads no annotation %1 (misspelt? polaris.fairwinds.com/exempt and polaris.fairwinds.com/CHECK-exempt are its own): it waives nothing").arg(key)));
            } else if (key.startsWith(QLatin1String("polaris.fairwinds.com/")) && key.endsWith(QLatin1String("-exempt"))) {
                const QString id = key.mid(22, key.size() - 22 - 7);
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
                    continue;
                if (isPolarisCheck(id))
                    add(checksFor(QStringLiteral("polaris"), id), written);
                else
                    waivers.push_back(namingNoCheck(workload, snapshot.side, id, written,
                        tr("“%1” is none of Polaris' own checks (a custom check, or misspelt?): Crossroads waives nothing for it").arg(id)));
            }
        }
        // Crossroads' own counts only with an owner, a reason and an expiry beside it, like a
        // policy file's; without them each id it names is listed as not honoured.
        const QString own = QStringLiteral("crossroads-scanner.github.io/waive");
        if (const QString checks = workload.ignoreAnnotations.value(own); !checks.isEmpty()) {
            const QString written = QStringLiteral("%1: %2").arg(own, checks);
            const QString owner = workload.ignoreAnnotations.value(own + QStringLiteral("-owner"));
            const QString reason = workload.ignoreAnnotations.value(own + QStringLiteral("-reason"));
            const QDate expires = QDate::fromString(workload.ignoreAnnotations.value(own + QStringLiteral("-expires")), Qt::ISODate);
            QStringList missing;
            if (owner.isEmpty())
                missing << own + QStringLiteral("-owner");
            if (reason.isEmpty())
                missing << own + QStringLiteral("-reason");
            if (!expires.isValid())
                missing << tr("%1-expires (a date YYYY-MM-DD)").arg(own);
            for (const QString& part : checks.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString pattern = part.trimmed();
                Waiver waiver = missing.isEmpty() ? waiverFor(workload, snapshot.side, pattern, written)
                                                  : namingNoCheck(workload, snapshot.side, pattern, written,
                                                      tr("not honoured, it waives nothing: it lacks %1").arg(missing.join(QStringLiteral(", "))));
                waiver.id = QStringLiteral("%1 %2 @ %3").arg(own, pattern, workload.displayName());
                if (missing.isEmpty()) {
                    waiver.owner = owner;
                    waiver.reason = reason;
                    waiver.ticket = workload.ignoreAnnotations.value(own + QStringLiteral("-ticket"));
                    waiver.expires = expires;
                }
                waivers.push_back(std::move(waiver));
            }
        }
    }
    return waivers;
}

} // namespace crossroads
