// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "compare/comparator.h"
#include "policy/policyenforcer.h"
#include "report/comparisonjson.h"
#include "report/textreport.h"

#include <array>
#include <optional>

namespace crossroads::cli {

int runCheck(const QStringList& arguments)
{
    Options options(tr("Check one environment against the rule catalogue."));
    QCommandLineOption side(QStringLiteral("side"), tr("Which side the inputs describe: dev or prod (default: the side saved snapshots were recorded for, else dev; it decides which policy waivers and requirements apply)."), tr("side"), QStringLiteral("dev"));
    options.hasFormat = true;
    // Paths follow the options here, so several policies take one --policy each.
    options.policy.setDescription(tr("A policy file to apply (repeat for several, merged in order; builtin:pss-restricted and builtin:cis-docker-5 are bundled)."));
    options.add({ side, options.policy, options.today, options.format, options.output, options.quiet, options.failOn, options.keepGoing, options.keyFile,
        options.kubernetesVersion });
    options.addPositional(QStringLiteral("paths"), tr("Files or folders to check."), tr("PATH…"), docgen::ValueKind::File);
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    std::optional<Side> checkedSide = sideOption(options, side);
    if (!checkedSide)
        return UsageOrInputError;
    if (options.parser.positionalArguments().isEmpty()) {
        printError(tr("check needs at least one PATH; see crossroads-cli check --help"));
        return UsageOrInputError;
    }
    // Without --side, saved snapshots of one side are checked as the side they were recorded for.
    if (!options.parser.isSet(side)) {
        if (const std::optional<Side> recorded = recordedSide(options.parser.positionalArguments()))
            checkedSide = recorded;
    }
    const auto threshold = failThreshold(options);
    const auto version = versionOption(options);
    const std::optional<QDate> judgedOn = judgedOnOption(options);
    if (!threshold || !version || !judgedOn)
        return UsageOrInputError;
    std::optional<Policy> policy = policyOption(options);
    if (!policy)
        return UsageOrInputError;
    KeyHolder key;
    if (!loadKey(options, key))
        return UsageOrInputError;
    auto report = importSide(*checkedSide, options.parser.positionalArguments(), options, key.key ? &*key.key : nullptr);
    if (!report)
        return UsageOrInputError;
    CompareOptions compareOptions;
    compareOptions.kubernetesVersion = *version;
    const KubernetesVersion judgedAt = Comparator::clusterVersion(report->snapshot, compareOptions);
    const PolicyCheck checked = PolicyEnforcer::check(report->snapshot, std::move(*policy), judgedAt, *judgedOn);
    const DomainScores scores = Comparator::score(checked.results);
    const bool json = options.parser.value(options.format) == QLatin1String("json");
    const QByteArray content = json ? ComparisonJson::writeCheck(report->snapshot, checked.results, scores, judgedAt, &checked.policy)
                                    : TextReport::writeCheck(report->snapshot, checked.results, scores, !options.parser.isSet(options.output) && stdoutIsTerminal(),
                                        &checked.policy)
                                          .toUtf8();
    if (!emit(options, content))
        return UsageOrInputError;
    std::array<int, 4> bySeverity {};
    int failing = 0;
    for (const CheckResult& result : checked.results) {
        if (result.outcome.status != CheckStatus::Fail || result.waiver >= 0)
            continue;
        ++bySeverity[static_cast<std::size_t>(result.check->severity)];
        failing += *threshold && result.check->severity >= **threshold;
    }
    printSummary(options, bySeverity[0] + bySeverity[1] + bySeverity[2] + bySeverity[3], bySeverity, *threshold, failing);
    if (unreadableInputs(report->problems.size()))
        return UsageOrInputError;
    return failing > 0 ? GapsFound : Success;
}

} // namespace crossroads::cli
