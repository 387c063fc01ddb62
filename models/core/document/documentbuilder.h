// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document.h"
#include "documentlimits.h"

#include <QString>

#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crossroads {

/// How a unit relates to the file it came from.
enum class UnitRole {
    Whole, ///< a complete document
    ArrayElement, ///< one element of a top-level array (docker inspect output)
    ListItem, ///< one element of a top-level object's "items" array (Kubernetes List), or of a
              ///< saved snapshot's "workloads"
    ListWrapper, ///< the object around streamed items, with an empty "items" array
};

struct Unit {
    const Document& document;
    UnitRole role;
    int elementIndex; ///< position in the streamed array; -1 for Whole and ListWrapper
    /// For a ListItem: the list's own "kind" when it came before "items" ("DeploymentList"), so
    /// items that omit their kind (as typed kubectl lists do) can still be read.
    std::string_view listKind = {};
    /// For a ListItem: the wrapper's "schema" when it came first ("crossroads.snapshot/v1",
    /// whose "workloads" are streamed like a List's items).
    std::string_view listSchema = {};
};

/// Turns a stream of parse events (from nlohmann's SAX interface or libyaml's event parser) into
/// Documents, one unit at a time. Elements of a top-level array and of a top-level object's
/// "items" array are handed out one by one and then forgotten, which keeps memory flat for huge
/// `kubectl get -o json` lists. Each event returns false once reading must stop; error() says why.
class DocumentBuilder {
public:
    /// Returns false to stop reading (the handler has recorded its own reason).
    using UnitHandler = std::function<bool(const Unit&)>;

    DocumentBuilder(const DocumentLimits& limits, UnitHandler handler);

    void beginDocument(int index);
    bool endDocument();

    bool startObject(quint32 line);
    bool startArray(quint32 line);
    bool endContainer();
    bool key(std::string_view text, quint32 line);
    bool null(quint32 line);
    bool boolean(bool value, quint32 line);
    bool integer(qint64 value, quint32 line);
    bool real(double value, quint32 line);
    bool string(std::string_view text, quint32 line, bool plain = false);

    /// YAML: the next node started carries this anchor.
    void setAnchor(std::string_view name) { m_pendingAnchor.assign(name); }
    /// YAML: a copy of the anchored node goes here.
    bool alias(std::string_view name, quint32 line);

    const DocumentLimits& limits() const { return m_limits; }
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    quint32 errorLine() const { return m_errorLine; }
    bool stoppedByHandler() const { return m_stoppedByHandler; }

private:
    struct Frame {
        Document* document = nullptr; ///< nullptr for a streamed array: its elements are units
        quint32 entry = 0;
        bool isObject = false;
        UnitRole elementRole = UnitRole::Whole;
        QString elementPrefix;
        int childCount = 0;
        std::size_t firstKey = 0; ///< for a mapping: where its keys start in m_keys
    };

    /// A key of an open mapping, kept to refuse a duplicate (readers disagree on which of two
    /// equal keys wins: a scanner that keeps the first reads another value than the platform).
    struct SeenKey {
        quint32 offset; ///< in the mapping's document strings
        quint32 length;
        quint32 line;
        quint32 head; ///< keyHead()
    };
    /// Past this many keys a mapping's keys are also hashed, so a huge mapping stays linear.
    static constexpr std::size_t keyScanLimit = 16;

    bool fail(const QString& message, quint32 line);
    /// Appends a value entry where the stack says it belongs; returns its index or npos on error.
    quint32 appendValue(NodeType type, quint32 line, Document** target);
    bool finishValue(Document* document, quint32 index);
    bool emitUnit(const Document& document, UnitRole role, int elementIndex);
    std::string_view wrapperMember(std::string_view key) const;
    bool checkSize(const Document& document, quint32 line);
    /// A key's first four bytes, or all the bytes of a shorter one: most keys of a mapping differ there.
    Q_ALWAYS_INLINE static quint32 keyHead(std::string_view text);
    Q_ALWAYS_INLINE static bool sameKey(const Document& document, const SeenKey& seen, std::string_view text, quint32 head);
    /// The earlier occurrence of a key in the innermost mapping, once it has keyScanLimit keys
    /// or more (the first call hashes those so far), or nullptr.
    const SeenKey* findHashedKey(const Frame& frame, std::string_view text, quint32 head);
    /// Refuses a key given twice; out of line, so that key() stays small.
    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool duplicateKey(std::string_view text, quint32 firstLine, quint32 line);
    /// Takes the keys of a hashed mapping that ends out of m_keyIndex.
    void unindexKeys(const Frame& frame);

    DocumentLimits m_limits;
    UnitHandler m_handler;
    Document m_wrapper;
    Document m_item;
    std::vector<Frame> m_stack;
    int m_documentIndex = 0;
    bool m_streamedList = false;
    bool m_hasPendingKey = false;
    std::pair<quint32, quint32> m_pendingKey;
    std::string m_pendingAnchor;
    struct Anchor {
        const Document* document;
        quint32 entry;
    };
    std::unordered_map<std::string, Anchor> m_anchors;
    std::vector<SeenKey> m_keys; ///< keys of every open mapping, innermost last
    /// Key hash → position in m_keys, for big mappings only. The hash is Qt's seeded one, so a
    /// file crafted to collide cannot make the check quadratic.
    std::unordered_multimap<std::size_t, std::size_t> m_keyIndex;
    std::size_t m_aliasEntries = 0;
    QString m_error;
    quint32 m_errorLine = 0;
    bool m_stoppedByHandler = false;
};

} // namespace crossroads
