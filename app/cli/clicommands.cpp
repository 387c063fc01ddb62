// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clioutput.h"

#include "baseline/baseline.h"
#include "collect/enginecollector.h"
#include "common/multivalueoptions.h"
#include "compare/comparator.h"
#include "importers/environmentimporter.h"
#include "integrity/detachedsignature.h"
#include "integrity/trustedkeys.h"
#include "policy/policyenforcer.h"
#include "policy/policyfile.h"
#include "pdfreport.h"
#include "report/comparisonjson.h"
#include "report/htmlreport.h"
#include "report/markdownreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"
#include "secrets/workspacekey.h"
#include "snapshot/snapshotfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>
#include <optional>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace crossroads::cli {

namespace {

/// Common options and their parsing, shared by the commands.
struct Options {
    Q_DECLARE_TR_FUNCTIONS(crossroads::cli::Options)
public:
    QCommandLineParser parser;
    QCommandLineOption format { QStringList { QStringLiteral("f"), QStringLiteral("format") }, tr("Output format: text or json."), tr("format"),
        QStringLiteral("text") };
    QCommandLineOption output { QStringList { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to FILE instead of standard output."),
        tr("file") };
    QCommandLineOption keepGoing { QStringLiteral("keep-going"),
        tr("Load the good files when some inputs are bad; report the bad ones. The output is written, and the exit status is still 2.") };
    QCommandLineOption keyFile { QStringLiteral("key-file"), tr("Workspace key for credential fingerprints (default: created in your config folder)."),
        tr("file") };
    QCommandLineOption kubernetesVersion { QStringLiteral("k8s-version"),
        tr("Judge Pod Security at this Kubernetes version (default: the nodes' kubeletVersion, else latest)."), tr("version") };
    QCommandLineOption failOn { QStringLiteral("fail-on"), tr("Exit 1 when a gap of this severity or worse exists: low, medium, high, critical."),
        tr("severity") };
    QCommandLineOption policy { QStringLiteral("policy"),
        tr("Policy files to apply, merged in order (several may follow; builtin:pss-restricted and builtin:cis-docker-5 are bundled)."), tr("file") };
    QCommandLineOption sourceRoot { QStringLiteral("source-root"),
        tr("SARIF: write inputs below this folder relative to it (uriBaseId SRCROOT), as code-scanning UIs expect."), tr("folder") };
    QCommandLineOption today = [] {
        QCommandLineOption option(QStringLiteral("today"), tr("Judge waiver expiry as of this date (YYYY-MM-DD) instead of today."), tr("date"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();

    bool hasFormat = false;
    QStringList formats { QStringLiteral("text"), QStringLiteral("json") };

    explicit Options(const QString& description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
    }

    /// Parses; on a usage error prints it and returns false.
    bool parse(const QStringList& arguments, const QStringList& multiValue)
    {
        if (!parser.parse(expandMultiValueOptions(arguments, multiValue))) {
            printError(parser.errorText());
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printHelp(parser);
            return false;
        }
        if (hasFormat) {
            const QString formatName = parser.value(format);
            if (!formats.contains(formatName)) {
                printError(tr("unknown format \"%1\"; use %2").arg(formatName, formats.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }
};

struct KeyHolder {
    std::optional<WorkspaceKey> key;
};

/// The key for fingerprints; a missing default key is created. A broken --key-file is an error.
bool loadKey(const Options& options, KeyHolder& holder)
{
    if (options.parser.isSet(options.keyFile)) {
        Result<WorkspaceKey> key = WorkspaceKey::loadFile(options.parser.value(options.keyFile));
        if (!key) {
            printError(key.error().toString());
            return false;
        }
        holder.key.emplace(std::move(key).value());
        return true;
    }
    Result<WorkspaceKey> key = WorkspaceKey::loadOrCreateDefault();
    if (key)
        holder.key.emplace(std::move(key).value());
    else
        printError(tr("warning: %1; credentials are classified but not fingerprinted").arg(key.error().toString()));
    return true;
}

std::optional<std::optional<Severity>> failThreshold(const Options& options)
{
    if (!options.parser.isSet(options.failOn))
        return std::optional<Severity>();
    const std::optional<Severity> severity = severityFromName(options.parser.value(options.failOn));
    if (!severity) {
        printError(tr("unknown severity \"%1\"; use low, medium, high or critical").arg(options.parser.value(options.failOn)));
        return std::nullopt;
    }
    return severity;
}

std::optional<std::optional<KubernetesVersion>> versionOption(const Options& options)
{
    if (!options.parser.isSet(options.kubernetesVersion))
        return std::optional<KubernetesVersion>();
    // Stricter than parse(), which also reads kubelet versions ("v1.30.4-eks-36c3b8f"): here a
    // person typed it, and "v0.1" or "2.0" would quietly change the Pod Security judgement.
    const QString text = options.parser.value(options.kubernetesVersion).trimmed();
    static const QRegularExpression typed(QStringLiteral("^(latest|v?1\\.\\d{1,2}(\\.\\d+)?)$"));
    const auto version = typed.match(text).hasMatch() ? KubernetesVersion::parse(text) : std::nullopt;
    if (!version) {
        printError(tr("cannot read Kubernetes version \"%1\"; write it like v1.31").arg(options.parser.value(options.kubernetesVersion)));
        return std::nullopt;
    }
    return version;
}

/// --policy FILE…, merged; an empty policy when none is given. nullopt after printing an error.
std::optional<Policy> policyOption(const Options& options)
{
    if (!options.parser.isSet(options.policy))
        return Policy();
    Result<Policy> loaded = PolicyFile::loadAll(options.parser.values(options.policy));
    if (!loaded) {
        printError(loaded.error().toString());
        return std::nullopt;
    }
    return std::move(loaded).value();
}

/// The day waiver expiry is judged at: --today, else today (UTC).
std::optional<QDate> judgedOnOption(const Options& options)
{
    if (!options.parser.isSet(options.today))
        return QDateTime::currentDateTimeUtc().date();
    const QDate date = QDate::fromString(options.parser.value(options.today), Qt::ISODate);
    if (!date.isValid()) {
        printError(tr("--today must be a date like 2026-12-31"));
        return std::nullopt;
    }
    return date;
}

/// --side dev|prod; anything else is a usage error, never a silent default.
std::optional<Side> sideOption(const Options& options, const QCommandLineOption& side)
{
    const QString name = options.parser.value(side);
    if (name == QLatin1String("dev"))
        return Side::Dev;
    if (name == QLatin1String("prod"))
        return Side::Prod;
    printError(tr("--side must be dev or prod"));
    return std::nullopt;
}

/// The side every named input records, when all of them are saved snapshots of one side:
/// SnapshotFile writes "schema" and "side" first, so the head of each file tells.
std::optional<Side> recordedSide(const QStringList& paths)
{
    std::optional<Side> found;
    for (const QString& path : paths) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray head = file.read(1024);
        if (!head.contains("\"schema\": \"crossroads.snapshot/"))
            return std::nullopt;
        const Side side = head.contains("\"side\": \"prod\"") ? Side::Prod : Side::Dev;
        if (found && *found != side)
            return std::nullopt;
        found = side;
    }
    return found;
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
}

/// Writes to -o FILE (atomically) or to standard output.
bool emit(const Options& options, const QByteArray& content)
{
    if (!options.parser.isSet(options.output)) {
        std::fwrite(content.constData(), 1, static_cast<std::size_t>(content.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(options.parser.value(options.output));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        printError(tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

/// Streams a snapshot to -o (a large cluster's snapshot is never held whole in memory).
int saveSnapshot(const Options& options, const Snapshot& snapshot)
{
    const Status saved = SnapshotFile::save(snapshot, options.parser.value(options.output));
    if (!saved) {
        printError(saved.error().toString());
        return UsageOrInputError;
    }
    return Success;
}

ReadControl terminalProgress()
{
    ReadControl control;
    if (isatty(STDERR_FILENO) == 1) {
        control.progress = [](qint64 done, qint64 total) {
            if (total > (qint64(32) << 20))
                std::fprintf(stderr, "\r%s %3d%%", qPrintable(tr("reading")), static_cast<int>(done * 100 / total));
            if (total > (qint64(32) << 20) && done >= total)
                std::fputs("\r             \r", stderr);
        };
    }
    return control;
}

QHash<QString, QString>& inputDisplayNames()
{
    static QHash<QString, QString> names;
    return names;
}

std::optional<ImportReport> importSide(Side side, const QStringList& paths, const Options& options, const WorkspaceKey* key, const QString& name = {})
{
    ImportOptions importOptions;
    importOptions.side = side;
    importOptions.keepGoing = options.parser.isSet(options.keepGoing);
    importOptions.key = key;
    importOptions.control = terminalProgress();
    importOptions.name = name;
    importOptions.displayNames = inputDisplayNames();
    Result<ImportReport> report = EnvironmentImporter(importOptions).importPaths(paths);
    if (!report) {
        printError(report.error().toString());
        return std::nullopt;
    }
    // With --keep-going the files that could not be read are named on stderr (and among the
    // side's skipped items, where the importer put them for every report).
    for (const Error& problem : report->problems)
        printError(tr("skipped file: %1").arg(problem.toString()));
    return std::move(report).value();
}

/// With --keep-going, inputs that could not be read still decide the exit status, after the
/// output is written and whatever --fail-on found: a pipeline must not pass on part of its
/// inputs. Says so on stderr; true when the status must be UsageOrInputError.
bool unreadableInputs(std::size_t count)
{
    if (count == 0)
        return false;
    printError(tr("%n input file(s) could not be read (see above): exit status 2", nullptr, static_cast<int>(count)));
    return true;
}

/// Asks on the terminal with echo off; nullopt when there is no terminal.
std::optional<QByteArray> askPassphrase(const char* prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    termios saved {};
    const bool canHide = tcgetattr(tty, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    [[maybe_unused]] const auto promptWritten = ::write(tty, prompt, std::strlen(prompt));
    QByteArray line;
    char c = 0;
    while (line.size() < 4096 && ::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (canHide)
        tcsetattr(tty, TCSAFLUSH, &saved);
    [[maybe_unused]] const auto newlineWritten = ::write(tty, "\n", 1);
    ::close(tty);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// The passphrase from the first line of --passphrase-file, or asked on the terminal with
/// --ask-passphrase (twice when `confirm`); never from the command line, where `ps` shows it.
/// Empty when neither is given; nullopt (after saying why) on a problem.
std::optional<QByteArray> passphraseFrom(const Options& options, bool confirm = false)
{
    const QString fileOption = QStringLiteral("passphrase-file");
    if (options.parser.isSet(QStringLiteral("ask-passphrase"))) {
        const auto first = askPassphrase("Passphrase: ");
        if (!first) {
            printError(tr("--ask-passphrase needs a terminal; use --passphrase-file"));
            return std::nullopt;
        }
        if (confirm && askPassphrase("Passphrase again: ") != first) {
            printError(tr("the passphrases differ"));
            return std::nullopt;
        }
        if (first->isEmpty()) {
            printError(tr("empty passphrase"));
            return std::nullopt;
        }
        return first;
    }
    if (!options.parser.isSet(fileOption))
        return QByteArray();
    QFile file(options.parser.value(fileOption));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot open the passphrase file: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        printError(tr("%1: the passphrase file is empty").arg(file.fileName()));
        return std::nullopt;
    }
    return line;
}

QString defaultSigner()
{
    return qEnvironmentVariable("USER", QStringLiteral("unknown")) + QLatin1Char('@') + QSysInfo::machineHostName();
}

QList<QCommandLineOption> passphraseOptions()
{
    return { QCommandLineOption(QStringLiteral("passphrase-file"), tr("Read the key's passphrase from the first line of FILE."), tr("file")),
        QCommandLineOption(QStringLiteral("ask-passphrase"), tr("Ask for the key's passphrase on the terminal.")) };
}


/// The comparison in the chosen format; nullopt (after saying why) when it cannot be written.
std::optional<QByteArray> renderComparison(const Options& options, const Comparison& comparison)
{
    const QString format = options.parser.value(options.format);
    if (format == QLatin1String("json"))
        return ComparisonJson::write(comparison);
    if (format == QLatin1String("sarif"))
        return SarifReport::write(comparison, options.parser.value(options.sourceRoot));
    if (format == QLatin1String("markdown"))
        return MarkdownReport::write(comparison).toUtf8();
    if (format == QLatin1String("html")) {
        Result<QString> html = HtmlReport::write(comparison);
        if (!html) {
            printError(html.error().toString());
            return std::nullopt;
        }
        return html->toUtf8();
    }
    if (format == QLatin1String("pdf")) {
        if (!options.parser.isSet(options.output)) {
            printError(tr("--format pdf needs -o FILE.pdf"));
            return std::nullopt;
        }
        Result<QByteArray> pdf = PdfReport::write(comparison);
        if (!pdf) {
            printError(pdf.error().toString());
            return std::nullopt;
        }
        return std::move(pdf).value();
    }
    return TextReport::write(comparison, !options.parser.isSet(options.output) && stdoutIsTerminal()).toUtf8();
}

} // namespace

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
    options.hasFormat = true;
    options.formats << QStringLiteral("sarif") << QStringLiteral("markdown") << QStringLiteral("html") << QStringLiteral("pdf");
    options.format.setDescription(tr("Output format: text, json, sarif, markdown, html or pdf (pdf needs -o)."));
    options.parser.addOptions(passphraseOptions());
    options.parser.addOptions({ dev, prod, map, demo, options.policy, baselineOption, failOnNew, signKey, options.today, options.format, options.output,
        options.sourceRoot, options.failOn, options.keepGoing, options.keyFile, options.kubernetesVersion });
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
        if (options.parser.value(options.format) != QLatin1String("sarif")) {
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
        const auto secret = passphraseFrom(options);
        if (!secret)
            return UsageOrInputError;
        Result<SigningKey> key = SigningKey::loadPrivate(options.parser.value(signKey), *secret);
        if (!key) {
            printError(key.error().toString());
            return UsageOrInputError;
        }
        signingKey.emplace(std::move(key).value());
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
    if (options.parser.value(options.format) != QLatin1String("text")) {
        for (const QString& unused : comparison.matching.unusedMapPairs)
            printError(tr("%1: a pair paired nothing: %2").arg(options.parser.value(map), unused));
    }
    if (baseline)
        baseline->apply(comparison);
    const std::optional<QByteArray> content = renderComparison(options, comparison);
    if (!content || !emit(options, *content))
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
    if (unreadableInputs(unreadable))
        return UsageOrInputError;
    if (options.parser.isSet(failOnNew))
        return Baseline::newlyFailing(comparison, threshold->value_or(Severity::Low)) > 0 ? GapsFound : Success;
    if (*threshold && comparison.failingAtOrAbove(**threshold) > 0)
        return GapsFound;
    return Success;
}

int runCheck(const QStringList& arguments)
{
    Options options(tr("Check one environment against the rule catalogue."));
    QCommandLineOption side(QStringLiteral("side"), tr("Which side the inputs describe: dev or prod (default: the side saved snapshots were recorded for, else dev; it decides which policy waivers and requirements apply)."), tr("side"), QStringLiteral("dev"));
    options.hasFormat = true;
    // Paths follow the options here, so several policies take one --policy each.
    options.policy.setDescription(tr("A policy file to apply (repeat for several, merged in order; builtin:pss-restricted and builtin:cis-docker-5 are bundled)."));
    options.parser.addOptions({ side, options.policy, options.today, options.format, options.output, options.failOn, options.keepGoing, options.keyFile,
        options.kubernetesVersion });
    options.parser.addPositionalArgument(QStringLiteral("paths"), tr("Files or folders to check."), tr("PATH…"));
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
    if (!emit(options, content) || unreadableInputs(report->problems.size()))
        return UsageOrInputError;
    if (*threshold) {
        for (const CheckResult& result : checked.results) {
            if (result.outcome.status == CheckStatus::Fail && result.waiver < 0 && result.check->severity >= **threshold)
                return GapsFound;
        }
    }
    return Success;
}

int runSnapshot(const QStringList& arguments, bool* savedDespiteUnreadable)
{
    if (savedDespiteUnreadable != nullptr)
        *savedDespiteUnreadable = false;
    Options options(tr("Save a sanitized snapshot of one environment (no secret values, only keyed fingerprints)."));
    QCommandLineOption side(QStringLiteral("side"), tr("dev or prod."), tr("side"));
    QCommandLineOption name(QStringLiteral("name"), tr("A name for the snapshot."), tr("name"));
    options.parser.addOptions({ side, name, options.output, options.keepGoing, options.keyFile });
    options.parser.addPositionalArgument(QStringLiteral("paths"), tr("Files or folders to import."), tr("PATH…"));
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const std::optional<Side> snapshotSide = sideOption(options, side);
    if (!snapshotSide)
        return UsageOrInputError;
    if (options.parser.positionalArguments().isEmpty() || !options.parser.isSet(options.output)) {
        printError(tr("snapshot needs PATH… and -o FILE.crossroads.json"));
        return UsageOrInputError;
    }
    KeyHolder key;
    if (!loadKey(options, key))
        return UsageOrInputError;
    auto report = importSide(*snapshotSide, options.parser.positionalArguments(), options, key.key ? &*key.key : nullptr, options.parser.value(name));
    if (!report)
        return UsageOrInputError;
    const int saved = saveSnapshot(options, report->snapshot);
    if (saved != Success || !unreadableInputs(report->problems.size()))
        return saved;
    if (savedDespiteUnreadable != nullptr)
        *savedDespiteUnreadable = true;
    return UsageOrInputError;
}

int runCollect(const QStringList& arguments)
{
    Options options(tr("Read the local Podman or Docker engine into a snapshot."));
    QCommandLineOption side(QStringLiteral("side"), tr("dev or prod."), tr("side"), QStringLiteral("dev"));
    options.parser.addOptions({ side, options.output, options.keyFile });
    options.parser.addPositionalArgument(QStringLiteral("engine"), tr("podman or docker"));
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList positional = options.parser.positionalArguments();
    const auto engine = positional.size() == 1 ? EngineCollector::engineFromName(positional.front()) : std::nullopt;
    if (!engine) {
        printError(tr("collect needs the engine: crossroads-cli collect podman|docker [-o FILE]"));
        return UsageOrInputError;
    }
    const std::optional<Side> collectSide = sideOption(options, side);
    if (!collectSide)
        return UsageOrInputError;
    KeyHolder key;
    if (!loadKey(options, key))
        return UsageOrInputError;
    ImportOptions importOptions;
    importOptions.side = *collectSide;
    importOptions.key = key.key ? &*key.key : nullptr;
    Result<ImportReport> report = EngineCollector(*engine).collect(importOptions);
    if (!report) {
        printError(report.error().toString());
        return UsageOrInputError;
    }
    if (options.parser.isSet(options.output))
        return saveSnapshot(options, report->snapshot);
    const KubernetesVersion version = KubernetesVersion::latest();
    const auto results = Comparator::check(report->snapshot, RuleCatalogue::builtIn(), version);
    const DomainScores scores = Comparator::score(results);
    return emit(options, TextReport::writeCheck(report->snapshot, results, scores, stdoutIsTerminal()).toUtf8()) ? Success : UsageOrInputError;
}


int runKeygen(const QStringList& arguments)
{
    Options options(tr("Create an Ed25519 signing key: KEY (private, mode 0600) and KEY.pub (public, for verifiers)."));
    QCommandLineOption trust(QStringLiteral("trust"),
        tr("Also trust the new key on this machine: copy KEY.pub into the trusted-keys folder (%1).").arg(TrustedKeys::defaultFolder()));
    options.parser.addOptions(passphraseOptions());
    options.parser.addOptions({ options.output, trust });
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    if (!options.parser.isSet(options.output) || !options.parser.positionalArguments().isEmpty()) {
        printError(tr("keygen needs -o KEY"));
        return UsageOrInputError;
    }
    const auto secret = passphraseFrom(options, true);
    if (!secret)
        return UsageOrInputError;
    Result<SigningKey> key = SigningKey::generate();
    if (!key) {
        printError(key.error().toString());
        return UsageOrInputError;
    }
    const QString path = options.parser.value(options.output);
    Status saved = key->savePrivate(path, *secret);
    if (saved)
        saved = key->savePublic(path + QStringLiteral(".pub"));
    if (!saved) {
        printError(saved.error().toString());
        return UsageOrInputError;
    }
    std::printf("%s\n", qPrintable(tr("wrote %1 (private, keep it safe) and %1.pub; key id %2").arg(path, QString::fromLatin1(key->keyId()))));
    if (!options.parser.isSet(trust)) {
        std::printf("%s\n", qPrintable(tr("verifiers trust it with: crossroads-cli trust %1.pub").arg(path)));
        return Success;
    }
    Result<QString> installed = TrustedKeys::install(*key, path + QStringLiteral(".pub"));
    if (!installed) {
        printError(installed.error().toString());
        return UsageOrInputError;
    }
    std::printf("%s\n", qPrintable(tr("trusted key %1 (%2)").arg(QString::fromLatin1(key->keyId()), *installed)));
    return Success;
}

int runSign(const QStringList& arguments)
{
    Options options(tr("Sign a file (a report, a snapshot): writes a detached FILE.sig with its SHA-256, the key id, the signer and the time."));
    QCommandLineOption keyOption(QStringLiteral("key"), tr("The private signing key (from crossroads-cli keygen)."), tr("file"));
    QCommandLineOption signer(QStringLiteral("signer"), tr("Who signs (default: user@host)."), tr("name"));
    options.parser.addOptions(passphraseOptions());
    options.parser.addOptions({ keyOption, signer, options.output });
    options.parser.addPositionalArgument(QStringLiteral("file"), tr("The file to sign."));
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList files = options.parser.positionalArguments();
    if (files.size() != 1 || !options.parser.isSet(keyOption)) {
        printError(tr("sign needs FILE --key KEY"));
        return UsageOrInputError;
    }
    const auto secret = passphraseFrom(options);
    if (!secret)
        return UsageOrInputError;
    Result<SigningKey> key = SigningKey::loadPrivate(options.parser.value(keyOption), *secret);
    if (!key) {
        printError(key.error().toString());
        return UsageOrInputError;
    }
    const QString who = options.parser.isSet(signer) ? options.parser.value(signer) : defaultSigner();
    Result<DetachedSignature> signature = DetachedSignature::sign(files.front(), *key, who);
    if (!signature) {
        printError(signature.error().toString());
        return UsageOrInputError;
    }
    const QString out = options.parser.isSet(options.output) ? options.parser.value(options.output) : DetachedSignature::defaultPath(files.front());
    if (Status saved = signature->save(out); !saved) {
        printError(saved.error().toString());
        return UsageOrInputError;
    }
    std::printf("%s\n", qPrintable(tr("wrote %1: SHA-256 %2, key %3, signer %4").arg(out, QString::fromLatin1(signature->sha256), QString::fromLatin1(signature->keyId), who)));
    return Success;
}

int runVerify(const QStringList& arguments)
{
    Options options(tr("Verify a file against its detached signature and the keys you trust. Exit 0 valid and made by a trusted key; 1 invalid, tampered "
                       "or made by a key that is not trusted; 2 usage or unreadable."));
    QCommandLineOption sig(QStringLiteral("sig"), tr("The signature (default: FILE.sig)."), tr("file"));
    QCommandLineOption pubkey(QStringLiteral("pubkey"),
        tr("Trust this public key (repeat for several); then only these are trusted and the trusted-keys folder (%1) is not read.").arg(TrustedKeys::defaultFolder()),
        tr("file"));
    options.parser.addOptions({ sig, pubkey });
    options.parser.addPositionalArgument(QStringLiteral("file"), tr("The signed file."));
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList files = options.parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("verify needs FILE [--sig FILE.sig] [--pubkey KEY.pub]"));
        return UsageOrInputError;
    }
    const bool pinned = options.parser.isSet(pubkey);
    TrustedKeys trusted;
    if (pinned) {
        for (const QString& path : options.parser.values(pubkey)) {
            Result<SigningKey> key = SigningKey::loadPublic(path);
            if (!key) {
                printError(key.error().toString());
                return UsageOrInputError;
            }
            trusted.add(*key, path);
        }
    } else {
        trusted = TrustedKeys::loadDefault();
        for (const Error& problem : trusted.problems())
            printError(tr("warning: %1; not trusted").arg(problem.toString()));
    }
    const QString signaturePath = options.parser.isSet(sig) ? options.parser.value(sig) : DetachedSignature::defaultPath(files.front());
    Result<SignatureVerification> result = DetachedSignature::verify(files.front(), signaturePath, trusted);
    if (!result) {
        printError(result.error().toString());
        return UsageOrInputError;
    }
    switch (result->verdict) {
    case SignatureVerdict::Trusted:
        std::printf("%s\n", qPrintable(result->message));
        return Success;
    case SignatureVerdict::UntrustedKey: {
        QStringList given;
        for (const TrustedKeys::Entry& entry : trusted.entries())
            given << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(entry.key.keyId()), entry.origin);
        printError(tr("UNTRUSTED: %1; %2")
                       .arg(result->message,
                           pinned ? tr("the key(s) given with --pubkey: %1").arg(given.join(QStringLiteral(", ")))
                                  : tr("if you know it is the signer's key, add its .pub to %1 (crossroads-cli trust KEY.pub) or pass --pubkey KEY.pub")
                                        .arg(trusted.folder())));
        return SignatureInvalid;
    }
    case SignatureVerdict::Invalid:
        break;
    }
    printError(tr("INVALID: %1").arg(result->message));
    return SignatureInvalid;
}

int runTrust(const QStringList& arguments)
{
    Options options(tr("Trust public keys: copies each KEY.pub into the trusted-keys folder (%1), so that verify and the GUI accept signatures made with it. "
                       "Compare the key id printed with the one the signer gave you.")
                        .arg(TrustedKeys::defaultFolder()));
    QCommandLineOption list(QStringLiteral("list"), tr("List the trusted keys."));
    options.parser.addOptions({ list });
    options.parser.addPositionalArgument(QStringLiteral("keys"), tr("Public key files (from crossroads-cli keygen: KEY.pub)."), tr("KEY.pub…"));
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList files = options.parser.positionalArguments();
    if (files.isEmpty() == !options.parser.isSet(list)) {
        printError(tr("trust needs KEY.pub… or --list"));
        return UsageOrInputError;
    }
    if (options.parser.isSet(list)) {
        const TrustedKeys trusted = TrustedKeys::loadDefault();
        for (const Error& problem : trusted.problems())
            printError(tr("warning: %1; not trusted").arg(problem.toString()));
        if (trusted.isEmpty())
            std::printf("%s\n", qPrintable(tr("no trusted keys in %1").arg(trusted.folder())));
        for (const TrustedKeys::Entry& entry : trusted.entries())
            std::printf("%s  %s\n", entry.key.keyId().constData(), qPrintable(entry.origin));
        return Success;
    }
    int status = Success;
    for (const QString& path : files) {
        Result<SigningKey> key = SigningKey::loadPublic(path);
        const bool already = key && TrustedKeys::loadDefault().find(*key) != nullptr;
        Result<QString> installed = key ? TrustedKeys::install(*key, path) : Result<QString>(key.error());
        if (!installed) {
            printError(installed.error().toString());
            status = UsageOrInputError;
            continue;
        }
        const QString id = QString::fromLatin1(key->keyId());
        std::printf("%s\n", qPrintable(already ? tr("already trusted: key %1 (%2)").arg(id, *installed) : tr("trusted key %1 (%2)").arg(id, *installed)));
    }
    return status;
}

} // namespace crossroads::cli
