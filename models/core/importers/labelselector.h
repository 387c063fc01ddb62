// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/document.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

/// A Kubernetes label selector (matchLabels and matchExpressions), as the API reference's
/// LabelSelector defines it: every requirement must hold; an empty selector selects everything.
struct LabelSelector {
    enum class Operator { In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        QString key;
        Operator op = Operator::In;
        QStringList values;
    };
    QMap<QString, QString> matchLabels;
    std::vector<Requirement> expressions;
    /// The first operator that is not one of the four; the API server refuses such a selector.
    QString invalidOperator;

    /// Reads `selector` (an object with matchLabels and matchExpressions); an absent or null
    /// node reads as the empty selector, as the API server decodes an omitted podSelector.
    static LabelSelector read(const Node& selector);
    /// No requirement at all: selects every object ({} or absent).
    bool isEmpty() const { return matchLabels.isEmpty() && expressions.empty(); }
    bool isValid() const { return invalidOperator.isEmpty(); }
    bool matches(const QMap<QString, QString>& labels) const;
};

} // namespace crossroads
