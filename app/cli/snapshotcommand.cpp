// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include <optional>

namespace crossroads::cli {

int runSnapshot(const QStringList& arguments, bool* savedDespiteUnreadable)
{
    if (savedDespiteUnreadable != nullptr)
        *savedDespiteUnreadable = false;
    Options options(tr("Save a sanitized snapshot of one environment (no secret values, only keyed fingerprints)."));
    QCommandLineOption side(QStringLiteral("side"), tr("dev or prod."), tr("side"));
    QCommandLineOption name(QStringLiteral("name"), tr("A name for the snapshot."), tr("name"));
    // Taken off the arguments by runSnapshotCommit before they get here; declared for --help.
    QCommandLineOption commit(QStringLiteral("commit"), tr("Commit the snapshot to a git repository (with --repo, --path and -m)."));
    QCommandLineOption repo(QStringLiteral("repo"), tr("With --commit: the git repository (working tree or bare)."), tr("dir"));
    QCommandLineOption path(QStringLiteral("path"), tr("With --commit: the snapshot's path in the repository."), tr("path-in-repo"));
    QCommandLineOption message({ QStringLiteral("m"), QStringLiteral("message") }, tr("With --commit: the commit message."), tr("message"));
    QCommandLineOption branch(QStringLiteral("branch"), tr("With --commit: the branch to commit to (default: the current one); it must exist."), tr("branch"));
    QCommandLineOption newBranch(QStringLiteral("new-branch"), tr("With --commit --branch: start the branch from HEAD when it does not exist yet."));
    options.output.setDescription(tr("The snapshot file to write (FILE.crossroads.json); with --commit, also kept here."));
    options.add({ side, name, options.output, options.quiet, options.keepGoing, options.keyFile, commit, repo, path, message, branch, newBranch });
    options.addPositional(QStringLiteral("paths"), tr("Files or folders to import."), tr("PATH…"), docgen::ValueKind::File);
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    if (options.parser.isSet(repo) || options.parser.isSet(path) || options.parser.isSet(message) || options.parser.isSet(branch)
        || options.parser.isSet(newBranch)) {
        printError(tr("--repo, --path, -m, --branch and --new-branch go with --commit"));
        return UsageOrInputError;
    }
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

} // namespace crossroads::cli
