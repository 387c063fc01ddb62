// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "history/posturehistory.h"
#include "history/posturetimeline.h"
#include "session/comparisonjob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace crossroads {

class DriftListModel;
class RevisionListModel;

/// Posture history: a git repository of saved snapshots. Lists the revisions that touched them
/// (newest first, page by page), charts failing checks by severity over the revisions (computed
/// in the background, with progress and Cancel), and compares dev@revision with prod@revision.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(QWidget* parent = nullptr);
    ~HistoryView() override;

    /// Opens a repository (working tree or bare); false with the reason shown when it is not one.
    bool openRepository(const QString& path);
    RevisionListModel* revisions() const { return m_model; }
    QComboBox* devRevision() const { return m_devRevision; }
    QComboBox* devPath() const { return m_devPath; }
    QComboBox* prodRevision() const { return m_prodRevision; }
    QComboBox* prodPath() const { return m_prodPath; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* driftButton() const { return m_driftButton; }
    DriftListModel* drift() const { return m_drift; }
    /// How the second snapshot differs from the first, as one side's checks that got worse,
    /// appeared, got better or disappeared (both read at their revisions, in the background).
    void showDrift();
    bool driftRunning() const;
    /// A page of revisions is being read (in the background).
    bool listing() const;
    bool timelineRunning() const;
    /// Anything still being read or computed in the background.
    bool isBusy() const;
    const std::vector<TimelinePoint>& timeline() const { return m_timeline; }
    QString message() const;
    /// Snapshot files the timeline could not read, one line each (empty when all were read).
    QString timelineProblems() const;

Q_SIGNALS:
    void compareRequested(const crossroads::ComparisonRequest& request);
    /// A timeline was computed for the repository (timeline() holds it).
    void timelineChanged(const QString& repository);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int countIntervals() const;
    void loadMore();
    void showPage(Result<RevisionPage> page);
    void startTimeline();
    void showTimeline();
    /// Lists a revision's snapshot files into paths; ticket tells a stale answer from the last.
    void fillPaths(QComboBox* revision, QComboBox* paths, const QString& preferSide, quint64& ticket);
    void updateButtons();
    void finishDrift();
    void showError(const Error& error);

    std::optional<PostureHistory> m_history;
    quint64 m_generation = 0; ///< bumped when another repository opens
    bool m_listing = false;
    quint64 m_devPathsTicket = 0;
    quint64 m_prodPathsTicket = 0;
    int m_pathReads = 0; ///< snapshot-file listings under way
    quint64 m_driftTicket = 0;
    bool m_driftRunning = false; ///< shown as running (Cancel hides it at once)
    int m_driftJobs = 0; ///< drift workers not yet returned, cancelled ones included
    std::shared_ptr<std::atomic_bool> m_driftCancel;
    bool m_more = false;
    RevisionListModel* m_model;
    QLineEdit* m_path;
    QLineEdit* m_filter;
    QLabel* m_status;
    QTableView* m_table;
    QPushButton* m_loadMore;
    QChartView* m_chart;
    QLabel* m_timelineProblems;
    QProgressBar* m_progress;
    QPushButton* m_cancelTimeline;
    QComboBox* m_devRevision;
    QComboBox* m_devPath;
    QComboBox* m_prodRevision;
    QComboBox* m_prodPath;
    QPushButton* m_compare;
    QPushButton* m_driftButton;
    DriftListModel* m_drift;
    QTableView* m_driftTable;
    QLabel* m_driftSummary;
    QProgressBar* m_driftProgress;
    QPushButton* m_cancelDrift;
    QTimer* m_timelineDelay;
    /// From starting the timeline until it is on screen: the worker is done a moment before its
    /// "finished" reaches showTimeline(), and a screenshot taken then shows an empty chart.
    bool m_timelinePending = false;
    QFutureWatcher<Result<std::vector<TimelinePoint>>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_done;
    std::vector<TimelinePoint> m_timeline;
    int m_tallest = 0; ///< the timeline's tallest bar, for the count axis
};

} // namespace crossroads
