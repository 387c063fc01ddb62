// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace crossroads {

class WorkspaceKey;

/// A compose `env_file` (docker's `--env-file` format plus compose's dotenv additions):
/// NAME=value lines, `#` comments, an optional `export `, single or double quotes. Values are
/// held only while the importer classifies them; the destructor wipes them.
class EnvFile {
public:
    struct Variable {
        std::string name;
        std::string value;
        quint32 line = 0;
    };

    EnvFile() = default;
    EnvFile(const EnvFile&) = delete;
    EnvFile& operator=(const EnvFile&) = delete;
    EnvFile(EnvFile&&) = default;
    EnvFile& operator=(EnvFile&&) = default;
    ~EnvFile();

    /// Reads at most maxBytes; a bigger file is refused, not truncated, and so is anything but
    /// a regular file (a FIFO would block the read). Its digest is keyed with `key` (none
    /// without one): the file holds credentials.
    static Result<EnvFile> read(const QString& path, const WorkspaceKey* key, qint64 maxBytes = qint64(1) << 20);
    /// Parses the text of an env file (the text is not kept).
    static EnvFile parse(const QByteArray& text);

    const std::vector<Variable>& variables() const { return m_variables; }
    /// HMAC-SHA-256 of the file under the workspace key (hex), or empty: for Snapshot::inputs.
    QByteArray keyedDigest() const { return m_keyedDigest; }

private:
    std::vector<Variable> m_variables;
    QByteArray m_keyedDigest;
};

} // namespace crossroads
