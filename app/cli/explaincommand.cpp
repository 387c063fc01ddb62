// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "report/cataloguereport.h"
#include "rules/rulecatalogue.h"

#include <cstdio>

namespace crossroads::cli {

int runExplain(const QStringList& arguments)
{
    QStringList ids;
    for (const Check& check : RuleCatalogue::builtIn().checks())
        ids << check.id;
    Options options(tr("Print one check in full: what fails, why it matters, where it applies, the fix on both sides and the references."));
    options.addPositional(QStringLiteral("id"), tr("The check's id, e.g. CR-RT-001 (crossroads-cli checks lists them)."), tr("ID"), docgen::ValueKind::Choice,
        ids);
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList asked = options.parser.positionalArguments();
    if (asked.size() != 1) {
        printError(tr("explain needs one check id, e.g. crossroads-cli explain CR-RT-001"));
        return UsageOrInputError;
    }
    // Ids are written in capitals; "cr-rt-001" means the same check.
    const Check* check = RuleCatalogue::builtIn().find(asked.front().trimmed().toUpper());
    if (check == nullptr) {
        printError(tr("there is no check \"%1\"; crossroads-cli checks lists every id").arg(asked.front()));
        return UsageOrInputError;
    }
    std::fputs(qPrintable(CatalogueReport::explain(*check)), stdout);
    return Success;
}

} // namespace crossroads::cli
