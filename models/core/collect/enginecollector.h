// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "importers/environmentimporter.h"

#include <QTemporaryDir>

namespace crossroads {

/// Reads the local Podman or Docker engine through its own CLI (`info`, `ps -a`, `inspect`,
/// `network inspect`) so a developer can check their machine without writing any file. The raw
/// output is imported like any other input and never leaves the temporary folder.
class EngineCollector {
public:
    enum class Engine { Podman, Docker };
    static std::optional<Engine> engineFromName(const QString& name);

    explicit EngineCollector(Engine engine, QString program = {});
    Result<ImportReport> collect(const ImportOptions& options) const;

private:
    Result<QByteArray> run(const QStringList& arguments) const;

    Engine m_engine;
    QString m_program;
};

} // namespace crossroads
