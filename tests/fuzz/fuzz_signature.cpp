// SPDX-License-Identifier: Apache-2.0
// A detached signature (FILE.sig) as verify and the GUI's evidence badge read it.
#include "fuzzsupport.h"

#include "integrity/detachedsignature.h"

using namespace crossroads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    static const TrustedKeys none;
    const SignatureVerification verification = DetachedSignature::verifyBytes(fuzzsupport::bytes(data, size), QStringLiteral("report.json.sig"),
        QStringLiteral("report.json"), QByteArrayLiteral("bb157861a164e35cdde9d726b0af9ce2765a8f530c35d9e45732b94ee65e9557"), none); // the seed's file
    // With no trusted key, nothing may verify as trusted.
    if (verification.valid() || verification.message.isEmpty())
        __builtin_trap();
    return 0;
}
