// SPDX-License-Identifier: Apache-2.0
#include "snapshot.h"

#include <limits>

namespace crossroads {

const char* sideName(Side side)
{
    return side == Side::Dev ? "dev" : "prod";
}

const char* provenanceName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Stated:
        return "stated";
    case Provenance::Derived:
    case Provenance::Default:
        return "derived";
    case Provenance::Unknown:
        break;
    }
    return "unknown";
}

QString SourceLocation::toString() const
{
    if (file.isEmpty())
        return {};
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    if (!pointer.isEmpty())
        text += QStringLiteral(" (") + pointer + QLatin1Char(')');
    return text;
}

QString Workload::displayName() const
{
    return nameSpace.isEmpty() ? name : nameSpace + QLatin1Char('/') + name;
}

qint16 Workload::addBase(int file, QString pointer, int document)
{
    // Workloads hold a handful of bases (the pod spec, one per container), so a scan is cheapest;
    // from the newest, where a repeated base usually is.
    for (std::size_t i = bases.size(); i-- > 0;) {
        if (bases[i].file == file && bases[i].document == document && bases[i].pointer == pointer)
            return static_cast<qint16>(i);
    }
    // Facts number their base in 15 bits: a workload past that (only a hostile input makes one)
    // keeps its facts, without a source for the rest.
    if (bases.size() >= static_cast<std::size_t>(std::numeric_limits<qint16>::max()))
        return -1;
    bases.push_back(SourceBase { file, std::move(pointer), document });
    return static_cast<qint16>(bases.size() - 1);
}

namespace {
SourceLocation resolve(const std::vector<InputFile>& inputs, const std::vector<SourceBase>& bases, qint16 base, quint32 line,
    const char* path, bool unset = false)
{
    if (base < 0 || static_cast<std::size_t>(base) >= bases.size())
        return {};
    const SourceBase& source = bases[static_cast<std::size_t>(base)];
    if (source.file < 0 || static_cast<std::size_t>(source.file) >= inputs.size())
        return {};
    SourceLocation location;
    location.file = inputs[static_cast<std::size_t>(source.file)].path;
    location.line = line;
    if (unset) {
        // The field is not in the input: cite the object it would go in, and name the field.
        location.pointer = source.pointer;
        location.unset = FactPath::dotted(path);
    } else {
        location.pointer = source.pointer + QLatin1String(path != nullptr ? path : "");
    }
    return location;
}
} // namespace

void Snapshot::mergeEngineFact(FactKey key, Fact fact, const SourceBase& source)
{
    Fact& target = engineFact(key);
    if (target.provenance == Provenance::Stated && fact.provenance != Provenance::Stated)
        return;
    fact.base = -1;
    if (source.file >= 0) {
        engineBases.push_back(source);
        fact.base = static_cast<qint16>(engineBases.size() - 1);
    }
    target = std::move(fact);
}

SourceLocation Snapshot::locate(const Workload& workload, const Fact& fact) const
{
    return resolve(inputs, workload.bases, fact.base, fact.line, fact.path(), fact.provenance == Provenance::Default);
}

SourceLocation Snapshot::locate(const Workload& workload, const Credential& credential) const
{
    return resolve(inputs, workload.bases, credential.base, credential.line, nullptr);
}

SourceLocation Snapshot::locateEngine(const Fact& fact) const
{
    return resolve(inputs, engineBases, fact.base, fact.line, fact.path(), fact.provenance == Provenance::Default);
}

SourceLocation Snapshot::locateWorkload(const Workload& workload) const
{
    if (workload.bases.empty())
        return {};
    return resolve(inputs, workload.bases, 0, 0, nullptr);
}

SourceLocation Snapshot::locateFile(int file, quint32 line) const
{
    if (file < 0 || static_cast<std::size_t>(file) >= inputs.size())
        return {};
    SourceLocation location;
    location.file = inputs[static_cast<std::size_t>(file)].path;
    location.line = line;
    return location;
}

std::size_t Snapshot::containerCount() const
{
    std::size_t count = 0;
    for (const Workload& workload : workloads)
        count += workload.containers.size();
    return count;
}

} // namespace crossroads
