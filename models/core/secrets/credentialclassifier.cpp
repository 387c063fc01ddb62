// SPDX-License-Identifier: Apache-2.0
#include "credentialclassifier.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

namespace crossroads {

namespace {

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

/// "dbPassword_FILE" → {"db", "password", "file"}: splits on punctuation and camelCase.
std::vector<std::string> words(std::string_view name)
{
    std::vector<std::string> result;
    std::string current;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (!isAlnum(c)) {
            if (!current.empty())
                result.push_back(std::move(current));
            current.clear();
            continue;
        }
        const bool upper = std::isupper(static_cast<unsigned char>(c)) != 0;
        if (upper && !current.empty() && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1])) != 0) {
            result.push_back(std::move(current));
            current.clear();
        }
        current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (!current.empty())
        result.push_back(std::move(current));
    return result;
}

bool allOf(std::string_view text, int (*predicate)(int))
{
    return std::all_of(text.begin(), text.end(), [predicate](char c) { return predicate(static_cast<unsigned char>(c)) != 0; });
}

bool isTokenChar(char c)
{
    return isAlnum(c) || c == '_' || c == '-';
}

bool prefixedToken(std::string_view value, std::string_view prefix, std::size_t minimumRest)
{
    if (value.size() < prefix.size() + minimumRest || value.substr(0, prefix.size()) != prefix)
        return false;
    const std::string_view rest = value.substr(prefix.size());
    return std::all_of(rest.begin(), rest.end(), isTokenChar);
}

double entropyBitsPerChar(std::string_view value)
{
    std::array<int, 256> counts {};
    for (const char c : value)
        ++counts[static_cast<unsigned char>(c)];
    double bits = 0;
    for (const int count : counts) {
        if (count == 0)
            continue;
        const double p = static_cast<double>(count) / static_cast<double>(value.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

/// A character of a PEM label's word ("RSA", "X9.42", "ML-DSA-65" is three words).
bool isLabelChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
}

/// What follows "BEGIN": does the label name a private key? A label is upper-case words joined
/// by one space or one hyphen (RFC 7468), and the private ones all say PRIVATE KEY somewhere:
/// "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "OPENSSH PRIVATE
/// KEY", "PGP PRIVATE KEY BLOCK", "SSH2 ENCRYPTED PRIVATE KEY". How many dashes frame it (five,
/// three, none) and what comes after it do not matter: the body is the key either way.
bool labelNamesPrivateKey(std::string_view rest)
{
    std::size_t i = 0;
    if (i == rest.size() || (rest[i] != ' ' && rest[i] != '\t'))
        return false;
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t'))
        ++i;
    bool afterPrivate = false;
    for (int words = 0; words < 8; ++words) {
        const std::size_t start = i;
        while (i < rest.size() && isLabelChar(rest[i]))
            ++i;
        if (i == start)
            return false;
        const std::string_view word = rest.substr(start, i - start);
        if (afterPrivate && word == "KEY")
            return true;
        afterPrivate = word == "PRIVATE";
        if (i + 1 >= rest.size() || (rest[i] != ' ' && rest[i] != '-') || !isLabelChar(rest[i + 1]))
            return false;
        ++i;
    }
    return false;
}

/// A private key in text form: a PEM-style header naming a private key, or a PuTTY key file.
bool hasPrivateKeyHeader(std::string_view value)
{
    constexpr std::string_view begin = "BEGIN";
    for (auto at = value.find(begin); at != std::string_view::npos; at = value.find(begin, at + begin.size())) {
        if (at > 0 && isLabelChar(value[at - 1]))
            continue; // the end of a longer word
        if (labelNamesPrivateKey(value.substr(at + begin.size())))
            return true;
    }
    return value.find("PuTTY-User-Key-File-") != std::string_view::npos;
}

int base64Digit(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

/// A key file base64-encoded whole, as CI variables and Helm values often carry one: the start of
/// the value decodes to the header. Only that start is decoded, and wiped after the look.
bool base64WrapsPrivateKey(std::string_view value)
{
    constexpr std::size_t lookAt = 96; // decodes to 72 bytes, more than any header with its dashes
    std::size_t length = 0;
    while (length < std::min(value.size(), lookAt) && base64Digit(value[length]) >= 0)
        ++length;
    length &= ~std::size_t(3);
    if (length < 16)
        return false;
    std::array<char, lookAt / 4 * 3> decoded {};
    std::size_t size = 0;
    for (std::size_t i = 0; i < length; i += 4) {
        const auto digit = [&value, i](std::size_t k) { return static_cast<quint32>(base64Digit(value[i + k])); };
        const quint32 bits = digit(0) << 18 | digit(1) << 12 | digit(2) << 6 | digit(3);
        decoded[size++] = static_cast<char>(bits >> 16);
        decoded[size++] = static_cast<char>(bits >> 8);
        decoded[size++] = static_cast<char>(bits);
    }
    const bool found = hasPrivateKeyHeader(std::string_view(decoded.data(), size));
    OPENSSL_cleanse(decoded.data(), decoded.size());
    return found;
}

/// Certificates, public keys, certificate requests, CRLs and parameters, and nothing else: every
/// block a well-formed PEM block (five dashes, its END matching its BEGIN, a base64 body). Public
/// material, not a credential, whatever the variable is called.
bool isPublicPem(std::string_view value)
{
    static constexpr std::string_view publicLabels[] { "CERTIFICATE", "TRUSTED CERTIFICATE", "X509 CRL", "CERTIFICATE REQUEST",
        "NEW CERTIFICATE REQUEST", "PUBLIC KEY", "RSA PUBLIC KEY", "DH PARAMETERS", "X9.42 DH PARAMETERS", "EC PARAMETERS",
        "DSA PARAMETERS", "PGP PUBLIC KEY BLOCK" };
    constexpr std::string_view dashes = "-----";
    constexpr std::string_view begin = "-----BEGIN ";
    constexpr std::string_view end = "-----END ";
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    bool blocks = false;
    std::size_t i = 0;
    for (;;) {
        while (i < value.size() && blank(value[i]))
            ++i;
        if (i == value.size())
            return blocks;
        if (value.substr(i, begin.size()) != begin)
            return false;
        i += begin.size();
        const auto labelEnd = value.find(dashes, i);
        if (labelEnd == std::string_view::npos)
            return false;
        const std::string_view label = value.substr(i, labelEnd - i);
        if (std::find(std::begin(publicLabels), std::end(publicLabels), label) == std::end(publicLabels))
            return false;
        i = labelEnd + dashes.size();
        const auto bodyEnd = value.find(end, i);
        if (bodyEnd == std::string_view::npos)
            return false;
        for (std::size_t j = i; j < bodyEnd; ++j) {
            if (!blank(value[j]) && base64Digit(value[j]) < 0 && value[j] != '=')
                return false;
        }
        i = bodyEnd + end.size();
        if (value.substr(i, label.size()) != label || value.substr(i + label.size(), dashes.size()) != dashes)
            return false;
        i += label.size() + dashes.size();
        blocks = true;
    }
}

} // namespace

bool CredentialClassifier::isReference(std::string_view value)
{
    const auto first = value.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return false;
    value.remove_prefix(first);
    if (value.size() >= 2 && value[0] == '$' && (value[1] == '{' || value[1] == '(' || std::isalpha(static_cast<unsigned char>(value[1])) || value[1] == '_'))
        return true;
    return value.substr(0, 2) == "{{";
}

bool CredentialClassifier::isCredentialName(std::string_view name)
{
    const std::vector<std::string> parts = words(name);
    if (parts.empty())
        return false;
    // PWD is the shell's working directory; names ending in these words point at or describe a
    // secret rather than hold one (DB_PASSWORD_FILE, TOKEN_PATH, SECRET_NAME, PASSWORD_MIN_LENGTH).
    if (parts.size() == 1 && parts.front() == "pwd")
        return false;
    static const std::array<std::string_view, 24> describing { "path", "file", "files", "dir", "directory", "location",
        "name", "ref", "mount", "type", "length", "size", "ttl", "timeout", "policy", "enabled", "required", "url",
        "uri", "endpoint", "host", "port", "id", "version" };
    const std::string& last = parts.back();
    const bool awsKeyId = parts.size() >= 3 && parts[parts.size() - 3] == "access" && parts[parts.size() - 2] == "key"
        && last == "id";
    if (!awsKeyId && std::find(describing.begin(), describing.end(), last) != describing.end())
        return false;
    static const std::array<std::string_view, 12> credentialWords { "password", "passwd", "pass", "pwd", "secret",
        "token", "apikey", "credential", "credentials", "passphrase", "privatekey", "secretkey" };
    static const std::array<std::string_view, 7> keyQualifiers { "api", "access", "private", "secret", "signing",
        "encryption", "master" };
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (std::find(credentialWords.begin(), credentialWords.end(), parts[i]) != credentialWords.end())
            return true;
        if (parts[i] == "key" && i > 0 && std::find(keyQualifiers.begin(), keyQualifiers.end(), parts[i - 1]) != keyQualifiers.end())
            return true;
    }
    return awsKeyId;
}

QString CredentialClassifier::classifyValue(std::string_view value)
{
    if (hasPrivateKeyHeader(value) || base64WrapsPrivateKey(value))
        return QStringLiteral("private-key");
    if (value.size() == 20 && (value.substr(0, 4) == "AKIA" || value.substr(0, 4) == "ASIA") && allOf(value, [](int c) { return std::isupper(c) | std::isdigit(c); }))
        return QStringLiteral("aws-access-key-id");
    for (const std::string_view prefix : { "ghp_", "gho_", "ghs_", "ghu_", "ghr_" }) {
        if (prefixedToken(value, prefix, 36))
            return QStringLiteral("github-token");
    }
    if (prefixedToken(value, "github_pat_", 40))
        return QStringLiteral("github-token");
    if (prefixedToken(value, "glpat-", 20))
        return QStringLiteral("gitlab-token");
    for (const std::string_view prefix : { "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-" }) {
        if (prefixedToken(value, prefix, 10))
            return QStringLiteral("slack-token");
    }
    for (const std::string_view prefix : { "sk_live_", "rk_live_" }) {
        if (prefixedToken(value, prefix, 16))
            return QStringLiteral("stripe-key");
    }
    if (prefixedToken(value, "AIza", 35) && value.size() == 39)
        return QStringLiteral("google-api-key");
    if (value.substr(0, 3) == "eyJ" && std::count(value.begin(), value.end(), '.') == 2 && value.size() > 30)
        return QStringLiteral("jwt");
    // scheme://user:password@host
    if (const auto scheme = value.find("://"); scheme != std::string_view::npos) {
        const std::string_view rest = value.substr(scheme + 3);
        const auto at = rest.find('@');
        const auto slash = rest.find('/');
        if (at != std::string_view::npos && (slash == std::string_view::npos || at < slash)) {
            const auto colon = rest.substr(0, at).find(':');
            if (colon != std::string_view::npos && colon + 1 < at && !isReference(rest.substr(colon + 1)))
                return QStringLiteral("url-with-password");
        }
    }
    // Random-looking strings: long, no spaces, mixed letters and digits, not a plain hex hash
    // (image digests and commit ids are configuration, not secrets).
    if (value.size() >= 24 && value.size() <= 512 && std::all_of(value.begin(), value.end(), [](char c) { return isTokenChar(c) || c == '+' || c == '/' || c == '='; })) {
        const bool hasDigit = std::any_of(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        const bool hasUpper = std::any_of(value.begin(), value.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
        const bool hasLower = std::any_of(value.begin(), value.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        if (hasDigit && hasUpper && hasLower && entropyBitsPerChar(value) >= 4.2)
            return QStringLiteral("high-entropy");
    }
    return {};
}

QString CredentialClassifier::classify(std::string_view name, std::string_view value)
{
    if (value.empty() || isReference(value))
        return {};
    QString byValue = classifyValue(value);
    if (!byValue.isEmpty())
        return byValue;
    // A certificate or public key is public, even under a name like TLS_SECRET_CERT.
    if (isPublicPem(value))
        return {};
    if (isCredentialName(name)) {
        // A credential-named variable holding a path to a mounted secret is a file reference.
        if (value.front() == '/' && value.find(' ') == std::string_view::npos)
            return {};
        return QStringLiteral("credential-name");
    }
    return {};
}

QString CredentialClassifier::label(const QString& classification)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "private-key"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "aws-access-key-id"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "github-token"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "gitlab-token"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "slack-token"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "stripe-key"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "google-api-key"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "jwt"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "url-with-password"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "high-entropy"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "credential-name"),
        QT_TRANSLATE_NOOP("crossroads::CredentialClassifier", "secret-data"),
    };
    for (const char* name : names) {
        if (classification == QLatin1String(name))
            return QCoreApplication::translate("crossroads::CredentialClassifier", name);
    }
    return classification;
}

} // namespace crossroads
