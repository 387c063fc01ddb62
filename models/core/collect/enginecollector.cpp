// SPDX-License-Identifier: Apache-2.0
#include "enginecollector.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace crossroads {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::EngineCollector", text);
}
constexpr int timeoutMs = 120'000;
} // namespace

std::optional<EngineCollector::Engine> EngineCollector::engineFromName(const QString& name)
{
    if (name == QLatin1String("podman"))
        return Engine::Podman;
    if (name == QLatin1String("docker"))
        return Engine::Docker;
    return std::nullopt;
}

EngineCollector::EngineCollector(Engine engine, QString program)
    : m_engine(engine)
    , m_program(program.isEmpty() ? (engine == Engine::Podman ? QStringLiteral("podman") : QStringLiteral("docker")) : std::move(program))
{
}

Result<QByteArray> EngineCollector::run(const QStringList& arguments) const
{
    QProcess process;
    process.start(m_program, arguments);
    const QString command = m_program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (!process.waitForStarted())
        return Error { command, {}, tr("cannot start %1: %2").arg(m_program, process.errorString()) };
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error { command, {}, tr("no answer within %1 s").arg(timeoutMs / 1000) };
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = QString::fromUtf8(process.readAllStandardError()).trimmed().left(500);
        return Error { command, {}, tr("failed (exit %1): %2").arg(process.exitCode()).arg(message) };
    }
    return process.readAllStandardOutput();
}

Result<ImportReport> EngineCollector::collect(const ImportOptions& options) const
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error { {}, {}, tr("cannot create a temporary folder: %1").arg(folder.errorString()) };
    auto save = [&folder](const QString& name, const QByteArray& content) -> Result<QString> {
        const QString path = folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return Error { path, {}, tr("cannot write: %1").arg(file.errorString()) };
        return path;
    };
    const QString engineName = m_engine == Engine::Podman ? QStringLiteral("podman") : QStringLiteral("docker");
    QStringList files;
    Result<QByteArray> info = run({ QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
    if (!info)
        return info.error();
    Result<QString> infoFile = save(engineName + QStringLiteral("-info.json"), *info);
    if (!infoFile)
        return infoFile.error();
    files << *infoFile;
    Result<QByteArray> ids = run({ QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("-q"), QStringLiteral("--no-trunc") });
    if (!ids)
        return ids.error();
    QStringList containerIds = QString::fromUtf8(*ids).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& id : containerIds)
        id = id.trimmed();
    if (!containerIds.isEmpty()) {
        Result<QByteArray> inspect = run(QStringList { QStringLiteral("inspect"), QStringLiteral("--type"), QStringLiteral("container") } + containerIds);
        if (!inspect)
            return inspect.error();
        Result<QString> inspectFile = save(engineName + QStringLiteral("-inspect.json"), *inspect);
        if (!inspectFile)
            return inspectFile.error();
        files << *inspectFile;
    }
    // Pods give their containers one name and one network, as a Kubernetes Pod does.
    if (m_engine == Engine::Podman) {
        Result<QByteArray> podList = run({ QStringLiteral("pod"), QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("json") });
        if (!podList)
            return podList.error();
        if (!QByteArray(*podList).trimmed().isEmpty() && podList->trimmed() != "[]") {
            Result<QString> podFile = save(engineName + QStringLiteral("-pods.json"), *podList);
            if (!podFile)
                return podFile.error();
            files << *podFile;
        }
    }
    // Networks say which containers are cut off from the outside (internal networks).
    Result<QByteArray> networkIds = run({ QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q") });
    if (!networkIds)
        return networkIds.error();
    QStringList networks = QString::fromUtf8(*networkIds).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& network : networks)
        network = network.trimmed();
    networks.removeAll(QString());
    if (!networks.isEmpty()) {
        Result<QByteArray> inspect = run(QStringList { QStringLiteral("network"), QStringLiteral("inspect") } + networks);
        if (!inspect)
            return inspect.error();
        Result<QString> networkFile = save(engineName + QStringLiteral("-networks.json"), *inspect);
        if (!networkFile)
            return networkFile.error();
        files << *networkFile;
    }
    ImportOptions collectOptions = options;
    if (collectOptions.name.isEmpty())
        collectOptions.name = tr("local %1").arg(engineName);
    Result<ImportReport> report = EnvironmentImporter(collectOptions).importPaths(files);
    if (!report)
        return report;
    // The temporary files vanish; name the commands instead.
    auto command = [&engineName](const QString& file) -> QString {
        if (file.endsWith(QLatin1String("-info.json")))
            return engineName + QStringLiteral(" info");
        if (file.endsWith(QLatin1String("-networks.json")))
            return engineName + QStringLiteral(" network inspect");
        if (file.endsWith(QLatin1String("-pods.json")))
            return engineName + QStringLiteral(" pod ps");
        return engineName + QStringLiteral(" inspect");
    };
    for (InputFile& input : report->snapshot.inputs)
        input.path = command(input.path);
    for (SkippedItem& item : report->snapshot.skipped)
        item.file = command(item.file);
    return report;
}

} // namespace crossroads
