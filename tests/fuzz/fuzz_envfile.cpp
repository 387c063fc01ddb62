// SPDX-License-Identifier: Apache-2.0
// A compose env_file: NAME=value lines, quoting, export prefixes, comments; each variable is
// classified as a credential or not, as the compose importer does.
#include "fuzzsupport.h"

#include "importers/envfile.h"
#include "secrets/credentialclassifier.h"

using namespace crossroads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzsupport::initialise();
    const EnvFile file = EnvFile::parse(fuzzsupport::bytes(data, size));
    for (const EnvFile::Variable& variable : file.variables()) {
        if (variable.name.empty())
            __builtin_trap(); // a variable always has a name
        (void)CredentialClassifier::classify(variable.name, variable.value);
    }
    return 0;
}
