// SPDX-License-Identifier: Apache-2.0
// What every harness shares: a Qt application object (translations, resources) and a config
// folder of its own, so a fuzz run never touches the user's settings or keys.
#pragma once

#include <QCoreApplication>
#include <QDir>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace fuzzsupport {

inline void initialise()
{
    static bool done = [] {
        const QByteArray home = QByteArray("/tmp/crossroads-fuzz-") + QByteArray::number(getpid());
        qputenv("XDG_CONFIG_HOME", home);
        qputenv("LANG", "C.UTF-8");
        QDir().mkpath(QString::fromLocal8Bit(home));
        static int argc = 1;
        static char name[] = "crossroads-fuzz";
        static char* argv[] = { name, nullptr };
        new QCoreApplication(argc, argv); // lives as long as the process
        return true;
    }();
    (void)done;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace fuzzsupport
