// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"

#include <QString>

namespace crossroads {

/// GitHub-flavoured Markdown for a pull request comment: verdict, scores, the failing gaps with
/// the fix, waived gaps with owner and expiry, waiver problems, and the inputs' digests.
/// Drift and unknown results are counted, not listed, to keep the comment short.
class MarkdownReport {
public:
    static QString write(const Comparison& comparison);
};

} // namespace crossroads
