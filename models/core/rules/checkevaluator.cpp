// SPDX-License-Identifier: Apache-2.0
#include "checkevaluator.h"

#include "clusterversionrules.h"
#include "resourcequantity.h"

#include <QCoreApplication>

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
    if (subject.container != nullptr)
        return &ClusterVersionRules::effective(*subject.container, check.fact, subject.version);
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

/// The value shown to people and the one compared between sides, in one unit per fact.
std::pair<QString, QString> presented(const Check& check, const CheckSubject& subject, const FactValue& value)
{
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
    case FactKey::User:
        // 1000:1000 and 1000 run as the same user: the group is shown, not compared.
        return { CheckEvaluator::displayValue(value), text.section(QLatin1Char(':'), 0, 0).trimmed() };
    default:
        break;
    }
    const QString shown = CheckEvaluator::displayValue(value);
    if (value.typeId() == QMetaType::QStringList) {
        QStringList sorted = value.toStringList();
        sorted.sort();
        return { shown, sorted.join(QLatin1Char('\n')) };
    }
    return { shown, shown };
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
    const Fact* fact = factFor(check, subject);
    if (fact == nullptr || !fact->isKnown())
        return CheckStatus::Unknown;
    if (check.passWhen && subject.container != nullptr) {
        const Fact& exemption = (*subject.container)[*check.passWhen];
        if (exemption.isKnown() && exemption.value.toBool())
            return CheckStatus::Pass;
    }
    return judgeValue(check, shownValue(check, fact->value));
}

CheckOutcome CheckEvaluator::evaluate(const Check& check, const CheckSubject& subject)
{
    CheckOutcome outcome;
    outcome.status = judge(check, subject);
    if (outcome.status == CheckStatus::NotApplicable) {
        outcome.value = outcome.comparable = check.notApplicable.isEmpty()
            ? QCoreApplication::translate("CheckEvaluator", "not applicable to %1").arg(platformOf(subject))
            : check.notApplicable;
        return outcome;
    }
    if (check.test == CheckTest::PssLevelAtLeast) {
        if (subject.pss == nullptr)
            return outcome;
        const PssLevel wanted = wantedLevel(check);
        outcome.value = QLatin1String(pssLevelName(subject.pss->level));
        const QStringList failures = subject.pss->failuresAgainst(wanted);
        if (!failures.isEmpty())
            outcome.value += QStringLiteral(" (") + failures.join(QStringLiteral("; ")) + QLatin1Char(')');
        outcome.comparable = outcome.value;
        return outcome;
    }
    outcome.fact = factFor(check, subject);
    if (outcome.fact != nullptr && outcome.fact->isKnown()) {
        std::tie(outcome.value, outcome.comparable) = presented(check, subject, shownValue(check, outcome.fact->value));
        if (check.passWhen && subject.container != nullptr && outcome.status == CheckStatus::Pass) {
            const Fact& exemption = (*subject.container)[*check.passWhen];
            if (exemption.isKnown() && exemption.value.toBool() && judgeValue(check, outcome.fact->value) == CheckStatus::Fail)
                outcome.value += QCoreApplication::translate("CheckEvaluator", " (passes: %1 is true)").arg(QLatin1String(factName(*check.passWhen)));
        }
    }
    return outcome;
}

} // namespace crossroads
