// SPDX-License-Identifier: Apache-2.0
// JSON and YAML documents as DocumentReader reads any input file (told apart by content), with
// every node of every unit visited the way importers visit them. Each input is read twice, as a
// file and as a pipe: JSON files are read in memory with simdjson, pipes streamed with nlohmann,
// and the two must hand out the same units and come to the same end.
#include "fuzzsupport.h"
#include "unitdump.h"

#include "document/documentreader.h"

#include <QBuffer>

#include <algorithm>
#include <cstdio>

using namespace crossroads;

namespace {

void visit(const Node& node, int depth)
{
    (void)node.toString();
    (void)node.toBool();
    (void)node.toInteger();
    (void)node.pointer();
    if (depth > 64)
        return;
    for (const Node child : node.children()) {
        (void)child.key();
        (void)node[child.key()];
        visit(child, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    QBuffer buffer;
    buffer.setData(fuzzsupport::bytes(data, size));
    buffer.open(QIODevice::ReadOnly);
    DocumentLimits limits;
    limits.maxScalarBytes = 64 << 10; // small limits reach the limit paths with small inputs
    limits.maxDocumentBytes = 1 << 20;
    limits.maxAliasEntries = 10'000;
    const Status status = DocumentReader(limits).read(buffer, QStringLiteral("input"), [](const Unit& unit) -> Status {
        visit(unit.document.root(), 0);
        return Done {};
    });
    if (!status.ok() && status.error().message.isEmpty())
        __builtin_trap(); // every refusal says why
    const unitdump::Reading asFile = unitdump::read(fuzzsupport::bytes(data, size), false, limits);
    const unitdump::Reading asPipe = unitdump::read(fuzzsupport::bytes(data, size), true, limits);
    if (asFile.units != asPipe.units || unitdump::outcome(asFile.status) != unitdump::outcome(asPipe.status)) {
        std::fprintf(stderr, "the in-memory and streaming readers differ:\n  file: %s (%zu units)\n  pipe: %s (%zu units)\n",
            unitdump::outcome(asFile.status).constData(), asFile.units.size(), unitdump::outcome(asPipe.status).constData(),
            asPipe.units.size());
        for (std::size_t i = 0; i < std::min(asFile.units.size(), asPipe.units.size()); ++i) {
            if (asFile.units[i] != asPipe.units[i]) {
                std::fprintf(stderr, "first differing unit %zu:\n%s\n--- pipe:\n%s\n", i, asFile.units[i].constData(),
                    asPipe.units[i].constData());
                break;
            }
        }
        __builtin_trap();
    }
    return 0;
}
