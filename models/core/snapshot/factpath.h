// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace crossroads {

/// Numbers the pointer suffixes of facts ("/securityContext/privileged"), so a fact stores 14
/// bits instead of a pointer. The suffixes are string literals of the importers: a few hundred
/// at most, registered once per process and never freed.
namespace FactPath {
constexpr quint16 none = 0; ///< no suffix (a null pointer)
constexpr quint16 capacity = 1 << 14;

/// The number of a literal, registering it on first use (thread-safe).
quint16 intern(const char* path);
/// The text of a number from intern(); nullptr for none.
const char* text(quint16 id);
} // namespace FactPath

} // namespace crossroads
