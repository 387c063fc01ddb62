// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace crossroads {

/// A small JSON file read whole into a nlohmann document (policy files, baselines, detached
/// signatures, training scenarios): files users did not write. The document also passes the
/// input readers' checks (DocumentReader: nesting, sizes, duplicate keys, each refused with its
/// line) before it is returned, so it is never deep enough to overflow the stack when copied, and no library
/// exception (a number out of range, a wrong type) leaves: every failure is an Error naming the
/// file and, where known, the place. Only the .cpp files of the engine include this header.
namespace WholeJson {
Result<nlohmann::json> parse(const QByteArray& bytes, const QString& origin);
Result<nlohmann::ordered_json> parseOrdered(const QByteArray& bytes, const QString& origin);
} // namespace WholeJson

} // namespace crossroads
