// SPDX-License-Identifier: Apache-2.0
#include "engineresources.h"

#include <QtGlobal>

#include <mutex>

static void initEngineResources()
{
    Q_INIT_RESOURCE(engine);
}

namespace crossroads {

void ensureEngineResources()
{
    static std::once_flag once;
    std::call_once(once, initEngineResources);
}

} // namespace crossroads
