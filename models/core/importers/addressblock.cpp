// SPDX-License-Identifier: Apache-2.0
#include "addressblock.h"

#include <QList>
#include <QString>

namespace crossroads {

namespace {

using Address = std::array<quint8, 16>;

std::optional<quint8> octet(QStringView text)
{
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    bool ok = false;
    const uint value = text.toUInt(&ok, 10);
    if (!ok || value > 255 || !text.front().isDigit())
        return std::nullopt;
    return static_cast<quint8>(value);
}

/// "10.1.2.3" into four bytes at `at`.
bool parseDottedQuad(QStringView text, Address& address, std::size_t at)
{
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (qsizetype i = 0; i < 4; ++i) {
        const std::optional<quint8> value = octet(parts[i]);
        if (!value)
            return false;
        address[at + static_cast<std::size_t>(i)] = *value;
    }
    return true;
}

/// Hexadecimal groups separated by ':', at most one "::", optionally ending in a dotted quad.
bool parseIpv6(QStringView text, Address& address)
{
    std::vector<quint16> head, tail;
    bool compressed = false;
    const qsizetype gap = text.indexOf(QStringLiteral("::"));
    if (gap >= 0) {
        if (text.indexOf(QStringLiteral("::"), gap + 1) >= 0)
            return false;
        compressed = true;
    }
    Address embedded {};
    bool hasEmbedded = false;
    auto parseGroups = [&](QStringView part, std::vector<quint16>& groups, bool last) {
        if (part.isEmpty())
            return true;
        const QList<QStringView> items = part.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QStringView item = items[i];
            if (last && i == items.size() - 1 && item.contains(QLatin1Char('.'))) {
                if (!parseDottedQuad(item, embedded, 0))
                    return false;
                hasEmbedded = true;
                continue;
            }
            bool ok = false;
            const uint value = item.toUInt(&ok, 16);
            if (item.isEmpty() || item.size() > 4 || !ok)
                return false;
            groups.push_back(static_cast<quint16>(value));
        }
        return true;
    };
    if (compressed) {
        if (!parseGroups(text.first(gap), head, false) || !parseGroups(text.sliced(gap + 2), tail, true))
            return false;
    } else if (!parseGroups(text, head, true)) {
        return false;
    }
    const std::size_t groups = head.size() + tail.size() + (hasEmbedded ? 2 : 0);
    if (compressed ? groups > 7 : groups != 8)
        return false;
    std::vector<quint16> all = head;
    all.resize(8 - tail.size() - (hasEmbedded ? 2 : 0), 0);
    all.insert(all.end(), tail.begin(), tail.end());
    for (std::size_t i = 0; i < all.size(); ++i) {
        address[2 * i] = static_cast<quint8>(all[i] >> 8);
        address[2 * i + 1] = static_cast<quint8>(all[i] & 0xff);
    }
    if (hasEmbedded) {
        for (std::size_t i = 0; i < 4; ++i)
            address[12 + i] = embedded[i];
    }
    return true;
}

bool bitAt(const Address& address, int index)
{
    return ((address[static_cast<std::size_t>(index / 8)] >> (7 - index % 8)) & 1) != 0;
}

/// Whether the blocks (all below `prefix` of `length` bits) fill that prefix: one of them holds
/// it whole, or both halves are filled. Each level hands every block to one half only, so the
/// work grows with the blocks' lengths, not with the address space.
bool fills(const std::vector<const AddressBlock*>& blocks, const Address& prefix, int length)
{
    std::vector<const AddressBlock*> lower, upper;
    for (const AddressBlock* block : blocks) {
        if (block->prefix <= length)
            return true; // it matched every bit so far and holds all of this prefix
        (bitAt(block->address, length) ? upper : lower).push_back(block);
    }
    if (lower.empty() || upper.empty())
        return false;
    Address lowerPrefix = prefix, upperPrefix = prefix;
    const auto byte = static_cast<std::size_t>(length / 8);
    const auto mask = static_cast<quint8>(1u << (7 - length % 8));
    lowerPrefix[byte] = static_cast<quint8>(lowerPrefix[byte] & ~mask);
    upperPrefix[byte] = static_cast<quint8>(upperPrefix[byte] | mask);
    return fills(lower, lowerPrefix, length + 1) && fills(upper, upperPrefix, length + 1);
}

} // namespace

std::optional<AddressBlock> AddressBlock::parse(QStringView cidr)
{
    cidr = cidr.trimmed();
    const qsizetype slash = cidr.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return std::nullopt;
    const QStringView host = cidr.first(slash);
    const QStringView length = cidr.sliced(slash + 1);
    AddressBlock block;
    block.v6 = host.contains(QLatin1Char(':'));
    if (!(block.v6 ? parseIpv6(host, block.address) : parseDottedQuad(host, block.address, 0)))
        return std::nullopt;
    bool ok = false;
    const uint bits = length.toUInt(&ok, 10);
    if (!ok || length.isEmpty() || !length.front().isDigit() || bits > (block.v6 ? 128u : 32u))
        return std::nullopt;
    block.prefix = static_cast<int>(bits);
    return block;
}

bool AddressBlock::coverEveryAddress(const std::vector<AddressBlock>& blocks, bool v6)
{
    std::vector<const AddressBlock*> family;
    for (const AddressBlock& block : blocks) {
        if (block.v6 == v6)
            family.push_back(&block);
    }
    // Only addresses whose prefixes agree with every bit walked so far reach each level.
    return !family.empty() && fills(family, Address {}, 0);
}

} // namespace crossroads
