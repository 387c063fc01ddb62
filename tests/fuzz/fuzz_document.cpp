// SPDX-License-Identifier: Apache-2.0
// JSON and YAML documents as DocumentReader reads any input file (told apart by content), with
// every node of every unit visited the way importers visit them.
#include "fuzzsupport.h"

#include "document/documentreader.h"

#include <QBuffer>

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
    return 0;
}
