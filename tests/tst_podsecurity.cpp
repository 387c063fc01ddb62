// SPDX-License-Identifier: Apache-2.0
#include "rules/podsecurity.h"

#include <QTest>

using namespace crossroads;

namespace {

/// A Kubernetes workload with one container whose facts start from the documented defaults.
Workload kubernetesWorkload()
{
    Workload workload;
    workload.platform = QStringLiteral("kubernetes");
    Container container;
    container.name = QStringLiteral("app");
    auto stated = [&container](FactKey key, FactValue value) {
        container[key].value = std::move(value);
        container[key].provenance = Provenance::Stated;
    };
    stated(FactKey::RunAsNonRoot, true);
    stated(FactKey::NoNewPrivileges, true);
    stated(FactKey::Seccomp, QStringLiteral("RuntimeDefault"));
    stated(FactKey::CapabilitiesDropAll, true);
    stated(FactKey::CapabilitiesAdded, QStringList());
    stated(FactKey::VolumeSources, QStringList { QStringLiteral("configMap") });
    stated(FactKey::ProcMount, QStringLiteral("Default"));
    workload.containers.push_back(container);
    return workload;
}

void set(Workload& workload, FactKey key, FactValue value)
{
    workload.containers.front()[key].value = std::move(value);
    workload.containers.front()[key].provenance = Provenance::Stated;
}

KubernetesVersion at(int minor)
{
    return KubernetesVersion { 1, minor };
}

} // namespace

class TestPodSecurity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hardenedWorkloadIsRestricted()
    {
        const PssEvaluation result = PodSecurity::evaluate(kubernetesWorkload(), KubernetesVersion::latest());
        QCOMPARE(result.level, PssLevel::Restricted);
        QVERIFY(result.baselineFailures.isEmpty());
    }

    void privilegedFailsBaseline()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::Privileged, true);
        const PssEvaluation result = PodSecurity::evaluate(workload, at(30));
        QCOMPARE(result.level, PssLevel::Privileged);
        QCOMPARE(result.baselineFailures, QStringList { QStringLiteral("B3 Privileged Containers (container app)") });
    }

    void hostProbesCountFromKubernetes134()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::ProbeHosts, QStringList { QStringLiteral("livenessProbe 10.0.0.1") });
        QCOMPARE(PodSecurity::evaluate(workload, at(33)).level, PssLevel::Restricted);
        QCOMPARE(PodSecurity::evaluate(workload, at(34)).level, PssLevel::Privileged);
    }

    void userNamespaceRelaxesRootControlsFrom135()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::RunAsNonRoot, false);
        set(workload, FactKey::User, QStringLiteral("0"));
        set(workload, FactKey::UserNamespace, true); // hostUsers: false
        const PssEvaluation old = PodSecurity::evaluate(workload, at(34));
        QCOMPARE(old.level, PssLevel::Baseline);
        QVERIFY(old.restrictedFailures.join(QLatin1Char(' ')).contains(QStringLiteral("R3")));
        QVERIFY(old.restrictedFailures.join(QLatin1Char(' ')).contains(QStringLiteral("R4")));
        QCOMPARE(PodSecurity::evaluate(workload, at(35)).level, PssLevel::Restricted);
    }

    void procMountUnmaskedWithUserNamespace()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::ProcMount, QStringLiteral("Unmasked"));
        set(workload, FactKey::UserNamespace, true);
        // 1.34: baseline refuses it. 1.35: baseline allows it in a user namespace, restricted (R7) does not.
        QCOMPARE(PodSecurity::evaluate(workload, at(34)).level, PssLevel::Privileged);
        const PssEvaluation now = PodSecurity::evaluate(workload, at(35));
        QCOMPARE(now.level, PssLevel::Baseline);
        QVERIFY(now.restrictedFailures.join(QLatin1Char(' ')).contains(QStringLiteral("R7")));
    }

    void sysctlSetsGrowWithVersions()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::Sysctls, QStringList { QStringLiteral("net.ipv4.tcp_keepalive_time=600") });
        QCOMPARE(PodSecurity::evaluate(workload, at(28)).level, PssLevel::Privileged);
        QCOMPARE(PodSecurity::evaluate(workload, at(29)).level, PssLevel::Restricted);
        set(workload, FactKey::Sysctls, QStringList { QStringLiteral("net.ipv4.tcp_notsent_lowat=16384") });
        QCOMPARE(PodSecurity::evaluate(workload, at(36)).level, PssLevel::Privileged);
        QCOMPARE(PodSecurity::evaluate(workload, at(37)).level, PssLevel::Restricted);
    }

    void seLinuxContainerEngineTypeFrom131()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::Mac, QStringList { QStringLiteral("selinux.type=container_engine_t") });
        QCOMPARE(PodSecurity::evaluate(workload, at(30)).level, PssLevel::Privileged);
        QCOMPARE(PodSecurity::evaluate(workload, at(31)).level, PssLevel::Restricted);
    }

    void capabilitiesBaselineAndRestricted()
    {
        Workload workload = kubernetesWorkload();
        set(workload, FactKey::CapabilitiesAdded, QStringList { QStringLiteral("CHOWN") });
        QCOMPARE(PodSecurity::evaluate(workload, at(30)).level, PssLevel::Baseline);
        set(workload, FactKey::CapabilitiesAdded, QStringList { QStringLiteral("NET_BIND_SERVICE") });
        QCOMPARE(PodSecurity::evaluate(workload, at(30)).level, PssLevel::Restricted);
        set(workload, FactKey::CapabilitiesAdded, QStringList { QStringLiteral("SYS_ADMIN") });
        QCOMPARE(PodSecurity::evaluate(workload, at(30)).level, PssLevel::Privileged);
    }

    void unsetSeccompIsAllowedByBaselineButNotRestricted()
    {
        Workload workload = kubernetesWorkload();
        workload.containers.front()[FactKey::Seccomp].value = QStringLiteral("Unconfined");
        workload.containers.front()[FactKey::Seccomp].provenance = Provenance::Derived; // not written: kubelet default
        QCOMPARE(PodSecurity::evaluate(workload, at(30)).level, PssLevel::Baseline);
        set(workload, FactKey::Seccomp, QStringLiteral("Unconfined"));
        QCOMPARE(PodSecurity::evaluate(workload, at(30)).level, PssLevel::Privileged);
    }

    void versionParsing()
    {
        QCOMPARE(KubernetesVersion::parse(QStringLiteral("v1.29.4-eks-abc"))->minor, 29);
        QCOMPARE(KubernetesVersion::parse(QStringLiteral("latest"))->minor, KubernetesVersion::latestMinor);
        QVERIFY(!KubernetesVersion::parse(QStringLiteral("banana")));
    }
};

QTEST_GUILESS_MAIN(TestPodSecurity)
#include "tst_podsecurity.moc"
