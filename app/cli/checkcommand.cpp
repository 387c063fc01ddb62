// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "baseline/baseline.h"
#include "compare/comparator.h"
#include "policy/policyenforcer.h"
#include "report/comparisonjson.h"
#include "report/textreport.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace crossroads::cli {

namespace {

/// Kubernetes objects and no local engine (a node list is the cluster's own): what a cluster's
/// manifests are, also those without a workload (a folder of NetworkPolicies).
bool describesACluster(const ImportReport& report)
{
    const Snapshot& snapshot = report.snapshot;
    const Fact& engine = snapshot.engineFact(FactKey::EngineKind);
    if (engine.isKnown() && engine.value.toString() != QLatin1String("kubernetes"))
        return false;
    if (snapshot.workloads.empty())
        return report.onlyKubernetesObjects;
    return std::all_of(snapshot.workloads.begin(), snapshot.workloads.end(), [](const Workload& workload) { return workload.platform == QLatin1String("kubernetes"); });
}

} // namespace

int runCheck(const QStringList& arguments)
{
    Options options(tr("Check one environment against the rule catalogue."));
    QCommandLineOption side(QStringLiteral("side"), tr("Which side the inputs describe: dev or prod (default: the side saved snapshots were recorded for; prod when every workload read is a Kubernetes object and no local engine was read; else dev; it decides which policy waivers and requirements apply)."), tr("side"), QStringLiteral("dev"));
    QCommandLineOption baselineOption(QStringLiteral("baseline"), tr("A previous check report (--format json or sarif) to mark failures new, unchanged, updated or absent."), tr("file"));
    QCommandLineOption failOnNew(QStringLiteral("fail-on-new"), tr("Exit 1 only for failures that are new since --baseline (--fail-on sets the severity)."));
    options.hasFormat = true;
    options.formats << QStringLiteral("sarif") << QStringLiteral("markdown") << QStringLiteral("html") << QStringLiteral("pdf");
    options.format.setDescription(tr("Output format: text, json (every result), sarif, markdown, html or pdf (the failures; pdf needs -o)."));
    // Paths follow the options here, so several policies take one --policy each.
    options.policy.setDescription(tr("A policy file to apply (repeat for several, merged in order; builtin:pss-restricted and builtin:cis-docker-5 are bundled)."));
    options.output.setDescription(tr("Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .sarif, .md, .html, .pdf)."));
    options.add({ side, options.policy, baselineOption, failOnNew, options.today, options.format, options.output, options.quiet, options.sourceRoot,
        options.failOn, options.keepGoing, options.keyFile, options.kubernetesVersion });
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
    const QString format = options.formatName();
    if (options.parser.isSet(options.sourceRoot)) {
        if (format != QLatin1String("sarif")) {
            printError(tr("--source-root applies to --format sarif"));
            return UsageOrInputError;
        }
        if (!QFileInfo(options.parser.value(options.sourceRoot)).isDir()) {
            printError(tr("%1: no such folder (--source-root)").arg(options.parser.value(options.sourceRoot)));
            return UsageOrInputError;
        }
    }
    if (options.parser.isSet(failOnNew) && !options.parser.isSet(baselineOption)) {
        printError(tr("--fail-on-new needs --baseline PREVIOUS.json (or .sarif)"));
        return UsageOrInputError;
    }
    // Without --side, saved snapshots of one side are checked as the side they were recorded for.
    const std::optional<Side> recorded = options.parser.isSet(side) ? std::nullopt : recordedSide(options.parser.positionalArguments());
    if (recorded)
        checkedSide = recorded;
    const auto threshold = failThreshold(options);
    const auto version = versionOption(options);
    const std::optional<QDate> judgedOn = judgedOnOption(options);
    if (!threshold || !version || !judgedOn)
        return UsageOrInputError;
    std::optional<Policy> policy = policyOption(options);
    if (!policy)
        return UsageOrInputError;
    std::optional<Baseline> baseline;
    if (options.parser.isSet(baselineOption)) {
        Result<Baseline> loaded = Baseline::load(options.parser.value(baselineOption));
        if (!loaded) {
            printError(loaded.error().toString());
            return UsageOrInputError;
        }
        baseline.emplace(std::move(loaded).value());
    }
    KeyHolder key;
    if (!loadKey(options, key))
        return UsageOrInputError;
    auto report = importSide(*checkedSide, options.parser.positionalArguments(), options, key.key ? &*key.key : nullptr);
    if (!report)
        return UsageOrInputError;
    // Without --side and without a recorded side, manifests of a cluster are production: judged
    // as dev, a prod waiver or requirement of the policy would silently not apply.
    if (!options.parser.isSet(side) && !recorded && describesACluster(*report)) {
        checkedSide = Side::Prod;
        report->snapshot.side = Side::Prod;
    }
    if (baseline && baseline->checkedSide() != checkedSide) {
        printError(baseline->checkedSide()
                ? tr("%1 is a report of check on the %2 side, and this check judges the %3 side; give a report of the same side as --baseline")
                      .arg(options.parser.value(baselineOption), QLatin1String(sideName(*baseline->checkedSide())), QLatin1String(sideName(*checkedSide)))
                : tr("%1 is a report of compare, whose findings pair two sides; give a report of check (--format json or sarif) as --baseline")
                      .arg(options.parser.value(baselineOption)));
        return UsageOrInputError;
    }
    CompareOptions compareOptions;
    compareOptions.kubernetesVersion = *version;
    const KubernetesVersion judgedAt = Comparator::clusterVersion(report->snapshot, compareOptions);
    const PolicyCheck checked = PolicyEnforcer::check(report->snapshot, std::move(*policy), judgedAt, *judgedOn);
    const DomainScores scores = Comparator::score(checked.results);
    // The failures as a one-sided comparison: what every other format, the baseline and the
    // gate read, so that the exit status is the same whatever the format. The snapshot moves
    // into it whole (its buffers, which the results point into, stay where they are).
    Comparison failures = Comparator::oneSided(std::move(report->snapshot), checked.results, judgedAt, scores);
    const Snapshot& snapshot = *checkedSide == Side::Dev ? failures.dev : failures.prod;
    failures.policy = checked.policy;
    failures.catalogue = checked.catalogue;
    if (baseline)
        baseline->apply(failures);
    bool written = false;
    if (format == QLatin1String("json")) {
        written = emitStreamed(options, [&](QIODevice& out) {
            return ComparisonJson::writeCheck(out, snapshot, checked.results, scores, judgedAt, &checked.policy, &failures);
        });
    } else if (format == QLatin1String("text")) {
        const bool colour = !options.parser.isSet(options.output) && stdoutIsTerminal();
        written = emitStreamed(options, [&](QIODevice& out) {
            return TextReport::writeCheck(out, snapshot, checked.results, scores, colour, &checked.policy, &failures);
        });
    } else {
        written = writeComparison(options, failures);
    }
    if (!written)
        return UsageOrInputError;
    const bool onlyNew = options.parser.isSet(failOnNew);
    const std::optional<Severity> gate = onlyNew ? std::optional<Severity>(threshold->value_or(Severity::Low)) : *threshold;
    const int failing = !gate ? 0 : onlyNew ? Baseline::newlyFailing(failures, *gate) : failures.failingAtOrAbove(*gate);
    printSummary(options, failures.openFindings(), failures.failingBySeverity, gate, failing, onlyNew);
    if (unreadableInputs(report->problems.size()))
        return UsageOrInputError;
    return failing > 0 ? GapsFound : Success;
}

} // namespace crossroads::cli
