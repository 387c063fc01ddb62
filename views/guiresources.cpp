// SPDX-License-Identifier: Apache-2.0
#include "guiresources.h"

#include <QtGlobal>

static void initGuiResources()
{
    Q_INIT_RESOURCE(gui);
}

namespace crossroads {

void ensureGuiResources()
{
    static const bool done = [] {
        initGuiResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace crossroads
