// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace crossroads {

/// The language Crossroads speaks: the first of the user's languages (LANGUAGE, LC_ALL,
/// LC_MESSAGES, LANG) that it has texts for, else English.
QLocale chosenLanguage();

/// Installs Crossroads' and Qt's own translations for chosenLanguage() and makes it the default
/// locale, so the rule catalogue and the training scenarios pick the same language as the
/// window and the messages: one language in every text and report.
void installTranslations(QCoreApplication& app);

} // namespace crossroads
