// SPDX-License-Identifier: Apache-2.0
#include "classificationstyle.h"

#include "report/palette.h"

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
    return QColor(QRgb(Palette::classification(classification)));
}

QColor severityColor(Severity severity)
{
    return QColor(QRgb(Palette::severity(severity)));
}

QColor domainColor(Domain domain)
{
    return QColor(QRgb(Palette::domain(domain)));
}

QColor sideColor(Side side)
{
    return QColor(QRgb(Palette::side(side)));
}

QString glyph(Classification classification)
{
    return Palette::glyph(classification);
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
    case Classification::ProdOnly: return tr("Fails in production, where development has no counterpart or lacks the facts to judge it");
    case Classification::Fidelity: return tr("Developers test under a weaker posture than production");
    case Classification::DevOnly: return tr("Fails in development, where production has no counterpart or lacks the facts to judge it");
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
    case Classification::Fidelity: return 2;
    case Classification::DevOnly: return 3;
    case Classification::Shared: return 4;
    case Classification::Unknown: return 5;
    case Classification::Drift: return 6;
    case Classification::Waived: return 7;
    case Classification::Aligned: break;
    }
    return 8;
}

} // namespace crossroads::ClassificationStyle
