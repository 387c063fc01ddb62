// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "collect/enginecollector.h"
#include "importers/environmentimporter.h"

#include <optional>

namespace crossroads::cli {

int runCollect(const QStringList& arguments)
{
    Options options(tr("Read the local Podman or Docker engine into a snapshot."));
    QCommandLineOption side(QStringLiteral("side"), tr("dev or prod."), tr("side"), QStringLiteral("dev"));
    options.output.setDescription(tr("Write the snapshot to FILE instead of standard output (FILE.crossroads.json; crossroads-cli check FILE judges it)."));
    options.add({ side, options.output, options.quiet, options.keyFile });
    options.addPositional(QStringLiteral("engine"), tr("podman or docker"), QString(), docgen::ValueKind::Choice, { QStringLiteral("podman"), QStringLiteral("docker") });
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList positional = options.parser.positionalArguments();
    if (positional.size() != 1) {
        printError(tr("collect needs the engine: crossroads-cli collect podman|docker [-o FILE]"));
        return UsageOrInputError;
    }
    const auto engine = EngineCollector::engineFromName(positional.front());
    if (!engine) {
        printError(tr("unknown engine \"%1\"; collect reads podman or docker").arg(positional.front()));
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
    // The snapshot, as `snapshot` writes it; `crossroads-cli check FILE` judges it.
    return saveSnapshot(options, report->snapshot);
}

} // namespace crossroads::cli
