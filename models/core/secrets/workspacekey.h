// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace crossroads {

/// The secret key that credential fingerprints are made with (HMAC-SHA-256, OpenSSL). Created
/// on first use in the user's config folder with mode 0600; pipelines pass their own with
/// --key-file so fingerprints from two machines can be compared. Equal values give equal
/// fingerprints under one key; without the key a fingerprint reveals nothing, not even for a
/// dictionary word (an unsalted hash would).
class WorkspaceKey {
public:
    WorkspaceKey() = default;
    ~WorkspaceKey();
    WorkspaceKey(const WorkspaceKey&) = delete;
    WorkspaceKey& operator=(const WorkspaceKey&) = delete;
    WorkspaceKey(WorkspaceKey&& other) noexcept;
    WorkspaceKey& operator=(WorkspaceKey&& other) noexcept;

    /// The key in the user's config folder, created when missing.
    static Result<WorkspaceKey> loadOrCreateDefault();
    /// A key file: 64 hex digits, or at least 16 raw bytes.
    static Result<WorkspaceKey> loadFile(const QString& path);
    /// Writes a new random key to path (mode 0600), refusing to overwrite.
    static Status createFile(const QString& path);
    static QString defaultPath();

    bool isValid() const { return !m_key.isEmpty(); }
    /// 16 hex digits that name the key without revealing it.
    QByteArray id() const;
    /// HMAC-SHA-256 of value (32 raw bytes).
    QByteArray fingerprint(std::string_view value) const;

private:
    explicit WorkspaceKey(QByteArray key);
    QByteArray m_key;
};

/// Overwrites memory that held a secret (OPENSSL_cleanse, which the optimiser cannot drop).
void wipe(QByteArray& bytes);
void wipe(std::string& text);

} // namespace crossroads
