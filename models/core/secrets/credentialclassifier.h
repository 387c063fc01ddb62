// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string_view>

namespace crossroads {

/// Decides whether a name/value pair carries a credential, without ever copying the value into
/// a QString (which would outlive the wipe). Avoids the false positives other scanners are known
/// for: only literal values count (`${VAR}` and secret references do not), names ending in
/// _PATH/_FILE/_DIR point at a secret rather than hold one, and credential words match on word
/// boundaries (`ACCESS_KEY` yes, `ACCESSIBILITY` no; `PWD` the working directory is no password).
/// A private key is one however its PEM-style header is framed; a value made only of certificates
/// and public keys is public material, never a credential, whatever its name.
class CredentialClassifier {
public:
    /// Classification such as "aws-access-key-id" or "credential-name"; empty when not a credential.
    static QString classify(std::string_view name, std::string_view value);
    /// Only the name: does it say "this holds a credential"?
    static bool isCredentialName(std::string_view name);
    /// Only the value: a known token format, a private key, a URL with a password, or high entropy.
    static QString classifyValue(std::string_view value);
    /// `${VAR}`, `$VAR`, `{{ .Values.x }}`: a placeholder, not a literal.
    static bool isReference(std::string_view value);
    /// A classification as a person reads it in their language; English keeps the name that
    /// snapshots and JSON carry ("credential-name").
    static QString label(const QString& classification);
};

} // namespace crossroads
