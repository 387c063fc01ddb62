// SPDX-License-Identifier: Apache-2.0
#include "palette.h"

namespace crossroads::Palette {

unsigned classification(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return 0xD55E00; // vermillion
    case Classification::ProdOnly: return 0xA83C00; // dark vermillion: production's, like a regression
    case Classification::Fidelity: return 0xE69F00; // orange
    case Classification::DevOnly: return 0xB07A00; // dark orange: development's, like a fidelity gap
    case Classification::Shared: return 0xCC79A7; // reddish purple
    case Classification::Drift: return 0x56B4E9; // sky blue
    case Classification::Aligned: return 0x009E73; // bluish green
    case Classification::Waived: return 0x7A8CA5; // slate: accepted, not gone
    case Classification::Unknown: break;
    }
    return 0x999999;
}

unsigned severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return 0xB2182B;
    case Severity::High: return 0xD55E00;
    case Severity::Medium: return 0xE69F00;
    case Severity::Low: break;
    }
    return 0x56B4E9;
}

unsigned domain(Domain domain)
{
    switch (domain) {
    case Domain::Runtime: return 0x4C72B0;
    case Domain::Namespaces: return 0x8C613C;
    case Domain::Network: return 0x2A9D8F;
    case Domain::Secrets: return 0x9B59B6;
    case Domain::Image: break;
    }
    return 0x6C757D;
}

unsigned side(Side side)
{
    return side == Side::Dev ? 0x0072B2 : 0x6A3D9A;
}

QString glyph(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return QStringLiteral("▼");
    case Classification::ProdOnly: return QStringLiteral("◆");
    case Classification::Fidelity: return QStringLiteral("▲");
    case Classification::DevOnly: return QStringLiteral("◇");
    case Classification::Shared: return QStringLiteral("✖");
    case Classification::Drift: return QStringLiteral("≈");
    case Classification::Aligned: return QStringLiteral("✓");
    case Classification::Waived: return QStringLiteral("⊘");
    case Classification::Unknown: break;
    }
    return QStringLiteral("?");
}

QString hex(unsigned rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xFFFFFF, 6, 16, QLatin1Char('0'));
}

QString tint(unsigned rgb, double alpha)
{
    auto mix = [alpha](unsigned channel) { return static_cast<unsigned>(255.0 - (255.0 - channel) * alpha + 0.5); };
    return hex(mix((rgb >> 16) & 0xFF) << 16 | mix((rgb >> 8) & 0xFF) << 8 | mix(rgb & 0xFF));
}

} // namespace crossroads::Palette
