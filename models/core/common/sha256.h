// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <memory>
#include <string_view>

struct evp_md_ctx_st;

namespace crossroads {

/// Incremental SHA-256 (OpenSSL EVP), for the digests that tie reports to their inputs.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(std::string_view bytes);
    QByteArray finishHex(); ///< lower-case hex; the object is spent afterwards
    /// The digest of the bytes added so far; more may be added afterwards.
    QByteArray hexSoFar() const;

    static QByteArray hex(std::string_view bytes);

private:
    struct Free {
        void operator()(evp_md_ctx_st* context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace crossroads
