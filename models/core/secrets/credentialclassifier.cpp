// SPDX-License-Identifier: Apache-2.0
#include "credentialclassifier.h"

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
    if (value.find("-----BEGIN") != std::string_view::npos && value.find("PRIVATE KEY") != std::string_view::npos)
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
    if (isCredentialName(name)) {
        // A credential-named variable holding a path to a mounted secret is a file reference.
        if (value.front() == '/' && value.find(' ') == std::string_view::npos)
            return {};
        return QStringLiteral("credential-name");
    }
    return {};
}

} // namespace crossroads
