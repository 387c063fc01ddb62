// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "compare/comparison.h"
#include "session/comparisonjob.h"

#include <QString>

#include <vector>

namespace crossroads {

/// One step of a training scenario: a gap to look at and what to say about it, in plain words
/// for a mixed ops/dev audience, with a take-away for each team.
struct TrainingStep {
    QString gap; ///< check id or comparison fact, e.g. "CR-RT-001", "secrets.reused_credential"
    QString workload; ///< optional: part of the dev or prod workload name, to pick one gap
    QString container; ///< optional: the container's name, for a pod with several
    QString title;
    QString narrative;
    QString forDevelopers;
    QString forOperations;

    /// The first gap of the comparison this step talks about, or -1.
    int findGap(const Comparison& comparison) const;
};

/// A bundled training scenario (`:/crossroads/scenarios/<id>/scenario.json`): its inputs on
/// both sides and the steps that walk through its gaps.
struct TrainingScenario {
    Q_DECLARE_TR_FUNCTIONS(crossroads::TrainingScenario)
public:
    QString id;
    QString title;
    QString summary;
    QString introduction;
    ComparisonRequest request;
    std::vector<TrainingStep> steps;

    /// Every bundled scenario, in the order of `:/crossroads/scenarios/index.json`.
    static Result<std::vector<TrainingScenario>> bundled();
    static Result<TrainingScenario> load(const QString& folder);
};

} // namespace crossroads
