// SPDX-License-Identifier: Apache-2.0
#include "checkevaluator.h"

#include "clusterversionrules.h"
#include "resourcequantity.h"
#include "snapshot/exposuretext.h"

#include <QCoreApplication>

#include <optional>
#include <tuple>

namespace crossroads {

const char* checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return "pass";
    case CheckStatus::Fail:
        return "fail";
    case CheckStatus::NotApplicable:
        return "not_applicable";
    case CheckStatus::Unknown:
        break;
    }
    return "unknown";
}

QString CheckEvaluator::displayText(const FactValue& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QCoreApplication::translate("CheckEvaluator", "true") : QCoreApplication::translate("CheckEvaluator", "false");
    case QMetaType::QStringList:
        if (value.toStringList().isEmpty())
            return QCoreApplication::translate("CheckEvaluator", "none");
        break;
    case QMetaType::UnknownType:
        return QCoreApplication::translate("CheckEvaluator", "unknown");
    default:
        if (value.toString().isEmpty())
            return QCoreApplication::translate("CheckEvaluator", "not set");
        break;
    }
    return displayValue(value);
}

QString CheckEvaluator::displayValue(const FactValue& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList: {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
    }
    case QMetaType::UnknownType:
        return QStringLiteral("unknown");
    default: {
        const QString text = value.toString();
        return text.isEmpty() ? QStringLiteral("not set") : text;
    }
    }
}

namespace {

/// Why a check passed on its exemption, in words; the fact key only when the catalogue has none.
QString exemptionText(const Check& check)
{
    const QString reason = check.passWhenValue.isEmpty() ? QLatin1String(factName(*check.passWhen)) : check.passWhenValue;
    return QCoreApplication::translate("CheckEvaluator", "passes: %1").arg(reason);
}

CheckStatus passIf(bool pass)
{
    return pass ? CheckStatus::Pass : CheckStatus::Fail;
}

bool isEmptyValue(const FactValue& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().isEmpty();
    return value.toString().isEmpty();
}

QStringList itemsOf(const FactValue& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : QStringList { text };
}

/// The fact a check reads, or nullptr when the check has none here.
const Fact* factFor(const Check& check, const CheckSubject& subject)
{
    if (check.scope == CheckScope::Engine)
        return &subject.snapshot.engineFact(check.fact);
    if (subject.container != nullptr && subject.workload != nullptr)
        return &ClusterVersionRules::effective(*subject.workload, *subject.container, check.fact, subject.version);
    if (subject.container != nullptr)
        return &(*subject.container)[check.fact];
    return nullptr;
}

/// The fact's value with only the items this check is about (Check::shows).
FactValue shownValue(const Check& check, const FactValue& value)
{
    if (check.shows.isEmpty() || value.typeId() != QMetaType::QStringList)
        return value;
    QStringList items = value.toStringList();
    items.removeIf([&check](const QString& item) {
        return std::none_of(check.shows.begin(), check.shows.end(), [&item](const QString& prefix) { return item.startsWith(prefix); });
    });
    return items;
}

CheckStatus judgeValue(const Check& check, const FactValue& value)
{
    switch (check.test) {
    case CheckTest::IsFalse:
        return passIf(!value.toBool());
    case CheckTest::IsTrue:
        return passIf(value.toBool());
    case CheckTest::Empty:
        return passIf(isEmptyValue(value));
    case CheckTest::NotEmpty:
        return passIf(!isEmptyValue(value));
    case CheckTest::SubsetOf: {
        const QStringList items = itemsOf(value);
        return passIf(std::all_of(items.begin(), items.end(), [&](const QString& item) { return check.values.contains(item); }));
    }
    case CheckTest::NamesSubsetOf: {
        const QStringList items = itemsOf(value);
        return passIf(std::all_of(items.begin(), items.end(), [&](const QString& item) {
            return check.values.contains(item.section(QLatin1Char('='), 0, 0));
        }));
    }
    case CheckTest::NotIn: {
        const QStringList items = itemsOf(value);
        return passIf(std::none_of(items.begin(), items.end(), [&](const QString& item) { return check.values.contains(item); }));
    }
    case CheckTest::In:
        return passIf(check.values.contains(value.toString()));
    case CheckTest::NoItemStartsWith: {
        const QStringList items = itemsOf(value);
        return passIf(std::none_of(items.begin(), items.end(), [&](const QString& item) {
            return std::any_of(check.values.begin(), check.values.end(), [&](const QString& prefix) { return item.startsWith(prefix, Qt::CaseInsensitive); });
        }));
    }
    case CheckTest::EveryItemStartsWith: {
        const QStringList items = itemsOf(value);
        return passIf(std::all_of(items.begin(), items.end(), [&](const QString& item) {
            return std::any_of(check.values.begin(), check.values.end(), [&](const QString& prefix) { return item.startsWith(prefix, Qt::CaseInsensitive); });
        }));
    }
    case CheckTest::NonRootUser: {
        const QString user = value.toString().section(QLatin1Char(':'), 0, 0).trimmed();
        return passIf(!(user.isEmpty() || user == QLatin1String("0") || user == QLatin1String("root")));
    }
    case CheckTest::PssLevelAtLeast:
    case CheckTest::Comparison:
        break;
    }
    return CheckStatus::Unknown;
}

PssLevel wantedLevel(const Check& check)
{
    return pssLevelFromName(check.values.value(0)).value_or(PssLevel::Baseline);
}

bool applies(const Check& check, const CheckSubject& subject)
{
    return check.platforms.isEmpty() || check.platforms.contains(CheckEvaluator::platformOf(subject));
}

/// Yes/no facts in words that read right next to a finding's title ("writable", not "false"
/// under "Root filesystem is writable"); nullopt for facts shown as they are.
std::optional<std::pair<const char*, const char*>> booleanWords(FactKey key)
{
    switch (key) {
    case FactKey::Privileged: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "privileged"), QT_TRANSLATE_NOOP("CheckEvaluator", "not privileged") };
    case FactKey::CapabilitiesDropAll: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "ALL dropped"), QT_TRANSLATE_NOOP("CheckEvaluator", "not all dropped") };
    case FactKey::RunAsNonRoot: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "non-root enforced"), QT_TRANSLATE_NOOP("CheckEvaluator", "not enforced") };
    case FactKey::NoNewPrivileges: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "escalation blocked"), QT_TRANSLATE_NOOP("CheckEvaluator", "escalation allowed") };
    case FactKey::ReadOnlyRootfs: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "read-only"), QT_TRANSLATE_NOOP("CheckEvaluator", "writable") };
    case FactKey::WindowsHostProcess: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "HostProcess"), QT_TRANSLATE_NOOP("CheckEvaluator", "not HostProcess") };
    case FactKey::HostPid: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "host PID namespace"), QT_TRANSLATE_NOOP("CheckEvaluator", "own PID namespace") };
    case FactKey::HostIpc: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "host IPC namespace"), QT_TRANSLATE_NOOP("CheckEvaluator", "own IPC namespace") };
    case FactKey::HostNetwork: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "host network"), QT_TRANSLATE_NOOP("CheckEvaluator", "own network namespace") };
    case FactKey::HostUts: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "host UTS namespace"), QT_TRANSLATE_NOOP("CheckEvaluator", "own UTS namespace") };
    case FactKey::UserNamespace: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "own user namespace"), QT_TRANSLATE_NOOP("CheckEvaluator", "host user namespace") };
    case FactKey::IngressIsolated: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "inbound restricted"), QT_TRANSLATE_NOOP("CheckEvaluator", "inbound open") };
    case FactKey::EgressIsolated: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "outbound restricted"), QT_TRANSLATE_NOOP("CheckEvaluator", "outbound open") };
    case FactKey::ServiceAccountToken: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "token mounted"), QT_TRANSLATE_NOOP("CheckEvaluator", "no token") };
    case FactKey::ImagePinnedByDigest: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "pinned by digest"), QT_TRANSLATE_NOOP("CheckEvaluator", "not pinned") };
    case FactKey::ImageMutableTag: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "mutable tag"), QT_TRANSLATE_NOOP("CheckEvaluator", "fixed tag or digest") };
    case FactKey::EngineRootless: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "rootless"), QT_TRANSLATE_NOOP("CheckEvaluator", "rootful") };
    case FactKey::EngineDaemonless: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "daemonless"), QT_TRANSLATE_NOOP("CheckEvaluator", "root daemon") };
    case FactKey::EngineSeccomp: return std::pair { QT_TRANSLATE_NOOP("CheckEvaluator", "seccomp supported"), QT_TRANSLATE_NOOP("CheckEvaluator", "no seccomp") };
    default: return std::nullopt;
    }
}

/// The value shown to people and the one compared between sides, in one unit per fact.
std::pair<QString, QString> presented(const Check& check, const CheckSubject& subject, const FactValue& value)
{
    if (value.typeId() == QMetaType::Bool) {
        if (const auto words = booleanWords(check.fact)) {
            const QString shown = QCoreApplication::translate("CheckEvaluator", value.toBool() ? words->first : words->second);
            return { shown, value.toBool() ? QStringLiteral("true") : QStringLiteral("false") };
        }
    }
    const bool kubernetes = subject.workload != nullptr && subject.workload->platform == QLatin1String("kubernetes");
    const QString text = value.typeId() == QMetaType::QStringList ? QString() : value.toString();
    switch (check.fact) {
    case FactKey::LimitsMemory:
        if (const auto bytes = ResourceQuantity::memoryBytes(text, kubernetes); bytes && !text.isEmpty())
            return { ResourceQuantity::formatBytes(*bytes), QString::number(*bytes, 'f', 0) };
        break;
    case FactKey::LimitsCpu:
        if (const auto cpus = ResourceQuantity::cpus(text, kubernetes); cpus && !text.isEmpty())
            return { ResourceQuantity::formatCpus(*cpus), QString::number(*cpus, 'g', 6) };
        break;
    case FactKey::EngineCgroupVersion:
        if (!text.isEmpty())
            return { QCoreApplication::translate("CheckEvaluator", "cgroup v%1").arg(text), text };
        break;
    case FactKey::PublishedPorts:
        if (const QStringList entries = value.toStringList(); !entries.isEmpty()) {
            QStringList shown, sorted = entries;
            for (const QString& entry : entries)
                shown << ExposureText::shown(entry);
            sorted.sort();
            return { shown.join(QStringLiteral(", ")), sorted.join(QLatin1Char('\n')) };
        }
        break;
    case FactKey::VolumeSources:
        // Podman, Docker and compose mounts are recorded as the Kubernetes volume types Pod
        // Security judges; shown as what the developer wrote, compared as the type.
        if (const QStringList types = value.toStringList(); !kubernetes && !types.isEmpty()) {
            QStringList shown, sorted = types;
            for (const QString& type : types) {
                if (type == QLatin1String("hostPath"))
                    shown << QCoreApplication::translate("CheckEvaluator", "bind mount (as hostPath)");
                else if (type == QLatin1String("emptyDir"))
                    shown << QCoreApplication::translate("CheckEvaluator", "tmpfs (as emptyDir)");
                else if (type == QLatin1String("persistentVolumeClaim"))
                    shown << QCoreApplication::translate("CheckEvaluator", "named volume (as persistentVolumeClaim)");
                else
                    shown << type;
            }
            sorted.sort();
            return { shown.join(QStringLiteral(", ")), sorted.join(QLatin1Char('\n')) };
        }
        break;
    case FactKey::User:
        // 1000:1000 and 1000 run as the same user: the group is shown, not compared.
        if (const QString uid = text.section(QLatin1Char(':'), 0, 0).trimmed(); !uid.isEmpty())
            return { CheckEvaluator::displayText(value), uid };
        break;
    default:
        break;
    }
    const QString shown = CheckEvaluator::displayText(value);
    if (value.typeId() == QMetaType::QStringList) {
        QStringList sorted = value.toStringList();
        sorted.sort();
        return { shown, sorted.isEmpty() ? CheckEvaluator::displayValue(value) : sorted.join(QLatin1Char('\n')) };
    }
    return { shown, CheckEvaluator::displayValue(value) };
}

} // namespace

QString CheckEvaluator::platformOf(const CheckSubject& subject)
{
    if (subject.workload != nullptr)
        return subject.workload->platform;
    return subject.snapshot.engineFact(FactKey::EngineKind).value.toString();
}

CheckStatus CheckEvaluator::judge(const Check& check, const CheckSubject& subject)
{
    if (!applies(check, subject))
        return CheckStatus::NotApplicable;
    if (check.test == CheckTest::PssLevelAtLeast)
        return subject.pss == nullptr ? CheckStatus::Unknown : passIf(subject.pss->level >= wantedLevel(check));
    if (check.test == CheckTest::Comparison)
        return CheckStatus::Unknown;
    if (check.failWhen && subject.container != nullptr) {
        const Fact& decisive = (*subject.container)[*check.failWhen];
        if (decisive.isKnown() && decisive.value.toBool())
            return CheckStatus::Fail;
    }
    // Before the check's own fact: the exemption decides even when that fact is unknown (a
    // digest-pinned image with no pull policy written).
    if (check.passWhen && subject.container != nullptr) {
        const Fact& exemption = (*subject.container)[*check.passWhen];
        if (exemption.isKnown() && exemption.value.toBool())
            return CheckStatus::Pass;
    }
    const Fact* fact = factFor(check, subject);
    if (fact == nullptr || !fact->isKnown())
        return CheckStatus::Unknown;
    return judgeValue(check, shownValue(check, fact->value));
}

CheckOutcome CheckEvaluator::evaluate(const Check& check, const CheckSubject& subject)
{
    CheckOutcome outcome;
    outcome.status = judge(check, subject);
    if (outcome.status == CheckStatus::NotApplicable) {
        outcome.value = check.notApplicable.isEmpty() ? QCoreApplication::translate("CheckEvaluator", "not applicable to %1").arg(platformOf(subject))
                                                      : check.notApplicable;
        // What is compared and digested stays in one language (Gap::stateDigest).
        outcome.comparable = QStringLiteral("not applicable to ") + platformOf(subject);
        return outcome;
    }
    if (check.test == CheckTest::PssLevelAtLeast) {
        if (subject.pss == nullptr)
            return outcome;
        const PssLevel wanted = wantedLevel(check);
        const QString level = QLatin1String(pssLevelName(subject.pss->level));
        const QStringList failures = subject.pss->failuresAgainst(wanted);
        // "privileged level; fails B4 …": the level the workload meets, not a privileged flag.
        outcome.comparable = level;
        outcome.value = QCoreApplication::translate("CheckEvaluator", "%1 level").arg(level);
        if (!failures.isEmpty()) {
            outcome.comparable += QStringLiteral(" (") + failures.join(QStringLiteral("; ")) + QLatin1Char(')');
            outcome.value = QCoreApplication::translate("CheckEvaluator", "%1 level; fails %2").arg(level, PodSecurity::shown(failures).join(QStringLiteral("; ")));
        }
        outcome.provenance = Provenance::Derived; // judged from the workload's fields
        return outcome;
    }
    if (check.failWhen && subject.container != nullptr) {
        const Fact& decisive = (*subject.container)[*check.failWhen];
        if (decisive.isKnown() && decisive.value.toBool()) {
            // Decided by another fact (privileged): the source is that fact's.
            const Fact* own = factFor(check, subject);
            outcome.fact = &decisive;
            outcome.provenance = Provenance::Derived;
            const QString ownComparable = own != nullptr && own->isKnown() ? presented(check, subject, shownValue(check, own->value)).second : QString();
            // Shown: what holds ("every capability (privileged)"), not also the field it
            // overrides ("none; every capability"), which read as a contradiction.
            outcome.value = check.failWhenValue.isEmpty() ? QLatin1String(factName(*check.failWhen)) : check.failWhenValue;
            outcome.comparable = QStringLiteral("%1; %2").arg(ownComparable, QLatin1String(factName(*check.failWhen)));
            return outcome;
        }
    }
    outcome.fact = factFor(check, subject);
    if (outcome.fact != nullptr)
        outcome.provenance = outcome.fact->provenance;
    if (outcome.fact != nullptr && outcome.fact->isKnown()) {
        std::tie(outcome.value, outcome.comparable) = presented(check, subject, shownValue(check, outcome.fact->value));
        if (check.passWhen && outcome.status == CheckStatus::Pass && judgeValue(check, outcome.fact->value) == CheckStatus::Fail)
            outcome.value += QStringLiteral(" (") + exemptionText(check) + QLatin1Char(')');
    } else if (outcome.status == CheckStatus::Pass) {
        outcome.value = exemptionText(check); // passed on the exemption alone
        outcome.comparable = QStringLiteral("exempt");
    }
    return outcome;
}

} // namespace crossroads
