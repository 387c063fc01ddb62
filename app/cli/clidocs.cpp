// SPDX-License-Identifier: Apache-2.0
#include "clidocs.h"

#include "clicommands.h"
#include "clisupport.h"

#include "manpagewriter.h"
#include "shellcompletion.h"

#include "integrity/trustedkeys.h"
#include "policy/policyfile.h"


#include <cstdio>
#include <functional>

namespace crossroads::cli {

namespace {

/// Set while describeCommands() runs each command: parse() hands its declarations here.
std::function<void(const Options&, const QStringList&)>* describer = nullptr;

/// The values an option takes, where the option's own definition fixes them.
QStringList choicesFor(const Options& options, const QCommandLineOption& option)
{
    const QString name = option.names().constLast();
    if (name == QLatin1String("format") && options.hasFormat)
        return options.formats;
    if (name == QLatin1String("fail-on"))
        return { QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical") };
    if (name == QLatin1String("side"))
        return { QStringLiteral("dev"), QStringLiteral("prod") };
    if (name == QLatin1String("policy"))
        return PolicyFile::builtInNames();
    return {};
}

void write(const QByteArray& content)
{
    std::fwrite(content.constData(), 1, static_cast<std::size_t>(content.size()), stdout);
}

} // namespace

bool describing(const Options& options, const QStringList& multiValue)
{
    if (describer == nullptr)
        return false;
    (*describer)(options, multiValue);
    return true;
}

std::vector<docgen::CommandDoc> describeCommands()
{
    std::vector<docgen::CommandDoc> described;
    for (const CliCommand& command : commands()) {
        docgen::CommandDoc doc { command.name, command.synopsis, command.summary, {}, {}, {} };
        std::function<void(const Options&, const QStringList&)> record = [&doc](const Options& options, const QStringList& multiValue) {
            doc.description = options.parser.applicationDescription();
            for (const QCommandLineOption& option : options.declared) {
                if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
                    continue;
                const bool repeatable = multiValue.contains(QStringLiteral("--") + option.names().constLast());
                doc.options.append(docgen::describe(option, choicesFor(options, option), repeatable));
            }
            doc.positionals = options.positionals;
            // --help names this machine's folders; the packaged page is read on every machine.
            const QString folder = TrustedKeys::defaultFolder();
            const QString generic = QStringLiteral("~/.config/crossroads/trusted-keys");
            doc.description.replace(folder, generic);
            for (docgen::OptionDoc& option : doc.options)
                option.description.replace(folder, generic);
        };
        describer = &record;
        command.run({ QStringLiteral("crossroads-cli") });
        describer = nullptr;
        described.push_back(std::move(doc));
    }
    return described;
}

docgen::ProgramDoc programDoc()
{
    docgen::ProgramDoc doc;
    doc.name = QStringLiteral("crossroads-cli");
    doc.version = QCoreApplication::applicationVersion();
    doc.date = docgen::pageDate();
    doc.summary = QStringLiteral("compare the security posture of development and production container environments");
    doc.description = QStringLiteral(
        "crossroads-cli reads a development container environment (rootless Podman, Docker, compose) and a production one "
        "(Kubernetes manifests, kubectl output, saved snapshots), pairs each dev workload with its prod counterpart and classifies "
        "every check as a regression (prod weaker than what was tested), a fidelity gap (developers test under a weaker posture), "
        "a shared failure, drift, or aligned, with the fix for Podman/Docker and for Kubernetes. A workload with no counterpart is "
        "judged on its own (dev-only, prod-only).\n\n"
        "Inputs are recognised by content; folders are read recursively. Secret values are never stored or shown: credentials "
        "become a keyed fingerprint. Reports carry the SHA-256 of every input.\n\n"
        "Run crossroads-cli COMMAND --help for the options of a command; crossroads-cli checks lists every check and "
        "crossroads-cli explain ID prints one in full.");
    doc.commands = describeCommands();
    doc.globalOptions = { docgen::OptionDoc { { QStringLiteral("h"), QStringLiteral("help") }, {}, QStringLiteral("Print the commands, or a command's options."), {}, docgen::ValueKind::None, false },
        docgen::OptionDoc { { QStringLiteral("version") }, {}, QStringLiteral("Print the version."), {}, docgen::ValueKind::None, false } };
    doc.exitStatus = QStringLiteral(
        "0: no open finding at or above --fail-on (always 0 without --fail-on or --fail-on-new; --fail-on-new alone "
        "counts new findings of any severity); for verify, a valid signature by a trusted key.\n\n"
        "1: open findings at or above --fail-on (any classification but drift, unknown and waived); for verify, an invalid or "
        "untrusted signature.\n\n"
        "2: bad usage or unreadable input; the message names the file and line. With --keep-going the report is still written "
        "and the status is still 2.");
    doc.files = QStringLiteral(
        "~/.config/crossroads/workspace.key: the workspace key that fingerprints credentials (mode 0600; created when missing; "
        "--key-file overrides it).\n\n"
        "~/.config/crossroads/trusted-keys/: public keys whose signatures verify trusts (crossroads-cli trust adds them).");
    doc.environment = QStringLiteral("LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the language of messages, help and reports (English, Spanish, "
                                     "German; any other language, or C, gives English). The JSON and SARIF reports name it in their "
                                     "language field; ids, field names and exit statuses never change with it.\n\n"
                                     "XDG_CONFIG_HOME: where the crossroads folder above lives (default ~/.config).\n\n"
                                     "SOURCE_DATE_EPOCH: the date this manual page shows when it is generated.");
    doc.seeAlso = { QStringLiteral("crossroads(1)"), QStringLiteral("podman(1)"), QStringLiteral("kubectl(1)") };
    return doc;
}

int printManPage()
{
    write(docgen::ManPageWriter::write(programDoc()));
    return Success;
}

int runCompletion(const QStringList& arguments)
{
    Options options(tr("Print the completion script for a shell (packages install them; or: source <(crossroads-cli completion bash))."));
    options.addPositional(QStringLiteral("shell"), tr("bash, zsh or fish"), QString(), docgen::ValueKind::Choice, docgen::ShellCompletion::shells());
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList shell = options.parser.positionalArguments();
    if (shell.size() != 1 || !docgen::ShellCompletion::shells().contains(shell.front())) {
        printError(tr("completion needs the shell: bash, zsh or fish"));
        return UsageOrInputError;
    }
    write(docgen::ShellCompletion::write(shell.front(), programDoc()));
    return Success;
}

} // namespace crossroads::cli
