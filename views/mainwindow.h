// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "integrity/detachedsignature.h"
#include "gapmatrixmodel.h"
#include "reportexport.h"
#include "session/comparisonjob.h"
#include "training/trainingscenario.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace crossroads {

class ComparisonLoader;
class DashboardView;
struct DashboardSummary;
class GapDetailView;
class GapMatrixView;
class HistoryView;
class NetworkView;
class ProblemListModel;
class ProblemsPanel;
class TrainingView;
class WelcomePage;

/// The application window: a page list on the left (welcome, dashboard, gap matrix, network,
/// training), the gap detail on the right, problems below, progress and Cancel in the status
/// bar. Files or folders dropped on the left half become the dev side, on the right half the
/// prod side. Layout and recent comparisons persist in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { WelcomePageIndex, DashboardPage, MatrixPage, NetworkPage, TrainingPage, HistoryPage, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openDemo();
    void openComparison(const ComparisonRequest& request);
    /// Asks first when the comparison on screen is of the user's own inputs.
    void startTraining(const TrainingScenario& scenario);
    /// Opens the scenario over whatever is on screen, as openComparison does (the screenshot tour).
    void openTraining(const TrainingScenario& scenario);
    void showPage(Page page);
    /// Saves a PNG of every page to the folder (for the README and visual review).
    bool saveScreenshots(const QString& folder);

    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }
    ComparisonLoader* loader() const { return m_loader; }
    WelcomePage* welcomePage() const { return m_welcome; }
    DashboardView* dashboard() const { return m_dashboard; }
    GapMatrixView* matrix() const { return m_matrix; }
    GapDetailView* detail() const { return m_detail; }
    NetworkView* network() const { return m_network; }
    TrainingView* training() const { return m_training; }
    HistoryView* history() const { return m_history; }
    ProblemListModel* problems() const { return m_problemModel; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* policyLabel() const { return m_policyLabel; }
    QLabel* evidenceLabel() const { return m_evidenceLabel; }
    /// Exports the comparison on screen to a file (the format follows the suffix), with
    /// progress; returns false with the reason in the status bar when it failed.
    /// Writes the comparison to path in the format its suffix names (else in fallback).
    bool exportTo(const QString& path, ReportExport::Format fallback = ReportExport::Format::Html);
    /// Checks a signed file (a report, a snapshot) against its FILE.sig and the trusted keys
    /// (TrustedKeys::defaultFolder()) and shows the verdict in the evidence badge: verified only
    /// for a trusted key. Returns what was found.
    EvidenceCheck verifyFile(const QString& path);
    Page currentPage() const;

    /// Which side a drop at this window position feeds: the left half is dev.
    Side sideAt(const QPoint& position) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createDocks();
    void onLoaded(std::shared_ptr<const Comparison> comparison, const std::vector<Error>& problems, const ComparisonRequest& request,
        std::shared_ptr<const GapMatrixModel::Layout> matrix,
        std::shared_ptr<const DashboardSummary> dashboard);
    void onFailed(const Error& error);
    void onCancelled();
    void setBusy(bool busy, const QString& stage = {});
    void collectEngine(const QString& engine);
    void showGap(int gapIndex);
    void restoreLayout();
    void createPolicyMenu();
    void applyPolicy(const QStringList& files);
    void addWaiver(int gapIndex);
    void exportReport();
    void signFile(const QString& suggested = {});
    void updateEvidence();
    /// Page icons, with a selected state that stays visible on the palette's highlight.
    void updatePageIcons();
    void fitDetailToPage(int page);

    ComparisonLoader* m_loader;
    std::shared_ptr<const Comparison> m_comparison;
    std::optional<TrainingScenario> m_pendingScenario;
    ComparisonRequest m_request; ///< what the comparison on screen was made from
    ComparisonRequest m_started; ///< what the running (or last) load was asked for
    QLabel* m_policyLabel;
    QLabel* m_evidenceLabel;
    quint64 m_evidenceTicket = 0; ///< tells the latest background signature check from stale ones
    QListWidget* m_pages;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    DashboardView* m_dashboard;
    GapMatrixView* m_matrix;
    NetworkView* m_network;
    TrainingView* m_training;
    HistoryView* m_history;
    GapDetailView* m_detail;
    ProblemListModel* m_problemModel;
    ProblemsPanel* m_problemsPanel;
    QDockWidget* m_detailDock = nullptr;
    bool m_detailHiddenForPage = false; ///< hidden on leaving the gap pages; shown again on return
    QDockWidget* m_problemsDock = nullptr;
    QProgressBar* m_progress;
    QLabel* m_stage;
    QPushButton* m_cancel;
};

} // namespace crossroads
