// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace crossroads {

QLocale chosenLanguage()
{
    const QLocale system = QLocale::system();
    for (const QString& name : system.uiLanguages()) {
        const QLocale candidate(name);
        switch (candidate.language()) {
        case QLocale::English:
        case QLocale::Spanish:
        case QLocale::German:
            return candidate.language() == system.language() ? system : candidate;
        default:
            break;
        }
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void installTranslations(QCoreApplication& app)
{
    const QLocale language = chosenLanguage();
    // LANGUAGE=de with LANG=en_US.UTF-8 (or the other way round): the catalogue reads the
    // default locale, the translators the chosen one; they must agree.
    if (language.language() != QLocale().language())
        QLocale::setDefault(language);
    auto* qt = new QTranslator(&app);
    if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(language, QStringLiteral("crossroads"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace crossroads
