// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QStringList>

namespace crossroads::cli {

/// Exit codes of crossroads-cli: a pipeline tells "gaps found" from "could not run".
enum ExitCode { Success = 0, GapsFound = 1, SignatureInvalid = 1, UsageOrInputError = 2 };

int runCompare(const QStringList& arguments);
/// Names under which input files appear in reports (temporary copies of git revisions).
void setInputDisplayNames(const QHash<QString, QString>& names);
int runCheck(const QStringList& arguments);
/// `savedDespiteUnreadable`, when given, is set when the snapshot was saved but --keep-going
/// left inputs out that could not be read (the exit status is then 2).
int runSnapshot(const QStringList& arguments, bool* savedDespiteUnreadable = nullptr);
int runCollect(const QStringList& arguments);
int runKeygen(const QStringList& arguments);
int runSign(const QStringList& arguments);
/// Exit 0 valid and by a trusted key, 1 invalid, tampered or by an untrusted key, 2 usage or
/// unreadable file.
int runVerify(const QStringList& arguments);
/// Adds public keys to the trusted-keys folder, or lists it.
int runTrust(const QStringList& arguments);


} // namespace crossroads::cli
