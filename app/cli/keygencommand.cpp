// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "integrity/detachedsignature.h"
#include "integrity/trustedkeys.h"

#include <cstdio>

namespace crossroads::cli {

int runKeygen(const QStringList& arguments)
{
    Options options(tr("Create an Ed25519 signing key: KEY (private, mode 0600) and KEY.pub (public, for verifiers)."));
    QCommandLineOption trust(QStringLiteral("trust"),
        tr("Also trust the new key on this machine: copy KEY.pub into the trusted-keys folder (%1).").arg(TrustedKeys::defaultFolder()));
    options.output.setDescription(tr("Write the private key to FILE (mode 0600) and the public key to FILE.pub."));
    options.add({ options.output, trust });
    options.add(passphraseOptions());
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    if (!options.parser.isSet(options.output) || !options.parser.positionalArguments().isEmpty()) {
        printError(tr("keygen needs -o KEY"));
        return UsageOrInputError;
    }
    const auto secret = passphraseFrom(options, true);
    if (!secret)
        return UsageOrInputError;
    Result<SigningKey> key = SigningKey::generate();
    if (!key) {
        printError(key.error().toString());
        return UsageOrInputError;
    }
    const QString path = options.parser.value(options.output);
    Status saved = key->savePrivate(path, *secret);
    if (saved)
        saved = key->savePublic(path + QStringLiteral(".pub"));
    if (!saved) {
        printError(saved.error().toString());
        return UsageOrInputError;
    }
    std::printf("%s\n", qPrintable(tr("wrote %1 (private, keep it safe) and %1.pub; key id %2").arg(path, QString::fromLatin1(key->keyId()))));
    if (!options.parser.isSet(trust)) {
        std::printf("%s\n", qPrintable(tr("verifiers trust it with: crossroads-cli trust %1.pub").arg(path)));
        return Success;
    }
    Result<QString> installed = TrustedKeys::install(*key, path + QStringLiteral(".pub"));
    if (!installed) {
        printError(installed.error().toString());
        return UsageOrInputError;
    }
    std::printf("%s\n", qPrintable(tr("trusted key %1 (%2)").arg(QString::fromLatin1(key->keyId()), *installed)));
    return Success;
}

} // namespace crossroads::cli
