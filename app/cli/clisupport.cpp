// SPDX-License-Identifier: Apache-2.0
// The option helpers every command of crossroads-cli shares.
#include "clisupport.h"

#include "report/findingsummary.h"

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

std::optional<Side> recordedSide(const QStringList& paths)
{
    std::optional<Side> found;
    for (const QString& path : paths) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        // v1 indents its members ("schema": "…"), v2 does not ("schema":"…").
        const QByteArray head = file.read(1024).replace("\": \"", "\":\"");
        if (!head.contains("\"schema\":\"crossroads.snapshot/"))
            return std::nullopt;
        const Side side = head.contains("\"side\":\"prod\"") ? Side::Prod : Side::Dev;
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

bool emitStreamed(const Options& options, const std::function<bool(QIODevice&)>& writer)
{
    if (!options.parser.isSet(options.output)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writer(out)) {
            printError(tr("could not write to standard output: %1").arg(out.errorString()));
            return false;
        }
        return out.flush();
    }
    QSaveFile file(options.parser.value(options.output));
    if (!file.open(QIODevice::WriteOnly) || !writer(file) || !file.commit()) {
        printError(tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
        return false; // QSaveFile leaves no partial file behind
    }
    return true;
}

int saveSnapshot(const Options& options, const Snapshot& snapshot)
{
    if (!options.parser.isSet(options.output)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !SnapshotFile::write(snapshot, out)) {
            printError(tr("could not write the snapshot to standard output"));
            return UsageOrInputError;
        }
        return Success;
    }
    const Status saved = SnapshotFile::save(snapshot, options.parser.value(options.output));
    if (!saved) {
        printError(saved.error().toString());
        return UsageOrInputError;
    }
    if (!options.parser.isSet(options.quiet)) {
        std::size_t containers = 0;
        for (const Workload& workload : snapshot.workloads)
            containers += workload.containers.size();
        printError(tr("wrote %1: %2 snapshot, %3 workload(s), %4 container(s) from %5 input(s)")
                       .arg(options.parser.value(options.output), QLatin1String(sideName(snapshot.side)))
                       .arg(snapshot.workloads.size())
                       .arg(containers)
                       .arg(snapshot.inputs.size()));
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

std::optional<ImportReport> importSide(Side side, const QStringList& paths, const Options& options, const WorkspaceKey* key, const QString& name)
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

bool unreadableInputs(std::size_t count)
{
    if (count == 0)
        return false;
    printError(tr("%n input file(s) could not be read (see above): exit status 2", nullptr, static_cast<int>(count)));
    return true;
}

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

std::optional<QByteArray> passphraseFrom(const Options& options, bool confirm)
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

std::optional<SigningKey> loadSigningKey(const Options& options, const QCommandLineOption& keyOption)
{
    const auto secret = passphraseFrom(options);
    if (!secret)
        return std::nullopt;
    Result<SigningKey> key = SigningKey::loadPrivate(options.parser.value(keyOption), *secret);
    if (!key) {
        printError(key.error().toString());
        return std::nullopt;
    }
    return std::move(key).value();
}

QList<QCommandLineOption> passphraseOptions()
{
    return { QCommandLineOption(QStringLiteral("passphrase-file"), tr("Read the key's passphrase from the first line of FILE."), tr("file")),
        QCommandLineOption(QStringLiteral("ask-passphrase"), tr("Ask for the key's passphrase on the terminal.")) };
}

namespace {

std::optional<QByteArray> renderComparison(const Options& options, const Comparison& comparison)
{
    const QString format = options.formatName();
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

bool writeComparison(const Options& options, const Comparison& comparison)
{
    const QString format = options.formatName();
    if (format == QLatin1String("json"))
        return emitStreamed(options, [&comparison](QIODevice& out) { return ComparisonJson::write(comparison, out); });
    if (format == QLatin1String("sarif")) {
        const QString sourceRoot = options.parser.value(options.sourceRoot);
        return emitStreamed(options, [&](QIODevice& out) { return SarifReport::write(comparison, out, sourceRoot); });
    }
    if (format == QLatin1String("text")) {
        const bool colour = !options.parser.isSet(options.output) && stdoutIsTerminal();
        return emitStreamed(options, [&](QIODevice& out) { return TextReport::write(comparison, colour, out); });
    }
    if (format == QLatin1String("markdown"))
        return emitStreamed(options, [&comparison](QIODevice& out) { return MarkdownReport::write(comparison, out); });
    if (format == QLatin1String("html"))
        return emitStreamed(options, [&comparison](QIODevice& out) { return HtmlReport::write(comparison, out).ok(); });
    const std::optional<QByteArray> content = renderComparison(options, comparison);
    return content && emit(options, *content);
}

void printSummary(const Options& options, int openFindings, const std::array<int, 4>& bySeverity, std::optional<Severity> threshold, int failing, bool onlyNew)
{
    if (!options.parser.isSet(options.output) || options.parser.isSet(options.quiet))
        return;
    QString line = tr("wrote %1: %n open finding(s)", nullptr, openFindings).arg(options.parser.value(options.output));
    if (const QString breakdown = severityBreakdown(bySeverity); !breakdown.isEmpty())
        line += QStringLiteral(" (%1)").arg(breakdown);
    if (threshold) {
        const QString level = QLatin1String(severityName(*threshold));
        line += failing > 0 ? (onlyNew ? tr("; %n new at or above %1, exit 1", nullptr, failing) : tr("; %n at or above %1, exit 1", nullptr, failing)).arg(level)
                            : (onlyNew ? tr("; none new at or above %1") : tr("; none at or above %1")).arg(level);
    }
    printError(line);
}

} // namespace crossroads::cli
