// SPDX-License-Identifier: Apache-2.0
#include "documentbuilder.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace crossroads {

namespace {
QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::size_t keyHash(std::string_view text)
{
    return qHash(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())), QHashSeed::globalSeed());
}

/// A key as an error names it: control characters shown as U+FFFD, a long key cut short.
QString keyForMessage(std::string_view text)
{
    constexpr qsizetype shown = 80;
    QString key = fromView(text.substr(0, 4 * shown));
    for (QChar& c : key) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (key.size() > shown || text.size() > 4 * shown)
        key = key.left(shown) + QChar(0x2026);
    return key;
}
} // namespace

DocumentBuilder::DocumentBuilder(const DocumentLimits& limits, UnitHandler handler)
    : m_limits(limits)
    , m_handler(std::move(handler))
{
}

void DocumentBuilder::beginDocument(int index)
{
    m_documentIndex = index;
    m_streamedList = false;
    m_hasPendingKey = false;
    m_pendingAnchor.clear();
    m_anchors.clear();
    m_aliasEntries = 0;
    m_keys.clear();
    m_keyIndex.clear();
}

bool DocumentBuilder::endDocument()
{
    if (!m_stack.empty())
        return fail(QCoreApplication::translate("DocumentBuilder", "the document ends inside an unclosed block"), 0);
    m_anchors.clear();
    return true;
}

bool DocumentBuilder::fail(const QString& message, quint32 line)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

bool DocumentBuilder::checkSize(const Document& document, quint32 line)
{
    if (document.byteSize() > m_limits.maxDocumentBytes) {
        return fail(QCoreApplication::translate("DocumentBuilder", "document larger than %1 MiB; split it or raise the limit")
                        .arg(m_limits.maxDocumentBytes >> 20),
            line);
    }
    return true;
}

quint32 DocumentBuilder::appendValue(NodeType type, quint32 line, Document** target)
{
    Document* document = nullptr;
    quint32 parent = Document::npos;
    bool keyed = false;
    if (m_stack.empty()) {
        document = &m_wrapper;
        document->clear();
        m_anchors.clear();
        document->documentIndex = m_documentIndex;
    } else if (Frame& top = m_stack.back(); top.document == nullptr) {
        document = &m_item;
        document->clear();
        std::erase_if(m_anchors, [this](const auto& anchor) { return anchor.second.document == &m_item; });
        document->documentIndex = m_documentIndex;
        document->basePointer = top.elementPrefix + QLatin1Char('/') + QString::number(top.childCount);
    } else {
        document = top.document;
        parent = top.entry;
        if (top.isObject) {
            if (!m_hasPendingKey) {
                fail(QCoreApplication::translate("DocumentBuilder", "a value inside a mapping has no key"), line);
                return Document::npos;
            }
            keyed = true;
        }
    }

    auto& entries = document->entries();
    const auto index = static_cast<quint32>(entries.size());
    Document::Entry entry;
    entry.type = type;
    entry.line = line;
    entry.parent = parent;
    entry.end = index + 1;
    if (keyed) {
        entry.hasKey = true;
        entry.keyOffset = m_pendingKey.first;
        entry.keyLength = m_pendingKey.second;
        m_hasPendingKey = false;
    }
    entries.push_back(entry);
    if (!m_pendingAnchor.empty()) {
        m_anchors[m_pendingAnchor] = Anchor { document, index };
        m_pendingAnchor.clear();
    }
    *target = document;
    return index;
}

std::string_view DocumentBuilder::wrapperMember(std::string_view key) const
{
    const auto& entries = m_wrapper.entries();
    for (std::size_t i = 1; i < entries.size(); ++i) {
        const Document::Entry& entry = entries[i];
        if (entry.parent == 0 && entry.hasKey && entry.type == NodeType::String && m_wrapper.stringAt(entry.keyOffset, entry.keyLength) == key)
            return m_wrapper.stringAt(entry.text.offset, entry.text.length);
    }
    return {};
}

bool DocumentBuilder::emitUnit(const Document& document, UnitRole role, int elementIndex)
{
    const bool item = role == UnitRole::ListItem;
    const Unit unit { document, role, elementIndex, item ? wrapperMember("kind") : std::string_view(), item ? wrapperMember("schema") : std::string_view() };
    if (!m_handler(unit)) {
        m_stoppedByHandler = true;
        return false;
    }
    return true;
}

bool DocumentBuilder::finishValue(Document* document, quint32 index)
{
    if (!checkSize(*document, document->entries()[index].line))
        return false;
    if (m_stack.empty())
        return emitUnit(m_wrapper, m_streamedList ? UnitRole::ListWrapper : UnitRole::Whole, -1);
    Frame& top = m_stack.back();
    if (top.document == nullptr) {
        const int position = top.childCount++;
        if (static_cast<std::size_t>(position) >= m_limits.maxItems) {
            return fail(QCoreApplication::translate("DocumentBuilder", "more than %L1 items in one list; split it (Kubernetes itself supports at most 150,000 pods in a cluster)")
                            .arg(qulonglong(m_limits.maxItems)),
                document->entries()[index].line);
        }
        return emitUnit(m_item, top.elementRole, position);
    }
    return true;
}

bool DocumentBuilder::startObject(quint32 line)
{
    if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth)
        return fail(QCoreApplication::translate("DocumentBuilder", "nesting deeper than %1 levels").arg(m_limits.maxDepth), line);
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::Object, line, &document);
    if (index == Document::npos)
        return false;
    m_stack.push_back(Frame { document, index, true, UnitRole::Whole, {}, 0, m_keys.size() });
    return true;
}

bool DocumentBuilder::startArray(quint32 line)
{
    if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth)
        return fail(QCoreApplication::translate("DocumentBuilder", "nesting deeper than %1 levels").arg(m_limits.maxDepth), line);
    if (m_stack.empty()) {
        // A top-level array (docker/podman inspect): every element is its own unit.
        m_wrapper.clear();
        m_anchors.clear();
        m_stack.push_back(Frame { nullptr, 0, false, UnitRole::ArrayElement, {}, 0 });
        return true;
    }
    const Frame& top = m_stack.back();
    // Streamed: a List's "items", and a saved snapshot's "workloads" (its schema comes first).
    const std::string_view member = m_stack.size() == 1 && top.document == &m_wrapper && top.isObject && m_hasPendingKey
        ? m_wrapper.stringAt(m_pendingKey.first, m_pendingKey.second)
        : std::string_view();
    const bool listItems = member == "items" || (member == "workloads" && wrapperMember("schema").starts_with("crossroads.snapshot/"));
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::Array, line, &document);
    if (index == Document::npos)
        return false;
    if (listItems) {
        // The wrapper keeps an empty "items"; each element is handed out alone.
        m_streamedList = true;
        m_stack.push_back(Frame { nullptr, 0, false, UnitRole::ListItem, QLatin1Char('/') + QString::fromUtf8(member.data(), static_cast<qsizetype>(member.size())), 0 });
    } else {
        m_stack.push_back(Frame { document, index, false, UnitRole::Whole, {}, 0 });
    }
    return true;
}

bool DocumentBuilder::endContainer()
{
    if (m_stack.empty())
        return fail(QCoreApplication::translate("DocumentBuilder", "unbalanced end of block"), 0);
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    if (frame.document == nullptr)
        return true; // a streamed array: its elements are already out
    if (frame.isObject) {
        if (m_keys.size() - frame.firstKey > keyScanLimit)
            unindexKeys(frame);
        m_keys.resize(frame.firstKey);
    }
    auto& entries = frame.document->entries();
    entries[frame.entry].end = static_cast<quint32>(entries.size());
    return finishValue(frame.document, frame.entry);
}

bool DocumentBuilder::key(std::string_view text, quint32 line)
{
    if (m_stack.empty() || !m_stack.back().isObject || m_stack.back().document == nullptr)
        return fail(QCoreApplication::translate("DocumentBuilder", "a key outside a mapping"), line);
    if (text.size() > m_limits.maxScalarBytes)
        return fail(QCoreApplication::translate("DocumentBuilder", "key longer than %1 MiB").arg(m_limits.maxScalarBytes >> 20), line);
    const Frame& top = m_stack.back();
    // Keys compare as bytes after scalar resolution ("a", 'a' and a are one key), explicit keys
    // only: a key that overrides one merged in by `<<` is no duplicate (YAML merge keys), while
    // a second `<<` is. Mappings are small, so a scan of their keys so far is cheapest.
    const quint32 head = keyHead(text);
    const std::size_t count = m_keys.size() - top.firstKey;
    if (count < keyScanLimit) {
        for (std::size_t i = top.firstKey; i < m_keys.size(); ++i) {
            const SeenKey& seen = m_keys[i];
            if (sameKey(*top.document, seen, text, head))
                return duplicateKey(text, seen.line, line);
        }
    } else if (const SeenKey* first = findHashedKey(top, text, head)) {
        return duplicateKey(text, first->line, line);
    }
    Document* document = top.document;
    m_pendingKey = document->appendString(text);
    m_keys.push_back(SeenKey { m_pendingKey.first, m_pendingKey.second, line, head });
    if (count >= keyScanLimit)
        m_keyIndex.emplace(keyHash(text), m_keys.size() - 1);
    if (text == "<<")
        document->noteMergeKey();
    m_hasPendingKey = true;
    return true;
}

quint32 DocumentBuilder::keyHead(std::string_view text)
{
    quint32 head = 0;
    if (text.size() >= sizeof head) {
        std::memcpy(&head, text.data(), sizeof head);
    } else if (!text.empty()) {
        // Every byte of a short key: with its length, the head is the whole key.
        const auto byte = [&text](std::size_t i) { return static_cast<quint32>(static_cast<unsigned char>(text[i])); };
        head = byte(0) | byte(text.size() / 2) << 8 | byte(text.size() - 1) << 16;
    }
    return head;
}

bool DocumentBuilder::sameKey(const Document& document, const SeenKey& seen, std::string_view text, quint32 head)
{
    return seen.head == head && seen.length == text.size()
        && (text.size() <= sizeof head || document.stringAt(seen.offset, seen.length) == text);
}

const DocumentBuilder::SeenKey* DocumentBuilder::findHashedKey(const Frame& frame, std::string_view text, quint32 head)
{
    const Document& document = *frame.document;
    if (m_keys.size() - frame.firstKey == keyScanLimit) {
        for (std::size_t i = frame.firstKey; i < m_keys.size(); ++i)
            m_keyIndex.emplace(keyHash(document.stringAt(m_keys[i].offset, m_keys[i].length)), i);
    }
    // Positions below firstKey belong to enclosing mappings.
    for (auto [it, end] = m_keyIndex.equal_range(keyHash(text)); it != end; ++it) {
        if (it->second >= frame.firstKey && sameKey(document, m_keys[it->second], text, head))
            return &m_keys[it->second];
    }
    return nullptr;
}

bool DocumentBuilder::duplicateKey(std::string_view text, quint32 firstLine, quint32 line)
{
    // The key's name only: the values may be secrets.
    return fail(QCoreApplication::translate("DocumentBuilder", "duplicate key \"%1\" (first at line %2)").arg(keyForMessage(text)).arg(firstLine),
        line);
}

void DocumentBuilder::unindexKeys(const Frame& frame)
{
    const std::size_t count = m_keys.size() - frame.firstKey;
    if (m_keyIndex.size() == count) {
        m_keyIndex.clear(); // the only hashed mapping open
        return;
    }
    const Document& document = *frame.document;
    for (std::size_t i = frame.firstKey; i < m_keys.size(); ++i) {
        for (auto [it, end] = m_keyIndex.equal_range(keyHash(document.stringAt(m_keys[i].offset, m_keys[i].length))); it != end; ++it) {
            if (it->second == i) {
                m_keyIndex.erase(it);
                break;
            }
        }
    }
}

bool DocumentBuilder::null(quint32 line)
{
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::Null, line, &document);
    return index != Document::npos && finishValue(document, index);
}

bool DocumentBuilder::boolean(bool value, quint32 line)
{
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::Bool, line, &document);
    if (index == Document::npos)
        return false;
    document->entries()[index].boolean = value;
    return finishValue(document, index);
}

bool DocumentBuilder::integer(qint64 value, quint32 line)
{
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::Integer, line, &document);
    if (index == Document::npos)
        return false;
    document->entries()[index].integer = value;
    return finishValue(document, index);
}

bool DocumentBuilder::real(double value, quint32 line)
{
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::Double, line, &document);
    if (index == Document::npos)
        return false;
    document->entries()[index].real = value;
    return finishValue(document, index);
}

bool DocumentBuilder::string(std::string_view text, quint32 line, bool plain)
{
    if (text.size() > m_limits.maxScalarBytes) {
        return fail(QCoreApplication::translate("DocumentBuilder", "text value longer than %1 MiB").arg(m_limits.maxScalarBytes >> 20),
            line);
    }
    Document* document = nullptr;
    const quint32 index = appendValue(NodeType::String, line, &document);
    if (index == Document::npos)
        return false;
    const auto [offset, length] = document->appendString(text);
    auto& entry = document->entries()[index];
    entry.text.offset = offset;
    entry.text.length = length;
    entry.plainScalar = plain;
    return finishValue(document, index);
}

bool DocumentBuilder::alias(std::string_view name, quint32 line)
{
    const auto found = m_anchors.find(std::string(name));
    if (found == m_anchors.end()) {
        return fail(QCoreApplication::translate("DocumentBuilder", "alias *%1 refers to no anchor in this document").arg(fromView(name)),
            line);
    }
    const Anchor anchor = found->second;
    const Document* expected = nullptr;
    if (!m_stack.empty() && m_stack.back().document != nullptr)
        expected = m_stack.back().document;
    if (anchor.document != expected) {
        return fail(QCoreApplication::translate("DocumentBuilder", "alias *%1 refers to an anchor outside this list item").arg(fromView(name)),
            line);
    }
    for (const Frame& frame : m_stack) {
        if (frame.document == anchor.document && frame.entry == anchor.entry)
            return fail(QCoreApplication::translate("DocumentBuilder", "alias *%1 refers to its own enclosing node").arg(fromView(name)), line);
    }

    const auto& sourceEntries = anchor.document->entries();
    const quint32 source = anchor.entry;
    const quint32 count = sourceEntries[source].end - source;
    m_aliasEntries += count;
    if (m_aliasEntries > m_limits.maxAliasEntries) {
        return fail(QCoreApplication::translate("DocumentBuilder",
                        "YAML aliases expand to more than %1 nodes; refusing a possible \"billion laughs\" document")
                        .arg(m_limits.maxAliasEntries),
            line);
    }

    const Document::Entry sourceRoot = sourceEntries[source];
    Document* document = nullptr;
    const quint32 base = appendValue(sourceRoot.type, line, &document);
    if (base == Document::npos)
        return false;
    auto& entries = document->entries();
    {
        auto& root = entries[base];
        root.integer = sourceRoot.integer; // copies the whole payload union
        root.plainScalar = sourceRoot.plainScalar;
        root.end = base + count;
    }
    for (quint32 offset = 1; offset < count; ++offset) {
        Document::Entry copy = entries[source + offset];
        copy.parent = copy.parent - source + base;
        copy.end = copy.end - source + base;
        entries.push_back(copy);
        if ((offset & 0xffff) == 0 && !checkSize(*document, line))
            return false;
    }
    return finishValue(document, base);
}

} // namespace crossroads
