// SPDX-License-Identifier: Apache-2.0
#include "labelselector.h"

#include "importcontext.h"

namespace crossroads {

LabelSelector LabelSelector::read(const Node& selector)
{
    LabelSelector result;
    // Other members (a label written straight under podSelector) are unknown fields the API
    // server drops, so they select nothing narrower.
    result.matchLabels = toStringMap(selector["matchLabels"]);
    for (const Node expression : selector["matchExpressions"].children()) {
        Requirement requirement;
        requirement.key = expression["key"].toString();
        requirement.values = expression["values"].toStringList();
        const QString op = expression["operator"].toString();
        if (op == QLatin1String("In")) {
            requirement.op = Operator::In;
        } else if (op == QLatin1String("NotIn")) {
            requirement.op = Operator::NotIn;
        } else if (op == QLatin1String("Exists")) {
            requirement.op = Operator::Exists;
        } else if (op == QLatin1String("DoesNotExist")) {
            requirement.op = Operator::DoesNotExist;
        } else {
            if (result.invalidOperator.isEmpty())
                result.invalidOperator = op.isEmpty() ? QStringLiteral("\"\"") : op;
            continue;
        }
        result.expressions.push_back(std::move(requirement));
    }
    return result;
}

bool LabelSelector::matches(const QMap<QString, QString>& labels) const
{
    if (!isValid())
        return false;
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || *found != it.value())
            return false;
    }
    for (const Requirement& requirement : expressions) {
        const auto found = labels.constFind(requirement.key);
        const bool has = found != labels.cend();
        switch (requirement.op) {
        case Operator::In:
            if (!has || !requirement.values.contains(*found))
                return false;
            break;
        case Operator::NotIn:
            // An object without the label is not in the set either (the labels concept page:
            // `environment notin (frontend)` also selects objects without an environment label).
            if (has && requirement.values.contains(*found))
                return false;
            break;
        case Operator::Exists:
            if (!has)
                return false;
            break;
        case Operator::DoesNotExist:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

} // namespace crossroads
