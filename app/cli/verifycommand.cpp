// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "integrity/detachedsignature.h"
#include "integrity/trustedkeys.h"

#include <cstdio>

namespace crossroads::cli {

int runVerify(const QStringList& arguments)
{
    Options options(tr("Verify a file against its detached signature and the keys you trust. Exit 0 valid and made by a trusted key; 1 invalid, tampered "
                       "or made by a key that is not trusted; 2 usage or unreadable."));
    QCommandLineOption sig(QStringLiteral("sig"), tr("The signature (default: FILE.sig)."), tr("file"));
    QCommandLineOption pubkey(QStringLiteral("pubkey"),
        tr("Trust this public key (repeat for several); then only these are trusted and the trusted-keys folder (%1) is not read.").arg(TrustedKeys::defaultFolder()),
        tr("file"));
    options.add({ sig, pubkey });
    options.addPositional(QStringLiteral("file"), tr("The signed file."), QString(), docgen::ValueKind::File);
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList files = options.parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("verify needs FILE [--sig FILE.sig] [--pubkey KEY.pub]"));
        return UsageOrInputError;
    }
    const bool pinned = options.parser.isSet(pubkey);
    TrustedKeys trusted;
    if (pinned) {
        for (const QString& path : options.parser.values(pubkey)) {
            Result<SigningKey> key = SigningKey::loadPublic(path);
            if (!key) {
                printError(key.error().toString());
                return UsageOrInputError;
            }
            trusted.add(*key, path);
        }
    } else {
        trusted = TrustedKeys::loadDefault();
        for (const Error& problem : trusted.problems())
            printError(tr("warning: %1; not trusted").arg(problem.toString()));
    }
    const QString signaturePath = options.parser.isSet(sig) ? options.parser.value(sig) : DetachedSignature::defaultPath(files.front());
    Result<SignatureVerification> result = DetachedSignature::verify(files.front(), signaturePath, trusted);
    if (!result) {
        printError(result.error().toString());
        return UsageOrInputError;
    }
    switch (result->verdict) {
    case SignatureVerdict::Trusted:
        std::printf("%s\n", qPrintable(result->message));
        return Success;
    case SignatureVerdict::UntrustedKey: {
        QStringList given;
        for (const TrustedKeys::Entry& entry : trusted.entries())
            given << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(entry.key.keyId()), entry.origin);
        printError(tr("UNTRUSTED: %1; %2")
                       .arg(result->message,
                           pinned ? tr("the key(s) given with --pubkey: %1").arg(given.join(QStringLiteral(", ")))
                                  : tr("if you know it is the signer's key, add its .pub to %1 (crossroads-cli trust KEY.pub) or pass --pubkey KEY.pub")
                                        .arg(trusted.folder())));
        return SignatureInvalid;
    }
    case SignatureVerdict::Invalid:
        break;
    }
    printError(tr("INVALID: %1").arg(result->message));
    return SignatureInvalid;
}

} // namespace crossroads::cli
