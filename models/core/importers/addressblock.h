// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

namespace crossroads {

/// An IPv4 or IPv6 CIDR block ("10.0.0.0/8", "2001:db8::/32"), as a NetworkPolicy ipBlock
/// names one: enough to tell whether blocks let every address through.
struct AddressBlock {
    bool v6 = false;
    std::array<quint8, 16> address {}; ///< network order; IPv4 in the first four bytes
    int prefix = 0;

    /// "a.b.c.d/n" or an IPv6 address (with "::" and a trailing dotted quad) and "/n";
    /// nullopt for anything else, which the API server refuses too.
    static std::optional<AddressBlock> parse(QStringView cidr);
    /// 0.0.0.0/0 or ::/0.
    bool isEveryAddress() const { return prefix == 0; }
    /// Whether the blocks of one family, taken together, hold every address of it: 0.0.0.0/1
    /// and 128.0.0.0/1 do, as 0.0.0.0/0 does alone.
    static bool coverEveryAddress(const std::vector<AddressBlock>& blocks, bool v6);
};

} // namespace crossroads
