// SPDX-License-Identifier: Apache-2.0
#include "imagereference.h"

namespace crossroads {

namespace {
bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}
} // namespace

ImageReference ImageReference::parse(const QString& reference)
{
    ImageReference image;
    image.text = reference.trimmed();
    QString rest = image.text;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        const QString digest = rest.mid(at + 1);
        rest.truncate(at);
        // An "@sha256:" that is not 64 hex digits does not pin anything.
        if (digest.startsWith(QLatin1String("sha256:")) && digest.size() == 7 + 64 && isLowerHex(QStringView(digest).mid(7)))
            image.digest = digest;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost")) {
            image.registry = first;
            rest = rest.mid(slash + 1);
        }
    }
    if (image.registry.isEmpty()) {
        image.registry = QStringLiteral("docker.io");
        image.registryImplied = true;
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        image.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    if (image.registry == QLatin1String("docker.io") && rest.startsWith(QLatin1String("library/")))
        rest = rest.mid(8);
    image.repository = rest;
    return image;
}

} // namespace crossroads
