// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "baseline/baseline.h"
#include "integrity/detachedsignature.h"
#include "policy/policyenforcer.h"
#include "secrets/workspacekey.h"

#include <QFileInfo>

#include <optional>

namespace crossroads::cli {

void setInputDisplayNames(const QHash<QString, QString>& names)
{
    inputDisplayNames() = names;
}

int runCompare(const QStringList& arguments)
{
    Options options(tr("Compare a development environment with a production one."));
    QCommandLineOption dev(QStringLiteral("dev"), tr("Development inputs: files or folders (several may follow)."), tr("path"));
    QCommandLineOption prod(QStringLiteral("prod"), tr("Production inputs: files or folders (several may follow)."), tr("path"));
    QCommandLineOption map(QStringLiteral("map"), tr("Explicit dev→prod workload pairs (JSON or YAML)."), tr("file"));
    QCommandLineOption demo(QStringLiteral("demo"), tr("Compare the bundled demo scenario."));
    QCommandLineOption baselineOption(QStringLiteral("baseline"), tr("A previous report (--format json or sarif) to mark gaps new, unchanged, updated or absent; with --repo also REV:PATH."),
        tr("file"));
    QCommandLineOption failOnNew(QStringLiteral("fail-on-new"), tr("Exit 1 only for gaps that fail now and did not before (needs --baseline; --fail-on sets the severity)."));
    QCommandLineOption signKey(QStringLiteral("sign-key"), tr("Also sign the report written with -o: FILE.sig (see crossroads-cli sign)."), tr("key"));
    // Taken off the arguments by runRepositoryCompare before they get here; declared for --help.
    QCommandLineOption repo(QStringLiteral("repo"), tr("Read --dev, --prod and --baseline values written REV:PATH from this git repository."), tr("dir"));
    options.hasFormat = true;
    options.formats << QStringLiteral("sarif") << QStringLiteral("markdown") << QStringLiteral("html") << QStringLiteral("pdf");
    options.format.setDescription(tr("Output format: text, json, sarif, markdown, html or pdf (pdf needs -o)."));
    options.output.setDescription(tr("Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .sarif, .md, .html, .pdf)."));
    options.add({ dev, prod, map, demo, repo, options.policy, baselineOption, failOnNew, signKey, options.today, options.format, options.output, options.quiet,
        options.sourceRoot, options.failOn, options.keepGoing, options.keyFile, options.kubernetesVersion });
    options.add(passphraseOptions());
    if (!options.parse(arguments, { QStringLiteral("--dev"), QStringLiteral("--prod"), QStringLiteral("--policy") }))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    QStringList devPaths = options.parser.values(dev);
    QStringList prodPaths = options.parser.values(prod);
    if (options.parser.isSet(demo)) {
        devPaths = QStringList { QStringLiteral(":/crossroads/demo/dev") };
        prodPaths = QStringList { QStringLiteral(":/crossroads/demo/prod") };
    }
    if (devPaths.isEmpty() || prodPaths.isEmpty() || !options.parser.positionalArguments().isEmpty()) {
        printError(tr("compare needs --dev PATH… and --prod PATH… (or --demo); see crossroads-cli compare --help"));
        return UsageOrInputError;
    }
    const auto threshold = failThreshold(options);
    const auto version = versionOption(options);
    if (!threshold || !version)
        return UsageOrInputError;
    CompareOptions compareOptions;
    compareOptions.kubernetesVersion = *version;
    if (options.parser.isSet(map)) {
        Result<WorkloadMap> loaded = WorkloadMap::load(options.parser.value(map));
        if (!loaded) {
            printError(loaded.error().toString());
            return UsageOrInputError;
        }
        compareOptions.map = std::move(loaded).value();
    }
    if (options.parser.isSet(options.sourceRoot)) {
        const QString root = options.parser.value(options.sourceRoot);
        if (options.formatName() != QLatin1String("sarif")) {
            printError(tr("--source-root applies to --format sarif"));
            return UsageOrInputError;
        }
        if (!QFileInfo(root).isDir()) {
            printError(tr("%1: no such folder (--source-root)").arg(root));
            return UsageOrInputError;
        }
    }
    if (options.parser.isSet(failOnNew) && !options.parser.isSet(baselineOption)) {
        printError(tr("--fail-on-new needs --baseline PREVIOUS.json"));
        return UsageOrInputError;
    }
    const std::optional<QDate> judgedOn = judgedOnOption(options);
    if (!judgedOn)
        return UsageOrInputError;
    // The signing key is loaded before the work, so that a wrong passphrase fails fast.
    std::optional<SigningKey> signingKey;
    if (options.parser.isSet(signKey)) {
        if (!options.parser.isSet(options.output)) {
            printError(tr("--sign-key needs -o FILE"));
            return UsageOrInputError;
        }
        signingKey = loadSigningKey(options, signKey);
        if (!signingKey)
            return UsageOrInputError;
    }
    std::optional<Policy> policy = policyOption(options);
    if (!policy)
        return UsageOrInputError;
    std::optional<Baseline> baseline;
    if (options.parser.isSet(baselineOption)) {
        const QString baselinePath = options.parser.value(baselineOption);
        Result<Baseline> loaded = Baseline::load(baselinePath, inputDisplayNames().value(baselinePath));
        if (!loaded) {
            printError(loaded.error().toString());
            return UsageOrInputError;
        }
        if (const std::optional<Side> side = loaded->checkedSide()) {
            printError(tr("%1 is a report of check (the %2 side alone), whose findings a comparison never has; give a report of compare as --baseline")
                           .arg(baselinePath, QLatin1String(sideName(*side))));
            return UsageOrInputError;
        }
        baseline.emplace(std::move(loaded).value());
    }
    KeyHolder key;
    if (!loadKey(options, key))
        return UsageOrInputError;
    const WorkspaceKey* keyPointer = key.key ? &*key.key : nullptr;
    const bool isDemo = options.parser.isSet(demo);
    auto devReport = importSide(Side::Dev, devPaths, options, keyPointer, isDemo ? QStringLiteral("demo dev (rootless Podman)") : QString());
    if (!devReport)
        return UsageOrInputError;
    auto prodReport = importSide(Side::Prod, prodPaths, options, keyPointer, isDemo ? QStringLiteral("demo prod (Kubernetes)") : QString());
    if (!prodReport)
        return UsageOrInputError;
    const std::size_t unreadable = devReport->problems.size() + prodReport->problems.size();
    Comparison comparison = PolicyEnforcer::compare(std::move(devReport->snapshot), std::move(prodReport->snapshot), *policy, compareOptions, *judgedOn);
    // The text report lists them; other formats go to files and pipelines, so say it here too.
    if (options.formatName() != QLatin1String("text")) {
        for (const QString& unused : comparison.matching.unusedMapPairs)
            printError(tr("%1: a pair paired nothing: %2").arg(options.parser.value(map), unused));
    }
    if (baseline)
        baseline->apply(comparison);
    if (!writeComparison(options, comparison))
        return UsageOrInputError;
    if (signingKey) {
        const QString report = options.parser.value(options.output);
        Result<DetachedSignature> signature = DetachedSignature::sign(report, *signingKey, defaultSigner());
        const Status saved = signature ? signature->save(DetachedSignature::defaultPath(report)) : Status(signature.error());
        if (!saved) {
            printError(saved.error().toString());
            return UsageOrInputError;
        }
    }
    const bool onlyNew = options.parser.isSet(failOnNew);
    const std::optional<Severity> gate = onlyNew ? std::optional<Severity>(threshold->value_or(Severity::Low)) : *threshold;
    const int failing = !gate ? 0 : onlyNew ? Baseline::newlyFailing(comparison, *gate) : comparison.failingAtOrAbove(*gate);
    printSummary(options, comparison.openFindings(), comparison.failingBySeverity, gate, failing, onlyNew);
    if (unreadableInputs(unreadable))
        return UsageOrInputError;
    return failing > 0 ? GapsFound : Success;
}

} // namespace crossroads::cli
