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
    return QCoreApplication::translate("crossroads::report", text); // the context lupdate gives this namespace
}

/// "shop-db → shop/db"; a one-sided gap names its one workload and says so.
inline QString workloads(const Gap& gap, const QString& arrow = QStringLiteral(" → "))
{
    if (gap.devWorkload.isEmpty())
        return tr("%1 (production only)").arg(gap.prodWorkload);
    if (gap.prodWorkload.isEmpty())
        return tr("%1 (development only)").arg(gap.devWorkload);
    return gap.devWorkload == gap.prodWorkload ? gap.devWorkload : gap.devWorkload + arrow + gap.prodWorkload;
}

/// "shop-db → shop/db [postgres]"
inline QString subject(const Gap& gap)
{
    QString who = workloads(gap);
    if (!gap.container.isEmpty())
        who += QStringLiteral(" [") + gap.container + QLatin1Char(']');
    return who;
}

/// A side's value, marked when the input does not state it: "Unconfined (default)",
/// "true (derived)". Every human format shows values this way (DESIGN.md: a derived value is
/// shown as derived wherever a person reads it).
inline QString valueText(const Gap& gap, Side side)
{
    const QString& value = side == Side::Dev ? gap.devValue : gap.prodValue;
    switch (side == Side::Dev ? gap.devProvenance : gap.prodProvenance) {
    case Provenance::Default:
        return tr("%1 (default)").arg(value);
    case Provenance::Derived:
        return tr("%1 (derived)").arg(value);
    default:
        return value;
    }
}

/// For a platform default: which field the input leaves out and what the platform then does
/// ("securityContext.seccompProfile is not set: Kubernetes runs the container Unconfined …");
/// empty for a stated or derived value.
inline QString defaultText(const Gap& gap, Side side)
{
    if ((side == Side::Dev ? gap.devProvenance : gap.prodProvenance) != Provenance::Default)
        return {};
    const QString& field = (side == Side::Dev ? gap.devSource : gap.prodSource).unset;
    const QString& note = side == Side::Dev ? gap.devDefault : gap.prodDefault;
    if (field.isEmpty())
        return note.isEmpty() ? tr("not stated in the input: the platform's default applies.") : tr("not stated in the input: %1").arg(note);
    return note.isEmpty() ? tr("%1 is not set: the platform's default applies.").arg(field) : tr("%1 is not set: %2").arg(field, note);
}

/// Where a side's value comes from, "file:12 (/spec/containers/0)", or empty.
inline QString sourceText(const Gap& gap, Side side)
{
    return (side == Side::Dev ? gap.devSource : gap.prodSource).toString();
}

/// The fix on the side(s) that fail, both when both do.
inline QStringList fixes(const Gap& gap)
{
    QStringList out;
    if (gap.check == nullptr)
        return out;
    const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
    if (fixesDev(judged) && !gap.check->remediationPodman.isEmpty())
        out << tr("Dev (Podman/Docker): %1").arg(gap.check->remediationPodman);
    if (fixesProd(judged) && !gap.check->remediationKubernetes.isEmpty())
        out << tr("Prod (Kubernetes): %1").arg(gap.check->remediationKubernetes);
    return out;
}

/// One-sentence verdict for the executive summary, from the counts every output shares.
inline QString verdict(const Comparison& comparison)
{
    const int failing = comparison.openFindings();
    if (failing == 0)
        return tr("No open finding: production and development agree on every check that could be judged.");
    return tr("%1 open finding(s), %2 of them critical or high; %3 where production is weaker than what developers tested, %4 in production only.")
        .arg(failing)
        .arg(comparison.failingAtOrAbove(Severity::High))
        .arg(comparison.count(Classification::Regression))
        .arg(comparison.count(Classification::ProdOnly));
}

/// One workload pair as the reports list it: who pairs with whom, why, and how their
/// containers pair (name, then image, then position).
struct PairLine {
    QString dev, prod, matchedBy, containers;
};
inline std::vector<PairLine> pairLines(const Comparison& comparison)
{
    std::vector<PairLine> lines;
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& dev = comparison.dev.workloads[pair.dev];
        const Workload& prod = comparison.prod.workloads[pair.prod];
        QStringList containers;
        for (const ContainerPair& container : pair.containers) {
            const QString& devName = dev.containers[container.dev].name;
            const QString& prodName = prod.containers[container.prod].name;
            containers << (devName == prodName ? devName : devName + QStringLiteral(" ⇄ ") + prodName) + QStringLiteral(" (") + container.matchedBy + QLatin1Char(')');
        }
        lines.push_back({ dev.displayName(), prod.displayName(), pair.matchedBy, containers.join(QStringLiteral(", ")) });
    }
    return lines;
}

/// What one side has that the other has not, judged on its own: workloads, then containers
/// of paired workloads ("shop/web [istio-proxy]"); past `limit` names, how many more.
inline QStringList withoutCounterpart(const Comparison& comparison, Side side, qsizetype limit = 40)
{
    const Snapshot& snapshot = side == Side::Dev ? comparison.dev : comparison.prod;
    QStringList names;
    for (const std::size_t index : side == Side::Dev ? comparison.matching.unpairedDev : comparison.matching.unpairedProd)
        names << snapshot.workloads[index].displayName();
    for (const ContainerRef& ref : side == Side::Dev ? comparison.matching.unpairedDevContainers : comparison.matching.unpairedProdContainers) {
        const Workload& workload = snapshot.workloads[ref.workload];
        names << workload.displayName() + QStringLiteral(" [") + workload.containers[ref.container].name + QLatin1Char(']');
    }
    if (names.size() > limit) {
        const qsizetype more = names.size() - limit;
        names.resize(limit);
        names << tr("and %1 more").arg(more);
    }
    return names;
}

/// Said at the top of every human report when the sides' fingerprints were made with different
/// workspace keys: no reused credential can be found then, and silence would read as "none".
inline QString keyWarning(const Comparison& comparison)
{
    const QByteArray& dev = comparison.dev.keyId;
    const QByteArray& prod = comparison.prod.keyId;
    if (dev.isEmpty() || prod.isEmpty() || dev == prod)
        return {};
    return tr("Credential fingerprints were made with different workspace keys (dev %1, prod %2): reused credentials (CR-SEC-005) cannot be found; compare under one key.")
        .arg(QString::fromLatin1(dev), QString::fromLatin1(prod));
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
