// SPDX-License-Identifier: Apache-2.0
// One input file through EnvironmentImporter, as the CLI and the GUI read it (content decides
// the importer: inspect, engine info, network, compose, Kubernetes, snapshot); a file that was
// read is saved as a snapshot and read back, which must succeed.
#include "fuzzsupport.h"

#include "importers/environmentimporter.h"
#include "secrets/workspacekey.h"
#include "snapshot/snapshotfile.h"

#include <QFile>

using namespace crossroads;

namespace {

const WorkspaceKey& key()
{
    static WorkspaceKey instance = [] {
        const QString path = QDir::tempPath() + QStringLiteral("/crossroads-fuzz-key-%1").arg(getpid());
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(64, 'a'));
        file.close();
        Result<WorkspaceKey> loaded = WorkspaceKey::loadFile(path);
        QFile::remove(path);
        return loaded ? std::move(*loaded) : WorkspaceKey();
    }();
    return instance;
}

Result<ImportReport> importBytes(const QByteArray& bytes, Side side)
{
    ImportOptions options;
    options.side = side;
    options.key = &key();
    options.limits.maxScalarBytes = 64 << 10;
    options.limits.maxDocumentBytes = 1 << 20;
    options.limits.maxAliasEntries = 10'000;
    const QString name = QStringLiteral("fuzz-input");
    options.contents.insert(name, bytes);
    return EnvironmentImporter(options).importPaths(QStringList { name });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    const QByteArray bytes = fuzzsupport::bytes(data, size);
    // A saved snapshot must be read as the side it records (as the CLI's check finds it).
    const Side side = bytes.contains("\"side\": \"prod\"") ? Side::Prod : Side::Dev;
    Result<ImportReport> report = importBytes(bytes, side);
    if (!report) {
        if (report.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    Result<ImportReport> again = importBytes(SnapshotFile::toJson(report->snapshot), side);
    if (!again || again->snapshot.workloads.size() != report->snapshot.workloads.size())
        __builtin_trap(); // what Crossroads saves, it reads back whole
    return 0;
}
