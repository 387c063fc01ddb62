// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace crossroads {

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

    /// Reads at most maxBytes; a bigger file is refused, not truncated.
    static Result<EnvFile> read(const QString& path, qint64 maxBytes = qint64(1) << 20);
    /// Parses the text of an env file (the text is not kept).
    static EnvFile parse(const QByteArray& text);

    const std::vector<Variable>& variables() const { return m_variables; }
    QByteArray sha256() const { return m_sha256; } ///< hex digest of the file, for Snapshot::inputs

private:
    std::vector<Variable> m_variables;
    QByteArray m_sha256;
};

} // namespace crossroads
