// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace crossroads {

/// An OCI image reference split into its parts ("ghcr.io/acme/api:1.4@sha256:…").
struct ImageReference {
    QString text; ///< as written
    QString registry; ///< "docker.io" when the reference names none
    bool registryImplied = false;
    QString repository; ///< "acme/api"; Docker Hub's "library/" prefix removed
    QString tag; ///< empty when absent
    QString digest; ///< "sha256:<64 hex>" only when well-formed

    static ImageReference parse(const QString& reference);
    bool isPinned() const { return !digest.isEmpty(); }
    /// No tag or "latest", and not pinned: the image can change under the same name.
    bool hasMutableTag() const { return !isPinned() && (tag.isEmpty() || tag == QLatin1String("latest")); }
};

} // namespace crossroads
