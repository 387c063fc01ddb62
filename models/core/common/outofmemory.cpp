// SPDX-License-Identifier: Apache-2.0
#include "outofmemory.h"

#include <QCoreApplication>

namespace crossroads {

Error outOfMemory(const QString& file)
{
    return Error { file, {},
        QCoreApplication::translate("crossroads::OutOfMemory",
            "not enough memory to finish: the inputs need more than this machine has free; give fewer or smaller inputs, or run where more memory is free") };
}

} // namespace crossroads
