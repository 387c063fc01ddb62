// SPDX-License-Identifier: Apache-2.0
#include "trainingview.h"

#include "gapdetailview.h"
#include "selectableicon.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crossroads {

namespace {

QLabel* paragraph(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // the shorter of the two teams' texts sits at the top of its box
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QGroupBox* boxed(const QString& title, QLabel* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

TrainingView::TrainingView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_picker(new QListWidget(this))
    , m_scenarioTitle(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_stepTitle(new QLabel(this))
    , m_narrative(paragraph(this))
    , m_forDevelopers(paragraph(this))
    , m_forOperations(paragraph(this))
    , m_detail(new GapDetailView(this))
    , m_previous(new QPushButton(tr("← &Previous"), this))
    , m_next(new QPushButton(tr("&Next →"), this))
    , m_matrix(new QPushButton(tr("Show in &matrix"), this))
{
    // Scenario picker.
    auto* pickerPage = new QWidget(this);
    auto* pickerLayout = new QVBoxLayout(pickerPage);
    auto* intro = new QLabel(tr("<h2>Training mode</h2><p>Each scenario opens a small dev and prod environment and walks through its gaps one "
                                "by one, in plain words, with what developers and operations each change. Pick one and press Enter.</p>"),
        pickerPage);
    intro->setWordWrap(true);
    m_picker->setAccessibleName(tr("Training scenarios"));
    m_picker->setWordWrap(true);
    m_picker->setSpacing(4);
    if (auto loaded = TrainingScenario::bundled()) {
        m_scenarios = std::move(loaded).value();
        for (const TrainingScenario& scenario : m_scenarios) {
            auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(scenario.title, scenario.summary), m_picker);
            item->setToolTip(scenario.introduction);
        }
    } else {
        new QListWidgetItem(tr("The bundled scenarios could not be read: %1").arg(loaded.error().toString()), m_picker);
    }
    m_picker->setIconSize(QSize(32, 32));
    updatePickerIcons();
    auto* open = new QPushButton(tr("&Start scenario"), pickerPage);
    pickerLayout->addWidget(intro);
    pickerLayout->addWidget(m_picker, 1);
    pickerLayout->addWidget(open, 0, Qt::AlignRight);
    auto request = [this] {
        const int row = m_picker->currentRow();
        if (row >= 0 && row < static_cast<int>(m_scenarios.size()))
            Q_EMIT scenarioRequested(m_scenarios[static_cast<std::size_t>(row)]);
    };
    connect(m_picker, &QListWidget::itemActivated, this, request);
    connect(open, &QPushButton::clicked, this, request);

    // Steps.
    auto* stepPage = new QWidget(this);
    QFont big = m_scenarioTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_scenarioTitle->setFont(big);
    m_scenarioTitle->setWordWrap(true);
    QFont stepFont = m_stepTitle->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.2);
    stepFont.setBold(true);
    m_stepTitle->setFont(stepFont);
    m_stepTitle->setWordWrap(true);
    m_stepTitle->setAccessibleName(tr("Step title"));
    m_narrative->setAccessibleName(tr("What happens"));
    m_forDevelopers->setAccessibleName(tr("Developers change"));
    m_forOperations->setAccessibleName(tr("Operations change"));
    auto* back = new QPushButton(tr("All scenarios"), stepPage);
    auto* header = new QHBoxLayout;
    header->addWidget(m_scenarioTitle, 1);
    header->addWidget(m_progress);
    header->addWidget(back);

    auto* story = m_story = new QWidget(stepPage);
    auto* storyLayout = new QVBoxLayout(story);
    storyLayout->addWidget(m_stepTitle);
    storyLayout->addWidget(m_narrative);
    auto* teams = new QHBoxLayout;
    teams->addWidget(boxed(tr("Developers change"), m_forDevelopers, story), 1);
    teams->addWidget(boxed(tr("Operations change"), m_forOperations, story), 1);
    storyLayout->addLayout(teams);
    story->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the story keeps its height; the detail scrolls

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch();
    buttons->addWidget(m_matrix);
    buttons->addWidget(m_next);
    m_next->setDefault(true);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));

    auto* stepLayout = new QVBoxLayout(stepPage);
    stepLayout->addLayout(header);
    stepLayout->addWidget(story);
    stepLayout->addWidget(m_detail, 1);
    stepLayout->addLayout(buttons);

    m_stack->addWidget(pickerPage);
    m_stack->addWidget(stepPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_next, &QPushButton::clicked, this, &TrainingView::next);
    connect(m_previous, &QPushButton::clicked, this, &TrainingView::previous);
    connect(back, &QPushButton::clicked, this, &TrainingView::showPicker);
    connect(m_matrix, &QPushButton::clicked, this, [this] {
        if (m_detail->currentGap() >= 0)
            Q_EMIT showInMatrix(m_detail->currentGap());
    });
    if (m_picker->count() > 0)
        m_picker->setCurrentRow(0);
    // The page takes focus as a whole (Ctrl+5): the list, so that Enter starts the selection.
    setFocusProxy(m_picker);
}

void TrainingView::start(const TrainingScenario& scenario, std::shared_ptr<const Comparison> comparison)
{
    m_current = scenario;
    m_comparison = std::move(comparison);
    m_detail->setComparison(m_comparison);
    m_scenarioTitle->setText(scenario.title);
    m_scenarioTitle->setToolTip(scenario.introduction);
    m_stack->setCurrentIndex(1);
    setFocusProxy(m_next);
    showStep(0);
}

void TrainingView::updatePickerIcons()
{
    // Drawn in the highlighted-text colour when selected: the blue icon vanished on the selection.
    const QIcon icon = selectableIcon(QStringLiteral(":/crossroads/icons/training.svg"), m_picker->palette(), m_picker->iconSize());
    for (int row = 0; row < m_picker->count() && row < static_cast<int>(m_scenarios.size()); ++row)
        m_picker->item(row)->setIcon(icon);
}

void TrainingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updatePickerIcons();
    QWidget::changeEvent(event);
}

void TrainingView::showPicker()
{
    m_stack->setCurrentIndex(0);
    setFocusProxy(m_picker);
    if (m_picker->currentRow() < 0 && m_picker->count() > 0)
        m_picker->setCurrentRow(0);
    m_picker->setFocus();
}

void TrainingView::next()
{
    if (m_current && m_step + 1 < static_cast<int>(m_current->steps.size()))
        showStep(m_step + 1);
}

void TrainingView::previous()
{
    if (m_current && m_step > 0)
        showStep(m_step - 1);
}

QString TrainingView::stepTitle() const
{
    return m_stepTitle->text();
}

void TrainingView::showStep(int step)
{
    m_step = step;
    const auto count = static_cast<int>(m_current->steps.size());
    const TrainingStep& current = m_current->steps[static_cast<std::size_t>(step)];
    m_progress->setText(tr("Step %1 of %2").arg(step + 1).arg(count));
    m_stepTitle->setText(current.title);
    m_narrative->setText(step == 0 && !m_current->introduction.isEmpty() ? m_current->introduction + QStringLiteral("\n\n") + current.narrative
                                                                         : current.narrative);
    m_forDevelopers->setText(current.forDevelopers);
    m_forOperations->setText(current.forOperations);
    const int gap = current.findGap(*m_comparison);
    if (gap >= 0)
        m_detail->showGap(gap);
    else
        m_detail->showGaps({}, tr("This step's gap is not in the loaded comparison."));
    m_matrix->setEnabled(gap >= 0);
    m_previous->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < count);
    m_next->setFocus();
    // Lay the page out for the new texts now, from each text up: the story is as tall as its
    // wrapped texts, and a paint or grab before the posted relayouts (one per nesting level)
    // would keep the previous step's height, with empty bands around shorter texts.
    for (QLabel* text : { m_forDevelopers, m_forOperations, m_narrative, m_stepTitle }) {
        for (QWidget* level = text->parentWidget(); level != m_stack && level != nullptr; level = level->parentWidget()) {
            if (level->layout() != nullptr)
                level->layout()->activate();
        }
    }
}

} // namespace crossroads
