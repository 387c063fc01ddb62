// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "report/cataloguereport.h"
#include "rules/rulecatalogue.h"

namespace crossroads::cli {

int runChecks(const QStringList& arguments)
{
    Options options(tr("List every check of the rule catalogue: id, domain, severity, title and references."));
    options.hasFormat = true;
    options.formats = { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown") };
    options.format.setDescription(tr("Output format: text, json or markdown (the catalogue page, docs/checks.md)."));
    options.output.setDescription(tr("Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .md)."));
    options.add({ options.format, options.output });
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    if (!options.parser.positionalArguments().isEmpty()) {
        printError(tr("checks takes no arguments; to see one check, run crossroads-cli explain ID"));
        return UsageOrInputError;
    }
    const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
    const QString format = options.formatName();
    const QByteArray content = format == QLatin1String("json") ? CatalogueReport::json(catalogue)
        : format == QLatin1String("markdown")                  ? CatalogueReport::markdown(catalogue)
                                                               : CatalogueReport::text(catalogue);
    return emit(options, content) ? Success : UsageOrInputError;
}

} // namespace crossroads::cli
