// SPDX-License-Identifier: Apache-2.0
#pragma once

// Wording shared by the human-readable reports (Markdown, HTML, PDF), so that they say the
// same thing in the same words.
#include "compare/comparison.h"

#include <QCoreApplication>
#include <QDateTime>

namespace crossroads::report {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("Report", text);
}

/// "shop-db → shop/db [postgres]"
inline QString subject(const Gap& gap)
{
    QString who = gap.devWorkload == gap.prodWorkload ? gap.devWorkload : gap.devWorkload + QStringLiteral(" → ") + gap.prodWorkload;
    if (!gap.container.isEmpty())
        who += QStringLiteral(" [") + gap.container + QLatin1Char(']');
    return who;
}

/// The fix on the side(s) that fail, both when both do.
inline QStringList fixes(const Gap& gap)
{
    QStringList out;
    if (gap.check == nullptr)
        return out;
    const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
    const bool fixDev = judged == Classification::Fidelity || judged == Classification::Shared;
    const bool fixProd = judged == Classification::Regression || judged == Classification::Shared;
    if (fixDev && !gap.check->remediationPodman.isEmpty())
        out << tr("Dev (Podman/Docker): %1").arg(gap.check->remediationPodman);
    if (fixProd && !gap.check->remediationKubernetes.isEmpty())
        out << tr("Prod (Kubernetes): %1").arg(gap.check->remediationKubernetes);
    return out;
}

/// One-sentence verdict for the executive summary.
inline QString verdict(const Comparison& comparison)
{
    const auto& c = comparison.classificationCounts;
    const int regressions = c[static_cast<std::size_t>(Classification::Regression)];
    const int failing = comparison.failingAtOrAbove(Severity::Low);
    if (failing == 0)
        return tr("No open gap: production and development agree on every check that could be judged.");
    return tr("%1 open gap(s), %2 of them critical or high; %3 regression(s) where production is weaker than what developers tested.")
        .arg(failing)
        .arg(comparison.failingAtOrAbove(Severity::High))
        .arg(regressions);
}

inline QString generatedAt()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

inline QString scoreText(int score)
{
    return score < 0 ? QStringLiteral("–") : QString::number(score);
}

/// Both sides' inputs, each once, with the side that read them.
struct LabelledInput {
    QString side;
    InputFile file;
};
inline std::vector<LabelledInput> inputsOf(const Comparison& comparison)
{
    std::vector<LabelledInput> inputs;
    for (const InputFile& input : comparison.dev.inputs)
        inputs.push_back({ QStringLiteral("dev"), input });
    for (const InputFile& input : comparison.prod.inputs)
        inputs.push_back({ QStringLiteral("prod"), input });
    for (const InputFile& input : comparison.policy.sources)
        inputs.push_back({ QStringLiteral("policy"), input });
    return inputs;
}

} // namespace crossroads::report
