// SPDX-License-Identifier: Apache-2.0
#include "checkevaluator.h"

namespace crossroads {

const char* checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return "pass";
    case CheckStatus::Fail:
        return "fail";
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
const Fact* factFor(const Check& check, const Snapshot& snapshot, const Container* container)
{
    if (check.scope == CheckScope::Engine)
        return &snapshot.engineFact(check.fact);
    if (container != nullptr)
        return &(*container)[check.fact];
    return nullptr;
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
    case CheckTest::NonRootUser: {
        const QString user = value.toString().section(QLatin1Char(':'), 0, 0).trimmed();
        return passIf(!(user.isEmpty() || user == QLatin1String("0") || user == QLatin1String("root")));
    }
    case CheckTest::PssLevelAtLeast:
        break;
    }
    return CheckStatus::Unknown;
}

PssLevel wantedLevel(const Check& check)
{
    return pssLevelFromName(check.values.value(0)).value_or(PssLevel::Baseline);
}

} // namespace

CheckStatus CheckEvaluator::judge(const Check& check, const Snapshot& snapshot, const Container* container, const PssEvaluation* pss)
{
    if (check.test == CheckTest::PssLevelAtLeast)
        return pss == nullptr ? CheckStatus::Unknown : passIf(pss->level >= wantedLevel(check));
    const Fact* fact = factFor(check, snapshot, container);
    if (fact == nullptr || !fact->isKnown())
        return CheckStatus::Unknown;
    return judgeValue(check, fact->value);
}

CheckOutcome CheckEvaluator::evaluate(const Check& check, const Snapshot& snapshot, const Container* container, const PssEvaluation* pss)
{
    CheckOutcome outcome;
    outcome.status = judge(check, snapshot, container, pss);
    if (check.test == CheckTest::PssLevelAtLeast) {
        if (pss == nullptr)
            return outcome;
        const PssLevel wanted = wantedLevel(check);
        outcome.value = QLatin1String(pssLevelName(pss->level));
        const QStringList failures = pss->failuresAgainst(wanted);
        if (!failures.isEmpty())
            outcome.value += QStringLiteral(" (") + failures.join(QStringLiteral("; ")) + QLatin1Char(')');
        return outcome;
    }
    outcome.fact = factFor(check, snapshot, container);
    if (outcome.fact != nullptr && outcome.fact->isKnown())
        outcome.value = displayValue(outcome.fact->value);
    return outcome;
}

} // namespace crossroads
