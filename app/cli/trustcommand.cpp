// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"
#include "clisupport.h"

#include "integrity/detachedsignature.h"
#include "integrity/trustedkeys.h"

#include <cstdio>

namespace crossroads::cli {

int runTrust(const QStringList& arguments)
{
    Options options(tr("Trust public keys: copies each KEY.pub into the trusted-keys folder (%1), so that verify and the GUI accept signatures made with it. "
                       "Compare the key id printed with the one the signer gave you.")
                        .arg(TrustedKeys::defaultFolder()));
    QCommandLineOption list(QStringLiteral("list"), tr("List the trusted keys."));
    options.add({ list });
    options.addPositional(QStringLiteral("keys"), tr("Public key files (from crossroads-cli keygen: KEY.pub)."), tr("KEY.pub…"), docgen::ValueKind::File);
    if (!options.parse(arguments, {}))
        return options.parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    const QStringList files = options.parser.positionalArguments();
    if (files.isEmpty() == !options.parser.isSet(list)) {
        printError(tr("trust needs KEY.pub… or --list"));
        return UsageOrInputError;
    }
    if (options.parser.isSet(list)) {
        const TrustedKeys trusted = TrustedKeys::loadDefault();
        for (const Error& problem : trusted.problems())
            printError(tr("warning: %1; not trusted").arg(problem.toString()));
        if (trusted.isEmpty())
            std::printf("%s\n", qPrintable(tr("no trusted keys in %1").arg(trusted.folder())));
        for (const TrustedKeys::Entry& entry : trusted.entries())
            std::printf("%s  %s\n", entry.key.keyId().constData(), qPrintable(entry.origin));
        return Success;
    }
    int status = Success;
    for (const QString& path : files) {
        Result<SigningKey> key = SigningKey::loadPublic(path);
        const bool already = key && TrustedKeys::loadDefault().find(*key) != nullptr;
        Result<QString> installed = key ? TrustedKeys::install(*key, path) : Result<QString>(key.error());
        if (!installed) {
            printError(installed.error().toString());
            status = UsageOrInputError;
            continue;
        }
        const QString id = QString::fromLatin1(key->keyId());
        std::printf("%s\n", qPrintable(already ? tr("already trusted: key %1 (%2)").arg(id, *installed) : tr("trusted key %1 (%2)").arg(id, *installed)));
    }
    return status;
}

} // namespace crossroads::cli
