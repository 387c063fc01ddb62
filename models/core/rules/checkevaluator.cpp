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

CheckStatus judge(bool pass)
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

} // namespace

CheckOutcome CheckEvaluator::evaluate(const Check& check, const Snapshot& snapshot, const Container* container, const PssEvaluation* pss)
{
    CheckOutcome outcome;
    if (check.test == CheckTest::PssLevelAtLeast) {
        if (pss == nullptr)
            return outcome;
        const PssLevel wanted = pssLevelFromName(check.values.value(0)).value_or(PssLevel::Baseline);
        outcome.status = judge(pss->level >= wanted);
        outcome.value = QLatin1String(pssLevelName(pss->level));
        const QStringList failures = pss->failuresAgainst(wanted);
        if (!failures.isEmpty())
            outcome.value += QStringLiteral(" (") + failures.join(QStringLiteral("; ")) + QLatin1Char(')');
        return outcome;
    }
    const Fact* fact = nullptr;
    if (check.scope == CheckScope::Engine)
        fact = &snapshot.engineFact(check.fact);
    else if (container != nullptr)
        fact = &(*container)[check.fact];
    if (fact == nullptr)
        return outcome;
    outcome.fact = fact;
    if (!fact->isKnown())
        return outcome;
    const FactValue& value = fact->value;
    outcome.value = displayValue(value);
    switch (check.test) {
    case CheckTest::IsFalse:
        outcome.status = judge(!value.toBool());
        break;
    case CheckTest::IsTrue:
        outcome.status = judge(value.toBool());
        break;
    case CheckTest::Empty:
        outcome.status = judge(isEmptyValue(value));
        break;
    case CheckTest::NotEmpty:
        outcome.status = judge(!isEmptyValue(value));
        break;
    case CheckTest::SubsetOf: {
        const QStringList items = itemsOf(value);
        outcome.status = judge(std::all_of(items.begin(), items.end(), [&](const QString& item) { return check.values.contains(item); }));
        break;
    }
    case CheckTest::NamesSubsetOf: {
        const QStringList items = itemsOf(value);
        outcome.status = judge(std::all_of(items.begin(), items.end(), [&](const QString& item) {
            return check.values.contains(item.section(QLatin1Char('='), 0, 0));
        }));
        break;
    }
    case CheckTest::NotIn: {
        const QStringList items = itemsOf(value);
        outcome.status = judge(std::none_of(items.begin(), items.end(), [&](const QString& item) { return check.values.contains(item); }));
        break;
    }
    case CheckTest::In:
        outcome.status = judge(check.values.contains(value.toString()));
        break;
    case CheckTest::NoItemStartsWith: {
        const QStringList items = itemsOf(value);
        outcome.status = judge(std::none_of(items.begin(), items.end(), [&](const QString& item) {
            return std::any_of(check.values.begin(), check.values.end(), [&](const QString& prefix) { return item.startsWith(prefix, Qt::CaseInsensitive); });
        }));
        break;
    }
    case CheckTest::NonRootUser: {
        const QString user = value.toString().section(QLatin1Char(':'), 0, 0).trimmed();
        outcome.status = judge(!(user.isEmpty() || user == QLatin1String("0") || user == QLatin1String("root")));
        break;
    }
    case CheckTest::PssLevelAtLeast:
        break;
    }
    return outcome;
}

} // namespace crossroads
