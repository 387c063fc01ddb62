// SPDX-License-Identifier: Apache-2.0
#include "envfile.h"

#include "common/sha256.h"
#include "secrets/workspacekey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace crossroads {

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

/// The value as compose reads it: quotes removed, and an unquoted value ends at " #".
std::string_view unquoted(std::string_view value)
{
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) {
        const auto close = value.find(value.front(), 1);
        if (close != std::string_view::npos)
            return value.substr(1, close - 1);
    }
    if (const auto comment = value.find(" #"); comment != std::string_view::npos)
        value = trimmed(value.substr(0, comment));
    return value;
}

} // namespace

EnvFile::~EnvFile()
{
    for (Variable& variable : m_variables)
        wipe(variable.value);
}

Result<EnvFile> EnvFile::read(const QString& path, const WorkspaceKey* key, qint64 maxBytes)
{
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return Error { path, {}, QCoreApplication::translate("EnvFile", "not a regular file (a folder, FIFO, socket or device); not read") };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, QCoreApplication::translate("EnvFile", "cannot open: %1").arg(file.errorString()) };
    if (file.size() > maxBytes)
        return Error { path, {}, QCoreApplication::translate("EnvFile", "larger than %1 KiB; not an env file").arg(maxBytes >> 10) };
    QByteArray text = file.read(maxBytes);
    EnvFile envFile = parse(text);
    if (key != nullptr && key->isValid())
        envFile.m_keyedDigest = key->fingerprint(std::string_view(text.constData(), static_cast<std::size_t>(text.size()))).toHex();
    wipe(text);
    return envFile;
}

EnvFile EnvFile::parse(const QByteArray& text)
{
    EnvFile envFile;
    const std::string_view all(text.constData(), static_cast<std::size_t>(text.size()));
    quint32 line = 0;
    for (std::size_t start = 0; start < all.size();) {
        const auto end = std::min(all.find('\n', start), all.size());
        std::string_view entry = trimmed(all.substr(start, end - start));
        start = end + 1;
        ++line;
        if (entry.empty() || entry.front() == '#')
            continue;
        if (entry.substr(0, 7) == "export ")
            entry = trimmed(entry.substr(7));
        const auto equals = entry.find('=');
        if (equals == std::string_view::npos)
            continue; // "NAME" alone passes the host's value through
        const std::string_view name = trimmed(entry.substr(0, equals));
        if (name.empty())
            continue;
        envFile.m_variables.push_back(Variable { std::string(name), std::string(unquoted(trimmed(entry.substr(equals + 1)))), line });
    }
    return envFile;
}

} // namespace crossroads
