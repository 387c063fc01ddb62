// SPDX-License-Identifier: Apache-2.0
#include "annotationwaivers.h"

#include <QCoreApplication>
#include <QHash>

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
        { QStringLiteral("hostPortSet"), { QStringLiteral("CR-NET-002") } },
        { QStringLiteral("missingNetworkPolicy"), { QStringLiteral("CR-NET-003"), QStringLiteral("CR-NET-004") } },
        { QStringLiteral("sensitiveContainerEnvVar"), { QStringLiteral("CR-SEC-001") } },
        { QStringLiteral("automountServiceAccountToken"), { QStringLiteral("CR-SEC-003") } },
        { QStringLiteral("tagNotSpecified"), { QStringLiteral("CR-IMG-002") } },
        { QStringLiteral("pullPolicyNotAlways"), { QStringLiteral("CR-IMG-003") } },
    };
    return table;
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
    waiver.owner = tr("the manifest (annotation; no owner stated)");
    waiver.reason = tr("in-manifest annotation %1").arg(annotation);
    waiver.origin = workload.ignoreAnnotationsAt.section(QLatin1Char(':'), 0, -2);
    waiver.location = workload.ignoreAnnotationsAt;
    waiver.inManifest = true;
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
                for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    add(checksFor(QStringLiteral("kube-score"), id.trimmed()), written);
            } else if (key == QLatin1String("kube-score/skip")) {
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    add(everyMapped(kubeScore()), written);
            } else if (key == QLatin1String("polaris.fairwinds.com/exempt")) {
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    add(everyMapped(polaris()), written);
            } else if (key.startsWith(QLatin1String("polaris.fairwinds.com/")) && key.endsWith(QLatin1String("-exempt"))) {
                const QString id = key.mid(22, key.size() - 22 - 7);
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    add(checksFor(QStringLiteral("polaris"), id), written);
            }
        }
        // Crossroads' own: the importer kept it only with owner, reason and expiry beside it.
        const QString own = QStringLiteral("crossroads-scanner.github.io/waive");
        if (const QString checks = workload.ignoreAnnotations.value(own); !checks.isEmpty()) {
            for (const QString& pattern : checks.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                Waiver waiver = waiverFor(workload, snapshot.side, pattern.trimmed(), QStringLiteral("%1: %2").arg(own, checks));
                waiver.owner = workload.ignoreAnnotations.value(own + QStringLiteral("-owner"));
                waiver.reason = workload.ignoreAnnotations.value(own + QStringLiteral("-reason"));
                waiver.ticket = workload.ignoreAnnotations.value(own + QStringLiteral("-ticket"));
                waiver.expires = QDate::fromString(workload.ignoreAnnotations.value(own + QStringLiteral("-expires")), Qt::ISODate);
                waiver.id = QStringLiteral("%1 %2 @ %3").arg(own, waiver.check, workload.displayName());
                waivers.push_back(std::move(waiver));
            }
        }
    }
    return waivers;
}

} // namespace crossroads
