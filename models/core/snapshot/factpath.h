// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>

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
/// intern() for a text that is not a literal (read back from a saved snapshot): the text is
/// copied once and kept. Returns none once the numbers run out, so input cannot exhaust them
/// for the importers' own literals.
quint16 internCopy(std::string_view path);
/// "/securityContext/seccompProfile" → "securityContext.seccompProfile", as people name fields.
QString dotted(const char* path);
} // namespace FactPath

} // namespace crossroads
