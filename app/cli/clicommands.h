// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace crossroads::cli {

/// Exit codes of crossroads-cli: a pipeline tells "gaps found" from "could not run".
enum ExitCode { Success = 0, GapsFound = 1, UsageOrInputError = 2 };

int runCompare(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runSnapshot(const QStringList& arguments);
int runCollect(const QStringList& arguments);


} // namespace crossroads::cli
