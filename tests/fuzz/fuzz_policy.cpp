// SPDX-License-Identifier: Apache-2.0
// A policy file (--policy): requirements, waivers, check selection.
#include "fuzzsupport.h"

#include "policy/policyfile.h"

using namespace crossroads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    const Result<Policy> policy = PolicyFile::fromJson(fuzzsupport::bytes(data, size), QStringLiteral("policy.json"));
    if (!policy && policy.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
