// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QApplication;

namespace crossroads {

/// `--palette light|dark`: the Fusion style with a light or a dark palette, whatever the desktop
/// says, for a projector in a training room and for screenshots of both. Without the option
/// the desktop's own style and palette apply. Returns false for an unknown name.
bool applyColorScheme(QApplication& app, const QString& name);

} // namespace crossroads
