// SPDX-License-Identifier: Apache-2.0
// A public key (--pubkey, the trusted-keys folder, the key inside a signature): PEM through
// OpenSSL, refused unless it is an Ed25519 key.
#include "fuzzsupport.h"

#include "integrity/signingkey.h"

using namespace crossroads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    const Result<SigningKey> key = SigningKey::fromPublicPem(fuzzsupport::bytes(data, size), QStringLiteral("key.pub"));
    if (key) {
        (void)key->keyId();
        (void)key->publicPem();
        if (key->verify(QByteArrayLiteral("statement"), QByteArray(64, '\0')))
            __builtin_trap(); // a zero signature never verifies
    } else if (key.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
