// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "integrity/detachedsignature.h"

#include <cstdio>

namespace crossroads::cli {

int runSign(const QStringList& arguments)
{
    Options options(tr("Sign a file (a report, a snapshot): writes a detached FILE.sig with its SHA-256, the key id, the signer and the time."));
    QCommandLineOption keyOption(QStringLiteral("key"), tr("The private signing key (from crossroads-cli keygen)."), tr("file"));
    QCommandLineOption signer(QStringLiteral("signer"), tr("Who signs (default: user@host)."), tr("name"));
    options.add({ keyOption, signer, options.output });
    options.add(passphraseOptions());
    options.addPositional(QStringLiteral("file"), tr("The file to sign."), QString(), docgen::ValueKind::File);
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList files = options.parser.positionalArguments();
    if (files.size() != 1 || !options.parser.isSet(keyOption)) {
        printError(tr("sign needs FILE --key KEY"));
        return UsageOrInputError;
    }
    const std::optional<SigningKey> key = loadSigningKey(options, keyOption);
    if (!key)
        return UsageOrInputError;
    const QString who = options.parser.isSet(signer) ? options.parser.value(signer) : defaultSigner();
    Result<DetachedSignature> signature = DetachedSignature::sign(files.front(), *key, who);
    if (!signature) {
        printError(signature.error().toString());
        return UsageOrInputError;
    }
    const QString out = options.parser.isSet(options.output) ? options.parser.value(options.output) : DetachedSignature::defaultPath(files.front());
    if (Status saved = signature->save(out); !saved) {
        printError(saved.error().toString());
        return UsageOrInputError;
    }
    std::printf("%s\n", qPrintable(tr("wrote %1: SHA-256 %2, key %3, signer %4").arg(out, QString::fromLatin1(signature->sha256), QString::fromLatin1(signature->keyId), who)));
    return Success;
}

} // namespace crossroads::cli
