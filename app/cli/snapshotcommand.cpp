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

} // namespace crossroads::cli
