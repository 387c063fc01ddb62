// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "signingkey.h"

#include <QString>

#include <vector>

namespace crossroads {

/// The public keys whose signatures count as "verified". Anyone can make a key and sign a file
/// with it, so a signature proves who signed only when its key is one of these: the keys a
/// pipeline names (`verify --pubkey`), or the `*.pub` files in the trusted-keys folder of the
/// user's config (`$XDG_CONFIG_HOME/crossroads/trusted-keys`, usually
/// `~/.config/crossroads/trusted-keys`).
class TrustedKeys {
public:
    struct Entry {
        SigningKey key;
        QString origin; ///< the file it was read from
    };

    /// The trusted-keys folder in the user's config (found as the workspace key's folder is).
    static QString defaultFolder();
    /// Every `*.pub` in `folder`; a missing folder trusts nothing. A file that is not an
    /// Ed25519 public key is left out and listed in problems(): trusting fewer keys is safe.
    static TrustedKeys loadFolder(const QString& folder);
    static TrustedKeys loadDefault() { return loadFolder(defaultFolder()); }
    /// Just this key (a --pubkey), read from `origin`.
    static TrustedKeys only(const SigningKey& key, const QString& origin);

    /// Adds a public key to `folder` as `fileName` (".pub" appended when missing), writing only
    /// its public half. Returns the file that now trusts the key: an existing one when the key
    /// was trusted already. Refuses to replace a file that holds another key.
    static Result<QString> install(const SigningKey& key, const QString& fileName, const QString& folder = defaultFolder());

    void add(const SigningKey& key, const QString& origin);
    /// The entry holding exactly this public key, or nullptr.
    const Entry* find(const SigningKey& key) const;
    bool isEmpty() const { return m_entries.empty(); }
    const std::vector<Entry>& entries() const { return m_entries; }
    /// Files of the folder that were left out, and why.
    const std::vector<Error>& problems() const { return m_problems; }
    /// The folder the keys were read from; empty for keys given one by one.
    const QString& folder() const { return m_folder; }

private:
    std::vector<Entry> m_entries;
    std::vector<Error> m_problems;
    QString m_folder;
};

} // namespace crossroads
