// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clioutput.h"
#include "commandlinedoc.h"

#include "common/multivalueoptions.h"
#include "compare/comparison.h"
#include "document/inputsource.h"
#include "importers/environmentimporter.h"
#include "integrity/signingkey.h"
#include "policy/policy.h"
#include "rules/check.h"
#include "rules/podsecurity.h"
#include "secrets/workspacekey.h"
#include "snapshot/snapshot.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace crossroads::cli {

/// Exit codes of crossroads-cli: a pipeline tells "gaps found" from "could not run".
enum ExitCode { Success = 0, GapsFound = 1, SignatureInvalid = 1, UsageOrInputError = 2 };

struct Options;
/// While describeCommands() runs, hands `options` to the describer and returns true.
bool describing(const Options& options, const QStringList& multiValue);

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
    QCommandLineOption quiet { QStringList { QStringLiteral("q"), QStringLiteral("quiet") },
        tr("With -o: no summary line on standard error (errors are still printed).") };
    QCommandLineOption today = [] {
        QCommandLineOption option(QStringLiteral("today"), tr("Judge waiver expiry as of this date (YYYY-MM-DD) instead of today."), tr("date"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();

    bool hasFormat = false;
    QStringList formats { QStringLiteral("text"), QStringLiteral("json") };
    /// What the command declared, in order, for its manual page and completions.
    QList<QCommandLineOption> declared;
    QList<docgen::PositionalDoc> positionals;

    explicit Options(const QString& description)
    {
        parser.setApplicationDescription(description);
    }

    void add(const QList<QCommandLineOption>& list)
    {
        declared += list;
        parser.addOptions(list);
    }
    void addPositional(const QString& name, const QString& description, const QString& syntax, docgen::ValueKind kind,
        const QStringList& choices = {})
    {
        positionals.append(docgen::PositionalDoc { name, syntax, description, choices, kind });
        parser.addPositionalArgument(name, description, syntax);
    }

    /// Parses; on a usage error prints it and returns false. While the manual page is written
    /// (describeCommands()), records the declarations instead and returns false.
    bool parse(const QStringList& arguments, const QStringList& multiValue)
    {
        if (describing(*this, multiValue)) {
            parser.addHelpOption();
            parser.parse({ QStringLiteral("crossroads-cli") }); // so that the caller's isSet("help") asks a parsed parser
            return false;
        }
        // Added last, so that --help lists the command's own options first.
        parser.addHelpOption();
        if (!parser.parse(expandMultiValueOptions(arguments, multiValue))) {
            printError(parser.errorText());
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printHelp(parser);
            return false;
        }
        if (hasFormat) {
            const QString name = formatName();
            if (!formats.contains(name)) {
                printError(tr("unknown format \"%1\"; use %2").arg(name, formats.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }

    /// --format, or without it the one -o FILE's extension names (report.pdf, out.sarif,
    /// findings.json, summary.md, page.html), so that -o report.pdf never gets text.
    QString formatName() const
    {
        const bool hasOutput = std::any_of(declared.cbegin(), declared.cend(), [this](const QCommandLineOption& option) { return option.names() == output.names(); });
        if (parser.isSet(format) || !hasOutput || !parser.isSet(output))
            return parser.value(format);
        const QString file = parser.value(output).toLower();
        static const std::pair<const char*, const char*> byExtension[] = { { ".sarif.json", "sarif" }, { ".sarif", "sarif" },
            { ".json", "json" }, { ".md", "markdown" }, { ".markdown", "markdown" }, { ".html", "html" }, { ".htm", "html" },
            { ".pdf", "pdf" }, { ".txt", "text" } };
        for (const auto& [extension, name] : byExtension) {
            if (file.endsWith(QLatin1String(extension)) && formats.contains(QLatin1String(name)))
                return QLatin1String(name);
        }
        return parser.value(format);
    }
};

/// Every command's declarations (options, positionals, description), gathered by running each
/// command in describe mode: the manual page and completions come from what --help prints.
std::vector<docgen::CommandDoc> describeCommands();

struct KeyHolder {
    std::optional<WorkspaceKey> key;
};

/// The key for fingerprints; a missing default key is created. A broken --key-file is an error.
bool loadKey(const Options& options, KeyHolder& holder);

std::optional<std::optional<Severity>> failThreshold(const Options& options);

std::optional<std::optional<KubernetesVersion>> versionOption(const Options& options);

/// --policy FILE…, merged; an empty policy when none is given. nullopt after printing an error.
std::optional<Policy> policyOption(const Options& options);

/// The day waiver expiry is judged at: --today, else today (UTC).
std::optional<QDate> judgedOnOption(const Options& options);

/// --side dev|prod; anything else is a usage error, never a silent default.
std::optional<Side> sideOption(const Options& options, const QCommandLineOption& side);

/// The side every named input records, when all of them are saved snapshots of one side:
/// SnapshotFile writes "schema" and "side" first, so the head of each file tells.
std::optional<Side> recordedSide(const QStringList& paths);

bool stdoutIsTerminal();

/// Writes to -o FILE (atomically) or to standard output.
bool emit(const Options& options, const QByteArray& content);
/// The same for a report written as it is produced: writer gets the file (or standard output);
/// with -o nothing is left behind when it fails.
bool emitStreamed(const Options& options, const std::function<bool(QIODevice&)>& writer);

/// Streams a snapshot to -o FILE, else to standard output (a large cluster's snapshot is never held whole in memory).
int saveSnapshot(const Options& options, const Snapshot& snapshot);

ReadControl terminalProgress();

QHash<QString, QString>& inputDisplayNames();

std::optional<ImportReport> importSide(Side side, const QStringList& paths, const Options& options, const WorkspaceKey* key, const QString& name = {});

/// With --keep-going, inputs that could not be read still decide the exit status, after the
/// output is written and whatever --fail-on found: a pipeline must not pass on part of its
/// inputs. Says so on stderr; true when the status must be UsageOrInputError.
bool unreadableInputs(std::size_t count);

/// Asks on the terminal with echo off; nullopt when there is no terminal.
std::optional<QByteArray> askPassphrase(const char* prompt);

/// The passphrase from the first line of --passphrase-file, or asked on the terminal with
/// --ask-passphrase (twice when `confirm`); never from the command line, where `ps` shows it.
/// Empty when neither is given; nullopt (after saying why) on a problem.
std::optional<QByteArray> passphraseFrom(const Options& options, bool confirm = false);

QString defaultSigner();

/// The private key named by `keyOption`, unlocked with the passphrase passphraseFrom() gives;
/// nullopt after saying why.
std::optional<SigningKey> loadSigningKey(const Options& options, const QCommandLineOption& keyOption);

QList<QCommandLineOption> passphraseOptions();

/// Writes the comparison in the chosen format to -o FILE or standard output (JSON and SARIF as
/// they are produced); false after saying why it could not.
bool writeComparison(const Options& options, const Comparison& comparison);

/// With -o (and without --quiet), one line on stderr saying what was written and why the exit
/// status is what it is: "wrote report.sarif: 75 open findings (5 critical, 26 high …); 31 at
/// or above high, exit 1". `failing` counts what --fail-on (or --fail-on-new) looked at.
void printSummary(const Options& options, int openFindings, const std::array<int, 4>& bySeverity, std::optional<Severity> threshold, int failing,
    bool onlyNew = false);

} // namespace crossroads::cli
