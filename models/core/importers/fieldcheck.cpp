// SPDX-License-Identifier: Apache-2.0
#include "fieldcheck.h"

#include <algorithm>
#include <cmath>

namespace crossroads {

QString FieldCheck::found(const Node& node)
{
    // A text is never quoted: a mistyped field may hold a credential.
    switch (node.type()) {
    case NodeType::String:
        return tr("a text");
    case NodeType::Integer:
        return node.toString();
    case NodeType::Double:
        return std::isfinite(node.toString().toDouble()) ? node.toString() : tr("a number too large");
    case NodeType::Bool:
        return node.toString();
    case NodeType::Array:
        return tr("a list");
    case NodeType::Object:
        return tr("a mapping");
    case NodeType::Null:
        return tr("null");
    }
    return {};
}

bool FieldCheck::refuse(const ImportContext& context, const Node& node, const QString& reason)
{
    if (context.batch != nullptr && !context.batch->invalid) {
        QString field = fromUtf8(node.key());
        if (field.isEmpty()) { // a list element: "ports[0]"
            const QStringList steps = node.pointer().split(QLatin1Char('/'));
            field = steps.size() >= 2 ? steps.at(steps.size() - 2) + QLatin1Char('[') + steps.last() + QLatin1Char(']') : node.pointer();
        }
        context.batch->invalid = Error { context.fileName, tr("line %1, %2").arg(node.line()).arg(node.pointer()),
            tr("%1 %2").arg(field, reason) };
    }
    return false;
}

std::optional<bool> FieldCheck::boolean(const ImportContext& context, const Node& node, Booleans spelling)
{
    if (!node.isValid() || node.isNull())
        return std::nullopt;
    if (const std::optional<bool> value = node.toBool())
        return value;
    if (spelling == Booleans::ComposeText && node.isString()) {
        // compose-go's toBoolean: these, in any case, and nothing else.
        const QString text = node.toString().toLower();
        for (const char* yes : { "y", "yes", "true", "on" }) {
            if (text == QLatin1String(yes))
                return true;
        }
        for (const char* no : { "n", "no", "false", "off" }) {
            if (text == QLatin1String(no))
                return false;
        }
    }
    refuse(context, node, tr("must be true or false, not %1").arg(found(node)));
    return std::nullopt;
}

std::optional<qint64> FieldCheck::integer(const ImportContext& context, const Node& node, qint64 minimum, qint64 maximum, Integers spelling)
{
    if (!node.isValid() || node.isNull())
        return std::nullopt;
    const bool number = node.type() == NodeType::Integer || node.type() == NodeType::Double;
    const bool digits = spelling == Integers::NumberOrDigits && node.isString() && !node.text().empty();
    if (number || digits) {
        if (const std::optional<qint64> value = node.toInteger(); value && *value >= minimum && *value <= maximum)
            return value;
    }
    // A text of digits is a number to show; any other text is not quoted.
    const QString text = node.toString();
    const bool allDigits = digits && text.size() <= 24 && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || c == QLatin1Char('-'); });
    refuse(context, node, tr("must be a whole number from %1 to %2, not %3").arg(minimum).arg(maximum).arg(allDigits ? text : found(node)));
    return std::nullopt;
}

std::optional<QString> FieldCheck::text(const ImportContext& context, const Node& node, bool scalarsAsText)
{
    if (!node.isValid() || node.isNull())
        return std::nullopt;
    if (node.isString() || (scalarsAsText && node.isScalar()))
        return node.toString();
    refuse(context, node, tr("must be a text, not %1").arg(found(node)));
    return std::nullopt;
}

void FieldCheck::linuxUser(const ImportContext& context, const Node& node)
{
    const std::optional<QString> user = text(context, node, true);
    if (!user)
        return;
    for (const QString& part : user->split(QLatin1Char(':'))) {
        const bool digits = !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
        bool number = false;
        const qint64 id = part.toLongLong(&number);
        if (digits && (!number || id > maxLinuxId)) {
            refuse(context, node, tr("must hold a uid and gid from 0 to %1, not %2").arg(maxLinuxId).arg(part.left(24)));
            return;
        }
    }
}

bool FieldCheck::isListOrAbsent(const ImportContext& context, const Node& node)
{
    if (!node.isValid() || node.isNull() || node.isArray())
        return true;
    return refuse(context, node, tr("must be a list, not %1").arg(found(node)));
}

bool FieldCheck::isMappingOrAbsent(const ImportContext& context, const Node& node)
{
    if (!node.isValid() || node.isNull() || node.isObject())
        return true;
    return refuse(context, node, tr("must be a mapping, not %1").arg(found(node)));
}

} // namespace crossroads
