// SPDX-License-Identifier: Apache-2.0
// A baseline (--baseline): a comparison report in JSON or a SARIF log, applied to the demo's
// comparison as compare --baseline does.
#include "fuzzsupport.h"

#include "baseline/baseline.h"
#include "compare/comparator.h"
#include "rules/rulecatalogue.h"
#include "importers/environmentimporter.h"

using namespace crossroads;

namespace {

const Comparison& demoComparison()
{
    static const Comparison comparison = [] {
        ImportOptions dev;
        dev.side = Side::Dev;
        ImportOptions prod;
        prod.side = Side::Prod;
        Result<ImportReport> devReport = EnvironmentImporter(dev).importPaths({ QStringLiteral(":/crossroads/demo/dev") });
        Result<ImportReport> prodReport = EnvironmentImporter(prod).importPaths({ QStringLiteral(":/crossroads/demo/prod") });
        if (!devReport || !prodReport)
            __builtin_trap();
        return Comparator::compare(devReport->snapshot, prodReport->snapshot, RuleCatalogue::builtIn());
    }();
    return comparison;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    const Result<Baseline> baseline = Baseline::fromJson(fuzzsupport::bytes(data, size), QStringLiteral("baseline.json"));
    if (!baseline) {
        if (baseline.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    Comparison comparison = demoComparison();
    baseline->apply(comparison);
    (void)Baseline::newlyFailing(comparison, Severity::Low);
    return 0;
}
