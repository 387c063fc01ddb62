// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"
#include "training/trainingscenario.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace crossroads {

class GapDetailView;

/// Training mode: pick a bundled scenario, then step through its gaps one by one with a
/// plain-language narrative, what developers and operations each change, and the full detail.
class TrainingView : public QWidget {
    Q_OBJECT
public:
    explicit TrainingView(QWidget* parent = nullptr);

    const std::vector<TrainingScenario>& scenarios() const { return m_scenarios; }
    /// Shows a scenario's steps over its loaded comparison.
    void start(const TrainingScenario& scenario, std::shared_ptr<const Comparison> comparison);
    void showPicker();
    int currentStep() const { return m_step; }
    int stepCount() const { return m_current ? static_cast<int>(m_current->steps.size()) : 0; }
    QString stepTitle() const;
    /// The step's title, explanation and the change for each team, as shown.
    QList<const QLabel*> stepTexts() const { return { m_stepTitle, m_narrative, m_forDevelopers, m_forOperations }; }
    QListWidget* picker() const { return m_picker; }
    GapDetailView* detail() const { return m_detail; }

public Q_SLOTS:
    void next();
    void previous();

Q_SIGNALS:
    void scenarioRequested(const crossroads::TrainingScenario& scenario);
    void showInMatrix(int gapIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStep(int step);
    void updatePickerIcons();

    std::vector<TrainingScenario> m_scenarios;
    std::optional<TrainingScenario> m_current;
    std::shared_ptr<const Comparison> m_comparison;
    int m_step = -1;
    QStackedWidget* m_stack;
    QWidget* m_story = nullptr; ///< the step's title, narrative and the teams' changes
    QListWidget* m_picker;
    QLabel* m_scenarioTitle;
    QLabel* m_progress;
    QLabel* m_stepTitle;
    QLabel* m_narrative;
    QLabel* m_forDevelopers;
    QLabel* m_forOperations;
    GapDetailView* m_detail;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_matrix;
};

} // namespace crossroads
