// SPDX-License-Identifier: Apache-2.0
#include "classificationstyle.h"

#include <QCoreApplication>

namespace crossroads::ClassificationStyle {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::ClassificationStyle", text);
}
} // namespace

QColor color(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Classification::ProdOnly: return QColor(0xA8, 0x3C, 0x00); // dark vermillion: production's, like a regression
    case Classification::Fidelity: return QColor(0xE6, 0x9F, 0x00); // orange
    case Classification::DevOnly: return QColor(0xB0, 0x7A, 0x00); // dark orange: development's, like a fidelity gap
    case Classification::Shared: return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Classification::Drift: return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Classification::Aligned: return QColor(0x00, 0x9E, 0x73); // bluish green
    case Classification::Waived: return QColor(0x7A, 0x8C, 0xA5); // slate: accepted, not gone
    case Classification::Unknown: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QColor(0xB2, 0x18, 0x2B);
    case Severity::High: return QColor(0xD5, 0x5E, 0x00);
    case Severity::Medium: return QColor(0xE6, 0x9F, 0x00);
    case Severity::Low: break;
    }
    return QColor(0x56, 0xB4, 0xE9);
}

QColor domainColor(Domain domain)
{
    switch (domain) {
    case Domain::Runtime: return QColor(0x4C, 0x72, 0xB0);
    case Domain::Namespaces: return QColor(0x8C, 0x61, 0x3C);
    case Domain::Network: return QColor(0x2A, 0x9D, 0x8F);
    case Domain::Secrets: return QColor(0x9B, 0x59, 0xB6);
    case Domain::Image: break;
    }
    return QColor(0x6C, 0x75, 0x7D);
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

QString glyph(CellState state)
{
    return state == CellState::Unpaired ? QStringLiteral("–") : QString();
}

QString title(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return tr("Regression");
    case Classification::ProdOnly: return tr("Production only");
    case Classification::Fidelity: return tr("Fidelity gap");
    case Classification::DevOnly: return tr("Development only");
    case Classification::Shared: return tr("Shared failure");
    case Classification::Drift: return tr("Drift");
    case Classification::Aligned: return tr("Aligned");
    case Classification::Waived: return tr("Waived");
    case Classification::Unknown: break;
    }
    return tr("Unknown");
}

QString description(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return tr("Production is weaker than what was tested");
    case Classification::ProdOnly: return tr("A failure in production of something development has no counterpart for");
    case Classification::Fidelity: return tr("Developers test under a weaker posture than production");
    case Classification::DevOnly: return tr("A failure in development of something production has no counterpart for");
    case Classification::Shared: return tr("Both sides fail the check");
    case Classification::Drift: return tr("Both pass, with different values");
    case Classification::Aligned: return tr("Both pass with the same value");
    case Classification::Waived: return tr("An accepted risk: a policy waiver with owner, reason and expiry covers it");
    case Classification::Unknown: break;
    }
    return tr("A side lacks the facts to judge");
}

QString title(CellState state)
{
    switch (state) {
    case CellState::NotApplicable: return tr("Does not apply");
    case CellState::Unpaired: return tr("No finding (no counterpart on the other side to compare with)");
    case CellState::Classified: break;
    }
    return {};
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("Critical");
    case Severity::High: return tr("High");
    case Severity::Medium: return tr("Medium");
    case Severity::Low: break;
    }
    return tr("Low");
}

int rank(Classification classification)
{
    switch (classification) {
    case Classification::Regression: return 0;
    case Classification::ProdOnly: return 1;
    case Classification::Shared: return 2;
    case Classification::Fidelity: return 3;
    case Classification::DevOnly: return 4;
    case Classification::Unknown: return 5;
    case Classification::Drift: return 6;
    case Classification::Waived: return 7;
    case Classification::Aligned: break;
    }
    return 8;
}

} // namespace crossroads::ClassificationStyle
