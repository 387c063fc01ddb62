// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;

namespace crossroads {

/// Installs Crossroads' and Qt's own translations for the system locale (or LANGUAGE/LANG).
void installTranslations(QCoreApplication& app);

} // namespace crossroads
