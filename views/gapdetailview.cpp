// SPDX-License-Identifier: Apache-2.0
#include "gapdetailview.h"

#include "secondarytext.h"

#include "classificationstyle.h"
#include "report/reportsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crossroads {

namespace {

QLabel* wrappingLabel(QWidget* parent, bool selectable = true)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// Lets long paths wrap after each slash, and digests every 16 hex digits, instead of widening
/// the panel or clipping the value.
QString breakable(const QString& text)
{
    static const QRegularExpression hexRun(QStringLiteral("([0-9a-f]{16})(?=[0-9a-f])"));
    QString result = text;
    result.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    return result.replace(hexRun, QStringLiteral("\\1\u200B"));
}

QString badge(const QString& text, const QColor& color)
{
    const QString foreground = qGray(color.rgb()) > 140 ? QStringLiteral("#1a1a1a") : QStringLiteral("#ffffff");
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>").arg(color.name(), foreground, text.toHtmlEscaped());
}

} // namespace

GapDetailView::GapDetailView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_containers(new QComboBox(this))
    , m_rationale(wrappingLabel(this))
    , m_references(wrappingLabel(this))
    , m_waiver(wrappingLabel(this))
    , m_addWaiver(new QPushButton(tr("Accept as a risk (add &waiver)…"), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    showAsSecondary(m_placeholder);
    clearSelection();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_containers->setAccessibleName(tr("Container"));
    layout->addWidget(m_title);
    layout->addWidget(m_badges);
    layout->addWidget(m_containers);

    auto* sides = new QHBoxLayout;
    sides->addWidget(sideBox(tr("Development"), m_devWorkload, m_devValue, m_devSource, m_devNote), 1);
    sides->addWidget(sideBox(tr("Production"), m_prodWorkload, m_prodValue, m_prodSource, m_prodNote), 1);
    layout->addLayout(sides);

    layout->addWidget(heading(tr("Why it matters"), content));
    layout->addWidget(m_rationale);
    layout->addWidget(heading(tr("How to fix it"), content));
    // Side by side in a wide panel (the training page); one above the other in the docked
    // detail, where side by side wrapped the commands every few words.
    m_fixes = new QBoxLayout(QBoxLayout::TopToBottom);
    m_fixes->addWidget(fixBox(tr("Podman / Docker / compose"), m_fixPodman), 1);
    m_fixes->addWidget(fixBox(tr("Kubernetes"), m_fixKubernetes), 1);
    layout->addLayout(m_fixes);
    layout->addWidget(heading(tr("References"), content));
    layout->addWidget(m_references);
    layout->addWidget(heading(tr("Policy"), content));
    layout->addWidget(m_waiver);
    layout->addWidget(m_addWaiver, 0, Qt::AlignLeft);
    m_addWaiver->setToolTip(tr("Write a waiver with owner, reason and expiry to a policy file"));
    connect(m_addWaiver, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT waiverRequested(m_current);
    });
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_containers, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_gaps.size())
            show(m_gaps[index]);
    });
    setAccessibleName(tr("Gap detail"));
}

void GapDetailView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool wide = width() >= fontMetrics().averageCharWidth() * 120;
    m_fixes->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QWidget* GapDetailView::sideBox(const QString& title, QLabel*& workload, QLabel*& value, QLabel*& source, QLabel*& note)
{
    auto* box = new QGroupBox(title, this);
    auto* layout = new QVBoxLayout(box);
    workload = wrappingLabel(box);
    value = wrappingLabel(box);
    QFont valueFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.1);
    value->setFont(valueFont);
    value->setFrameShape(QFrame::StyledPanel);
    value->setMargin(6);
    value->setAccessibleName(tr("%1 value").arg(title));
    source = wrappingLabel(box);
    showAsSecondary(source);
    note = wrappingLabel(box);
    note->setAccessibleName(tr("%1 default").arg(title));
    layout->addWidget(workload);
    layout->addWidget(value);
    layout->addWidget(note);
    layout->addWidget(source);
    return box;
}

QWidget* GapDetailView::fixBox(const QString& title, QLabel*& text)
{
    // A label as tall as its text: a fix is read whole, not in an inner scroll box (German
    // fixes are long), and the panel scrolls as one.
    auto* box = new QGroupBox(title, this);
    auto* layout = new QVBoxLayout(box);
    text = wrappingLabel(box);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setFrameShape(QFrame::StyledPanel);
    text->setMargin(6);
    text->setAccessibleName(tr("Fix for %1").arg(title));
    auto* copy = new QPushButton(tr("Copy"), box);
    copy->setAccessibleName(tr("Copy the fix for %1").arg(title));
    QLabel* target = text;
    connect(copy, &QPushButton::clicked, this, [target] { QApplication::clipboard()->setText(target->text()); });
    layout->addWidget(text);
    layout->addWidget(copy, 0, Qt::AlignRight);
    return box;
}

void GapDetailView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    showGaps({});
}

void GapDetailView::clearSelection()
{
    m_gaps.clear();
    m_current = -1;
    m_placeholder->setText(tr("Select a cell in the gap matrix, or a gap on the dashboard, to see both sides and the fix."));
    m_stack->setCurrentIndex(0);
}

void GapDetailView::showGaps(const QList<int>& gapIndexes, const QString& emptyTitle)
{
    m_gaps = gapIndexes;
    if (!m_comparison || gapIndexes.isEmpty()) {
        m_current = -1;
        if (!emptyTitle.isEmpty())
            m_placeholder->setText(tr("%1\n\nNo finding in this cell.").arg(emptyTitle));
        m_stack->setCurrentIndex(0);
        return;
    }
    const QSignalBlocker blocker(m_containers);
    m_containers->clear();
    for (int gap : gapIndexes) {
        const Gap& g = m_comparison->gaps[static_cast<std::size_t>(gap)];
        m_containers->addItem(g.container.isEmpty() ? tr("whole workload") : tr("container %1").arg(g.container));
    }
    m_containers->setVisible(gapIndexes.size() > 1);
    m_containers->setCurrentIndex(0);
    show(gapIndexes.front());
}

void GapDetailView::show(int gapIndex)
{
    const Gap& gap = m_comparison->gaps[static_cast<std::size_t>(gapIndex)];
    m_current = gapIndex;
    m_title->setText(gap.title);
    m_badges->setText(badge(ClassificationStyle::glyph(gap.classification) + QLatin1Char(' ') + ClassificationStyle::title(gap.classification),
                          ClassificationStyle::color(gap.classification))
        + QStringLiteral("&nbsp;&nbsp;") + badge(ClassificationStyle::severityTitle(gap.severity), ClassificationStyle::severityColor(gap.severity))
        + QStringLiteral("&nbsp;&nbsp;<span>%1 · %2</span>").arg(domainTitle(gap.domain).toHtmlEscaped(), gap.checkId.toHtmlEscaped()));
    // The fact key is vocabulary for policy and tool authors, not for the reader of the page.
    m_badges->setToolTip(ClassificationStyle::description(gap.classification) + QLatin1Char('\n') + tr("Fact read: %1").arg(gap.factName));
    // A container with no counterpart inside a pair: its workload is on both sides, the container on one.
    auto where = [&gap](const QString& workload, Classification missingHere) {
        if (workload.isEmpty())
            return tr("No counterpart on this side");
        if (gap.container.isEmpty())
            return workload;
        return gap.classification == missingHere ? tr("%1, no container %2").arg(workload, gap.container) : tr("%1, container %2").arg(workload, gap.container);
    };
    m_devWorkload->setText(where(gap.devWorkload, Classification::ProdOnly));
    m_prodWorkload->setText(where(gap.prodWorkload, Classification::DevOnly));
    // Values read as the reports write them: a default is marked, and says what the platform does.
    m_devValue->setText(gap.devValue.isEmpty() ? tr("(not set)") : breakable(report::valueText(gap, Side::Dev)));
    m_prodValue->setText(gap.prodValue.isEmpty() ? tr("(not set)") : breakable(report::valueText(gap, Side::Prod)));
    for (const auto& [label, side] : { std::pair { m_devNote, Side::Dev }, std::pair { m_prodNote, Side::Prod } }) {
        const QString note = report::defaultText(gap, side);
        label->setText(note);
        label->setVisible(!note.isEmpty());
    }
    // A short place that never wraps; the full path and JSON pointer are in the tooltip.
    auto place = [](QLabel* label, const SourceLocation& source) {
        if (!source.isValid()) {
            label->setText(tr("no source location"));
            label->setToolTip(QString());
            return;
        }
        const QString file = source.file.section(QLatin1Char('/'), -1);
        label->setText(source.line > 0 ? tr("from %1, line %2").arg(file).arg(source.line) : tr("from %1").arg(file));
        label->setToolTip(source.toString());
    };
    place(m_devSource, gap.devSource);
    place(m_prodSource, gap.prodSource);
    m_rationale->setText(ClassificationStyle::description(gap.classification) + QStringLiteral(". ")
        + (gap.check != nullptr ? gap.check->rationale : QString()));
    // Every catalogue check has both fixes; a gap without its check (from a baseline file) has none to show.
    m_fixPodman->setText(gap.check != nullptr ? gap.check->remediationPodman : tr("No fix is recorded: this finding's check is not in the catalogue."));
    m_fixKubernetes->setText(gap.check != nullptr ? gap.check->remediationKubernetes : tr("No fix is recorded: this finding's check is not in the catalogue."));
    QStringList references;
    if (gap.check != nullptr) {
        if (!gap.check->pss.isEmpty())
            references << tr("Kubernetes Pod Security Standards: %1").arg(gap.check->pss);
        if (!gap.check->cisDocker.isEmpty())
            references << tr("CIS Docker Benchmark 1.6.0, control %1").arg(gap.check->cisDocker);
        if (!gap.check->otherReferences.isEmpty())
            references << gap.check->otherReferences;
    }
    if (gap.waiver >= 0 && gap.waiver < static_cast<int>(m_comparison->policy.waivers.size())) {
        const Waiver& waiver = m_comparison->policy.waivers[static_cast<std::size_t>(gap.waiver)];
        const bool expired = waiver.isExpiredOn(m_comparison->policy.evaluatedOn);
        m_waiver->setText((expired ? tr("Waiver %1 EXPIRED on %2 and no longer counts.") : tr("Waived by %1 until %2."))
                              .arg(waiver.id, waiver.expiryText())
            + QLatin1Char('\n') + tr("Owner: %1 · Reason: %2%3").arg(waiver.owner, waiver.reason, waiver.ticket.isEmpty() ? QString() : tr(" · Ticket: %1").arg(waiver.ticket))
            + QLatin1Char('\n') + tr("From %1").arg(waiver.origin));
    } else {
        m_waiver->setText(m_comparison->policy.isEmpty() ? tr("No policy in force (Policy menu).") : tr("Policy in force: %1. No waiver covers this gap.").arg(m_comparison->policy.name));
    }
    m_addWaiver->setEnabled(isFailing(gap.classification));
    m_references->setText(references.isEmpty() ? tr("No benchmark control covers this check.") : references.join(QLatin1Char('\n')));
    m_stack->setCurrentIndex(1);
}

QString GapDetailView::devValueText() const
{
    return m_devValue->text().remove(QChar(0x200B));
}

QString GapDetailView::prodValueText() const
{
    return m_prodValue->text().remove(QChar(0x200B));
}

QString GapDetailView::defaultNoteText(Side side) const
{
    const QLabel* note = side == Side::Dev ? m_devNote : m_prodNote;
    return note->isHidden() ? QString() : note->text();
}

QString GapDetailView::workloadText(Side side) const
{
    return (side == Side::Dev ? m_devWorkload : m_prodWorkload)->text();
}

} // namespace crossroads
