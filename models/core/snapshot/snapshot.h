// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "factkey.h"
#include "factpath.h"
#include "factvalue.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace crossroads {

enum class Side { Dev, Prod };
const char* sideName(Side side); ///< "dev" / "prod"

/// Where a fact's value comes from. Unknown is never read as "secure".
/// - Stated: written in the input, at the place the fact cites.
/// - Derived: follows from other fields that the input states (privileged: true implies every
///   capability); the fact cites those fields.
/// - Default: the input does not set the field; the platform's documented default applies. The
///   fact cites the object where the field would go and names the field (SourceLocation::unset),
///   never a field that is not there.
enum class Provenance : quint8 { Unknown, Stated, Derived, Default };
/// "stated", "derived" or "unknown": a platform default is a derived value in every output,
/// told apart by the field it names as not set.
const char* provenanceName(Provenance provenance);
/// Derived or Default: shown as derived wherever a person reads it.
inline bool isDerived(Provenance provenance)
{
    return provenance == Provenance::Derived || provenance == Provenance::Default;
}

/// Where a workload's facts come from: an input file and the JSON pointer of an object in it.
/// Facts refer to one of these by index and add a literal suffix, so a fact costs no string.
struct SourceBase {
    int file = -1; ///< index into Snapshot::inputs
    QString pointer;
    int document = 0; ///< YAML document index (multi-document streams)
};

/// A resolved place in an input, as shown to users.
struct SourceLocation {
    QString file;
    quint32 line = 0;
    QString pointer;
    /// For a platform default: the field that is not set, below the pointer's object
    /// ("securityContext.seccompProfile"); empty for a value the input states.
    QString unset;
    bool isValid() const { return !file.isEmpty(); }
    QString toString() const; ///< "file:12 (/spec/containers/0/securityContext)"
};

/// One fact of a container or an engine: 16 bytes, as a snapshot holds millions of them.
struct Fact {
    FactValue value;
    quint32 line = 0;
    qint16 base = -1; ///< index into Workload::bases, or -1 for no source
    Provenance provenance : 2 = Provenance::Unknown;
    /// Pointer suffix below the base, see path(). For a Default fact, the field that is not set.
    quint16 pathId : 14 = FactPath::none;

    bool isKnown() const { return provenance != Provenance::Unknown; }
    /// The pointer suffix below the base (a string literal), or nullptr.
    const char* path() const { return FactPath::text(pathId); }
    void setPath(const char* path) { pathId = FactPath::intern(path); }
};
static_assert(sizeof(Fact) == 16, "a fact should stay small: snapshots hold millions");

/// A credential-like value found at import: what it looks like and its keyed fingerprint. The
/// value itself is gone by the time this exists.
struct Credential {
    QString name; ///< variable or Secret key name
    QString classification; ///< "aws-access-key-id", "private-key", "credential-name" ...
    QByteArray fingerprint; ///< HMAC-SHA-256 under the workspace key
    qint16 base = -1;
    quint32 line = 0;
};

struct Container {
    QString name;
    bool init = false;
    std::array<Fact, containerFactCount> facts;
    std::vector<Credential> credentials;

    Fact& operator[](FactKey key) { return facts[static_cast<std::size_t>(key)]; }
    const Fact& operator[](FactKey key) const { return facts[static_cast<std::size_t>(key)]; }
};

struct Workload {
    QString platform; ///< "podman", "docker", "compose", "kubernetes", or "snapshot"
    QString kind; ///< "Container", "Service" (compose), "Deployment", "Pod" ...
    QString nameSpace; ///< Kubernetes namespace, compose project or empty
    QString name;
    QMap<QString, QString> labels; ///< workload labels (pod template labels for Kubernetes)
    /// The in-manifest ignores other scanners' users write (kube-score/ignore, Polaris'
    /// polaris.fairwinds.com/…exempt, Crossroads' own crossroads-scanner.github.io/waive…), from
    /// the object's and the pod template's annotations; AnnotationWaivers turns them into waivers.
    QMap<QString, QString> ignoreAnnotations;
    /// Where those annotations are written ("shop.yaml:12"), for the waiver's origin.
    QString ignoreAnnotationsAt;
    QString serviceAccount;
    std::vector<SourceBase> bases;
    std::vector<Container> containers;

    QString displayName() const; ///< "namespace/name" or "name"
    qint16 addBase(int file, QString pointer, int document = 0);
};

/// A Kubernetes Secret seen in the input: its keys, fingerprinted, never its values.
struct SecretObject {
    QString nameSpace;
    QString name;
    std::vector<Credential> credentials;
    int file = -1;
    quint32 line = 0;
};

/// A Kubernetes ConfigMap seen in the input: its credential-like data keys, fingerprinted,
/// never their values. Its other keys are configuration and are not kept.
struct ConfigMapObject {
    QString nameSpace;
    QString name;
    std::vector<Credential> credentials;
    int file = -1;
    quint32 line = 0;
    QString pointer; ///< the object's JSON pointer in its file, for citing its keys
};

struct InputFile {
    QString path;
    QByteArray sha256; ///< hex
    /// The digest is an HMAC-SHA-256 under the workspace key, not a plain SHA-256: for a file of
    /// credentials (a compose env_file) an unkeyed digest is a dictionary lookup away from
    /// short secrets. Empty when no key was at hand.
    bool keyed = false;
    /// "<hex>" or "hmac-sha256:<hex>", as reports show it.
    QString digestText() const { return keyed ? QStringLiteral("hmac-sha256:") + QString::fromLatin1(sha256) : QString::fromLatin1(sha256); }
};

/// Something in the input that was not imported, and why. Never fatal.
struct SkippedItem {
    QString file;
    QString location;
    QString reason;
    /// An input that could not be read at all (a bad file with keepGoing): the side is
    /// incomplete, which every report says, unlike an item that holds no posture.
    bool unreadable = false;
};

/// A Kubernetes namespace's Pod Security admission labels.
struct NamespacePolicy {
    QString enforce; ///< privileged, baseline, restricted; empty when the label is absent
    QString version; ///< "v1.30" or "latest"
    int file = -1;
    quint32 line = 0;
};

/// One environment at one moment, sanitized: it holds fingerprints, never secret values.
struct Snapshot {
    Side side = Side::Dev;
    QString name;
    QDateTime collectedAt;
    std::vector<InputFile> inputs;
    std::array<Fact, engineFactCount> engine;
    std::vector<SourceBase> engineBases;
    std::vector<Workload> workloads;
    std::vector<SecretObject> secretObjects;
    std::vector<ConfigMapObject> configMaps; ///< those holding credential-like values
    std::vector<SkippedItem> skipped;
    QMap<QString, NamespacePolicy> namespacePolicies;
    QByteArray keyId; ///< id of the workspace key the fingerprints were made with (hex)

    Fact& engineFact(FactKey key) { return engine[static_cast<std::size_t>(key) - containerFactCount]; }
    const Fact& engineFact(FactKey key) const { return engine[static_cast<std::size_t>(key) - containerFactCount]; }

    /// Sets an engine fact from several inputs: what an input states wins over what is derived
    /// from platform defaults, whichever file comes first. Fact::base is set from source.
    void mergeEngineFact(FactKey key, Fact fact, const SourceBase& source);

    SourceLocation locate(const Workload& workload, const Fact& fact) const;
    SourceLocation locate(const Workload& workload, const Credential& credential) const;
    SourceLocation locateEngine(const Fact& fact) const;
    /// The workload's own object (its pod spec or container), for judgements of the whole
    /// workload such as its Pod Security level; no line.
    SourceLocation locateWorkload(const Workload& workload) const;
    /// A line of one of this snapshot's inputs (file is an index into inputs).
    SourceLocation locateFile(int file, quint32 line) const;
    std::size_t containerCount() const;
};

} // namespace crossroads
