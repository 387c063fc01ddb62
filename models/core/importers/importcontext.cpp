// SPDX-License-Identifier: Apache-2.0
#include "importcontext.h"

#include "secrets/credentialclassifier.h"
#include "secrets/workspacekey.h"
#include "snapshot/imagereference.h"

#include <QRegularExpression>

#include <algorithm>

namespace crossroads {

void state(Container& container, FactKey key, FactValue value, qint16 base, const Node& node, const char* path)
{
    Fact& fact = container[key];
    fact.value = std::move(value);
    fact.provenance = Provenance::Stated;
    fact.base = base;
    fact.line = node.line();
    fact.setPath(path);
}

void stateAt(Container& container, FactKey key, FactValue value, qint16 base, const Node& node, const char* path, const Node& owner)
{
    if (node.isValid())
        state(container, key, std::move(value), base, node, path);
    else
        state(container, key, std::move(value), base, owner, "");
}

void derive(Container& container, FactKey key, FactValue value, qint16 base, quint32 line, const char* path)
{
    Fact& fact = container[key];
    fact.value = std::move(value);
    fact.provenance = Provenance::Derived;
    fact.base = base;
    fact.line = line;
    fact.setPath(path);
}

void assumeDefault(Container& container, FactKey key, FactValue value, qint16 base, quint32 objectLine, const char* unsetPath)
{
    derive(container, key, std::move(value), base, objectLine, unsetPath);
    container[key].provenance = Provenance::Default;
}

void setImageFacts(Container& container, const QString& reference, qint16 base, const Node& node, const char* path)
{
    const ImageReference image = ImageReference::parse(reference);
    state(container, FactKey::ImageReference, image.text, base, node, path);
    state(container, FactKey::ImagePinnedByDigest, image.isPinned(), base, node, path);
    state(container, FactKey::ImageMutableTag, image.hasMutableTag(), base, node, path);
    if (image.registryImplied)
        derive(container, FactKey::ImageRegistry, image.registry, base, node.line(), path); // from the reference: docker.io
    else
        state(container, FactKey::ImageRegistry, image.registry, base, node, path);
    if (image.isPinned())
        state(container, FactKey::ImageDigest, image.digest, base, node, path);
}

std::optional<Credential> classifyCredential(const ImportContext& context, std::string_view name, std::string_view value, quint32 line)
{
    const QString classification = CredentialClassifier::classify(name, value);
    if (classification.isEmpty())
        return std::nullopt;
    Credential credential;
    credential.name = fromUtf8(name);
    credential.classification = classification;
    if (context.key != nullptr && context.key->isValid())
        credential.fingerprint = context.key->fingerprint(value);
    credential.line = line;
    return credential;
}

bool recordCredential(const ImportContext& context, Container& container, std::string_view name, std::string_view value,
    qint16 base, quint32 line)
{
    std::optional<Credential> credential = classifyCredential(context, name, value, line);
    if (!credential)
        return false;
    credential->base = base;
    container.credentials.push_back(std::move(*credential));
    return true;
}

QMap<QString, QString> toStringMap(const Node& object)
{
    QMap<QString, QString> map;
    for (const Node member : object.children())
        map.insert(fromUtf8(member.key()), member.toString());
    return map;
}

QString pooledString(const ImportContext& context, const Node& node)
{
    return node.isString() ? context.batch->strings.intern(node.text()) : node.toString();
}

QMap<QString, QString> toPooledStringMap(const ImportContext& context, const Node& object)
{
    QMap<QString, QString> map;
    for (const Node member : object.children())
        map.insert(context.batch->strings.intern(member.key()), pooledString(context, member));
    return map;
}

KubernetesContext::ObjectLocation locationOf(const ImportContext& context, const Node& node, QString pointer)
{
    return { context.fileIndex, node.line(), pointer.isEmpty() ? node.pointer() : std::move(pointer) };
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString normalizeCapability(QString capability)
{
    capability = capability.trimmed().toUpper();
    if (capability.startsWith(QLatin1String("CAP_")))
        capability.remove(0, 4);
    return capability;
}

bool isLoopbackAddress(const QString& address)
{
    QString host = address.trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1") || host == QLatin1String("localhost");
}

bool publishesBeyondLoopback(const QStringList& published)
{
    return std::any_of(published.begin(), published.end(), [](const QString& entry) {
        const QString host = entry.startsWith(QLatin1Char('[')) ? entry.section(QLatin1Char(']'), 0, 0) + QLatin1Char(']') : entry.section(QLatin1Char(':'), 0, 0);
        return !isLoopbackAddress(host);
    });
}

bool isRuntimeSocket(const QString& path)
{
    static const QStringList sockets { QStringLiteral("docker.sock"), QStringLiteral("podman.sock"),
        QStringLiteral("containerd.sock"), QStringLiteral("crio.sock"), QStringLiteral("cri-dockerd.sock") };
    QString normalized = path.trimmed();
    while (normalized.size() > 1 && normalized.endsWith(QLatin1Char('/')))
        normalized.chop(1);
    for (const QString& socket : sockets) {
        if (normalized.endsWith(socket))
            return true;
    }
    // Where the engines put their sockets: mounting one of these folders, or any folder above
    // one ("/" or "/var" holds /var/run/docker.sock too), hands the socket to the container.
    static const QStringList socketPaths { QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock"),
        QStringLiteral("/run/podman/podman.sock"), QStringLiteral("/run/containerd/containerd.sock"),
        QStringLiteral("/var/run/containerd/containerd.sock"), QStringLiteral("/var/run/crio/crio.sock"), QStringLiteral("/run/crio/crio.sock"),
        QStringLiteral("/var/run/cri-dockerd.sock") };
    if (normalized == QLatin1String("/"))
        return true;
    if (!normalized.startsWith(QLatin1Char('/')))
        return false;
    for (const QString& socketPath : socketPaths) {
        if (socketPath.startsWith(normalized + QLatin1Char('/')))
            return true;
    }
    // A rootless engine's socket sits in the user's runtime folder, /run/user/UID/podman.
    static const QRegularExpression userRuntime(QStringLiteral("^/run/user/\\d+(/podman|/docker)?$"));
    return userRuntime.match(normalized).hasMatch();
}

} // namespace crossroads
