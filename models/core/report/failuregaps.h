// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparator.h"
#include "compare/comparison.h"

#include <vector>

namespace crossroads::report {

/// `check` judges results, but the baseline and the gate read the failures as the gaps of a
/// one-sided comparison (Comparator::oneSided). This finds the gap a failing result became,
/// so the text and JSON check reports show the same fingerprints and baseline states as SARIF.
class FailureGaps {
public:
    FailureGaps(const Comparison& failures, std::size_t resultCount);

    /// The gap of results[index], or nullptr for a passing or unknown result.
    const Gap* of(std::size_t index) const { return index < m_byResult.size() ? m_byResult[index] : nullptr; }
    const Comparison& failures() const { return m_failures; }

private:
    const Comparison& m_failures;
    std::vector<const Gap*> m_byResult;
};

} // namespace crossroads::report
