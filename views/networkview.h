// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparison.h"
#include "compare/networkexposure.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;

namespace crossroads {

/// Network exposure of both sides as a diagram: the outside world on each edge, each side's
/// workloads coloured by how far they can be reached, edges for every way in (published ports,
/// NodePort/LoadBalancer/Ingress, host network), and paired workloads joined across the middle,
/// red where the two sides' exposure differs.
class NetworkView : public QWidget {
    Q_OBJECT
public:
    explicit NetworkView(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    QGraphicsScene* scene() const { return m_scene; }
    int differenceCount() const { return m_differences; } ///< 0 until the page has been shown
    static QColor reachColor(Reach reach);
    QGraphicsView* diagram() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void fitToWidth();

    std::shared_ptr<const Comparison> m_comparison;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    QCheckBox* m_onlyDifferences;
    QLabel* m_summary;
    int m_differences = 0;
    bool m_stale = false; ///< a comparison came while the page was hidden
};

} // namespace crossroads
