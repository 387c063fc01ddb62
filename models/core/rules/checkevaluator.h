// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "check.h"
#include "podsecurity.h"
#include "snapshot/snapshot.h"

namespace crossroads {

enum class CheckStatus { Pass, Fail, Unknown };
const char* checkStatusName(CheckStatus status);

struct CheckOutcome {
    CheckStatus status = CheckStatus::Unknown;
    QString value; ///< the fact as shown to users ("true", "SYS_ADMIN, NET_RAW", "none")
    const Fact* fact = nullptr; ///< for its source; nullptr for workload-level checks
};

/// Judges one check against one container (or the engine, or a workload's PSS level).
class CheckEvaluator {
public:
    static CheckOutcome evaluate(const Check& check, const Snapshot& snapshot, const Container* container, const PssEvaluation* pss);
    /// The status alone: what scores need, without composing the value shown to users.
    static CheckStatus judge(const Check& check, const Snapshot& snapshot, const Container* container, const PssEvaluation* pss);
    static QString displayValue(const FactValue& value);
};

} // namespace crossroads
