// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "collect/enginecollector.h"
#include "compare/comparator.h"
#include "importers/environmentimporter.h"
#include "report/textreport.h"

#include <optional>

namespace crossroads::cli {

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

} // namespace crossroads::cli
