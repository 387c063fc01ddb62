// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <cstddef>

namespace crossroads {

/// Hard limits for reading untrusted files. A file past any of them is refused with a message
/// naming the place, never parsed into unbounded memory: deep nesting, a "billion laughs" alias
/// bomb and a multi-gigabyte string all stop here.
struct DocumentLimits {
    int maxDepth = 200;
    std::size_t maxDocumentBytes = std::size_t(256) << 20; ///< one document or one streamed list item
    std::size_t maxScalarBytes = std::size_t(16) << 20;
    std::size_t maxAliasEntries = 1'000'000; ///< nodes created by YAML alias expansion, per document
    std::size_t maxItems = 1'000'000; ///< streamed items of one list (docker inspect array, Kubernetes List)
};

/// The error for a value (a string, a number, or a run of spaces or comments between two
/// values) that goes on past maxScalarBytes: the readers stop as soon as it is certainly past.
QString valueTooLong(const DocumentLimits& limits);

} // namespace crossroads
