// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rulecatalogue.h"

#include <QByteArray>
#include <QString>

namespace crossroads::CatalogueReport {

/// Every check of a catalogue as a list: id, domain, severity, title and references. Text is an
/// aligned table for a terminal; JSON (`crossroads.checks/v1`) is for tools; Markdown is the
/// catalogue page (docs/checks.md): the table, then each check in full.
QByteArray text(const RuleCatalogue& catalogue);
QByteArray json(const RuleCatalogue& catalogue);
QByteArray markdown(const RuleCatalogue& catalogue);

/// One check in full, as `crossroads-cli explain ID` prints it: what fails, why it matters,
/// where it applies, the fix for Podman/Docker and for Kubernetes, and the references.
QString explain(const Check& check);

} // namespace crossroads::CatalogueReport
