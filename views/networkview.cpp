// SPDX-License-Identifier: Apache-2.0
#include "networkview.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextOption>
#include <QTransform>
#include <QVBoxLayout>

#include <algorithm>

namespace crossroads {

namespace {

constexpr qreal boxWidth = 300;
constexpr qreal boxHeight = 72;
constexpr qreal rowGap = 16;
constexpr qreal outsideWidth = 120;
// Both columns, their "outside" nodes and the links between fit a 1366-pixel screen's page.
constexpr qreal devX = outsideWidth + 100;
constexpr qreal prodX = devX + boxWidth + 140;
constexpr qreal prodOutsideX = prodX + boxWidth + 100;

int reachWidth(Reach reach)
{
    switch (reach) {
    case Reach::Outside: return 3;
    case Reach::HostOnly: return 2;
    case Reach::Internal: return 1;
    case Reach::Isolated: return 0;
    case Reach::Unknown: break;
    }
    return -1;
}

/// A workload box: name, reach, and its ways in, wrapped (up to four; all of them in the
/// tooltip). As tall as its text needs, at least boxHeight.
QGraphicsRectItem* addWorkloadBox(QGraphicsScene* scene, const WorkloadExposure& exposure, QPointF at, const QPalette& palette)
{
    constexpr qsizetype shownWays = 4;
    const QColor color = NetworkView::reachColor(exposure.reach);
    QColor fill = color;
    fill.setAlphaF(0.22);
    auto* box = scene->addRect(QRectF(0, 0, boxWidth, boxHeight), QPen(color, 2), fill);
    box->setPos(at);
    QStringList tip { exposure.name, reachTitle(exposure.reach) };
    tip << exposure.entries;
    // Published yet restricted: the reach says how far it is published, this what may come in.
    if (exposure.ingressIsolated && exposure.reach != Reach::Isolated)
        tip << NetworkView::tr("ingress isolated");
    if (exposure.egressIsolated)
        tip << NetworkView::tr("egress isolated");
    box->setToolTip(tip.join(QLatin1Char('\n')));
    auto* name = scene->addSimpleText(QFontMetrics(scene->font()).elidedText(exposure.name, Qt::ElideMiddle, static_cast<int>(boxWidth) - 16));
    name->setParentItem(box);
    name->setPos(8, 6);
    QFont bold = scene->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setBrush(palette.color(QPalette::Text));
    // The reach, then each way in on lines of its own, wrapped: a way in ("LoadBalancer 443
    // (node port 30443)->8443/TCP via service web") needs the box's whole width, and a second
    // one (the Ingress route) is as much part of the exposure as the first.
    QStringList lines { reachTitle(exposure.reach) };
    lines << exposure.entries.mid(0, shownWays);
    if (exposure.entries.size() > shownWays)
        lines << NetworkView::tr("and %1 more (in the tooltip)").arg(exposure.entries.size() - shownWays);
    // A line that fits is simple text; only a longer one gets a wrapping text item (a document
    // of its own: a cluster's diagram holds tens of thousands of lines).
    const QFontMetrics metrics(scene->font());
    const qreal textWidth = boxWidth - 16;
    qreal lineY = 26;
    for (const QString& text : lines) {
        if (metrics.horizontalAdvance(text) <= textWidth) {
            auto* line = scene->addSimpleText(text);
            line->setParentItem(box);
            line->setBrush(palette.color(QPalette::Text));
            line->setPos(8, lineY);
            lineY += metrics.lineSpacing() + 2;
            continue;
        }
        auto* line = scene->addText(text);
        line->setParentItem(box);
        line->setTextWidth(textWidth + 4);
        line->document()->setDocumentMargin(2);
        line->setDefaultTextColor(palette.color(QPalette::Text));
        line->setPos(6, lineY - 2);
        lineY += line->boundingRect().height() - 2;
    }
    box->setRect(QRectF(0, 0, boxWidth, std::max(boxHeight, lineY + 6)));
    return box;
}

/// "Outside": one node in the middle of a short column; along a long one (a cluster), a band
/// whose name comes back every few rows, at the rows' own heights.
QGraphicsItem* addOutside(QGraphicsScene* scene, const QString& title, QPointF at, qreal height, const std::vector<qreal>& labelsAt, const QPalette& palette)
{
    auto* node = scene->addRect(QRectF(0, 0, outsideWidth, height), QPen(palette.color(QPalette::Mid), 1, Qt::DashLine), palette.color(QPalette::AlternateBase));
    node->setPos(at);
    for (const qreal y : labelsAt.empty() ? std::vector<qreal> { at.y() + height / 2 } : labelsAt) {
        auto* text = scene->addText(title);
        text->setParentItem(node);
        text->setTextWidth(outsideWidth - 8);
        text->setDefaultTextColor(palette.color(QPalette::Text));
        text->setPos(4, y - at.y() - text->boundingRect().height() / 2);
    }
    node->setToolTip(title);
    return node;
}

void addEdge(QGraphicsScene* scene, QPointF from, QPointF to, const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPainterPath path(from);
    const qreal middle = (from.x() + to.x()) / 2;
    path.cubicTo(QPointF(middle, from.y()), QPointF(middle, to.y()), to);
    auto* item = scene->addPath(path, QPen(color, width, style, Qt::RoundCap));
    item->setZValue(-1);
}

} // namespace

QColor NetworkView::reachColor(Reach reach)
{
    switch (reach) {
    case Reach::Outside: return QColor(0xD5, 0x5E, 0x00);
    case Reach::HostOnly: return QColor(0xE6, 0x9F, 0x00);
    case Reach::Internal: return QColor(0x00, 0x72, 0xB2);
    case Reach::Isolated: return QColor(0x00, 0x9E, 0x73);
    case Reach::Unknown: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

NetworkView::NetworkView(QWidget* parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_onlyDifferences(new QCheckBox(tr("Show only &differences"), this))
    , m_summary(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    // Fitting to a new width keeps the top in place, not the centre (the default anchor).
    m_view->setTransformationAnchor(QGraphicsView::NoAnchor);
    m_view->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_view->setAccessibleName(tr("Network exposure diagram"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyDifferences);
    auto* legend = new QHBoxLayout;
    for (Reach reach : { Reach::Outside, Reach::HostOnly, Reach::Internal, Reach::Isolated, Reach::Unknown }) {
        auto* swatch = new QLabel(this);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("border: 2px solid %1; border-radius: 2px;").arg(reachColor(reach).name()));
        legend->addWidget(swatch);
        legend->addWidget(new QLabel(reachTitle(reach), this));
        legend->addSpacing(12);
    }
    legend->addStretch();
    auto* differs = new QLabel(tr("Red link: the pair's exposure differs"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);
    layout->addWidget(differs);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &NetworkView::rebuild);
}

void NetworkView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

void NetworkView::fitToWidth()
{
    // Narrower than the diagram, the view shrinks it (down to a still readable size) so both
    // sides stay in sight; it never enlarges it. Tall diagrams scroll vertically.
    const qreal available = m_view->viewport()->width() - 4;
    const qreal needed = m_scene->sceneRect().width();
    const qreal scale = needed > available && needed > 0 ? std::max(available / needed, 0.6) : 1.0;
    m_view->setTransform(QTransform::fromScale(scale, scale));
}

void NetworkView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    // Drawn when first shown: a cluster's diagram takes a second to lay out, and the window
    // should not stop answering for a page the user may never open.
    m_stale = true;
    if (isVisible()) {
        rebuild();
    } else {
        m_scene->clear(); // nothing of the previous comparison stays behind
        m_differences = 0;
    }
}

void NetworkView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void NetworkView::rebuild()
{
    m_stale = false;
    m_scene->clear();
    m_differences = 0;
    if (!m_comparison)
        return;
    const Comparison& comparison = *m_comparison;
    const std::vector<WorkloadExposure> dev = NetworkExposure::analyse(comparison.dev);
    const std::vector<WorkloadExposure> prod = NetworkExposure::analyse(comparison.prod);
    const QPalette colors = palette();
    const bool onlyDifferences = m_onlyDifferences->isChecked();

    struct Row {
        const WorkloadExposure* dev;
        const WorkloadExposure* prod;
    };
    std::vector<Row> rows;
    int outsideDev = 0, outsideProd = 0;
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const bool differs = dev[pair.dev].reach != prod[pair.prod].reach;
        m_differences += differs ? 1 : 0;
        if (!onlyDifferences || differs)
            rows.push_back(Row { &dev[pair.dev], &prod[pair.prod] });
    }
    for (std::size_t index : comparison.matching.unpairedDev) {
        if (!onlyDifferences || dev[index].reach == Reach::Outside)
            rows.push_back(Row { &dev[index], nullptr });
    }
    for (std::size_t index : comparison.matching.unpairedProd) {
        if (!onlyDifferences || prod[index].reach == Reach::Outside)
            rows.push_back(Row { nullptr, &prod[index] });
    }
    for (const WorkloadExposure& e : dev)
        outsideDev += e.reach == Reach::Outside ? 1 : 0;
    for (const WorkloadExposure& e : prod)
        outsideProd += e.reach == Reach::Outside ? 1 : 0;

    const qreal top = 40;
    QFont headingFont = m_scene->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    auto heading = [&](const QString& text, qreal x) {
        auto* item = m_scene->addSimpleText(text, headingFont);
        item->setBrush(colors.color(QPalette::Text));
        item->setPos(x, 0);
    };
    heading(tr("Development: %1").arg(comparison.dev.name), devX);
    heading(tr("Production: %1").arg(comparison.prod.name), prodX);

    // Boxes first, each row as tall as its taller box; the links to "outside" meet in the
    // middle of the column's height, known only then.
    struct Placed {
        const Row* row;
        qreal middle;
    };
    std::vector<Placed> placed;
    qreal y = top;
    for (const Row& row : rows) {
        QGraphicsRectItem* devBox = row.dev ? addWorkloadBox(m_scene, *row.dev, QPointF(devX, y), colors) : nullptr;
        QGraphicsRectItem* prodBox = row.prod ? addWorkloadBox(m_scene, *row.prod, QPointF(prodX, y), colors) : nullptr;
        const qreal rowHeight = std::max(devBox ? devBox->rect().height() : boxHeight, prodBox ? prodBox->rect().height() : boxHeight);
        for (QGraphicsRectItem* box : { devBox, prodBox }) {
            if (box != nullptr)
                box->setRect(QRectF(0, 0, boxWidth, rowHeight));
        }
        placed.push_back(Placed { &row, y + rowHeight / 2 });
        y += rowHeight + rowGap;
    }
    const qreal height = std::max(boxHeight, y - rowGap - top);
    // Up to a screenful of rows, the links meet in the middle of "outside"; beyond that they
    // would cross the whole diagram, so each runs straight across at its own row.
    constexpr std::size_t meetingRows = 6;
    constexpr std::size_t rowsPerLabel = 8;
    const bool straight = placed.size() > meetingRows;
    std::vector<qreal> labelsAt;
    for (std::size_t i = 0; straight && i < placed.size(); i += rowsPerLabel)
        labelsAt.push_back(placed[i].middle);
    addOutside(m_scene, tr("Outside the host (LAN, internet)"), QPointF(0, top), height, labelsAt, colors);
    addOutside(m_scene, tr("Outside the cluster (LAN, internet)"), QPointF(prodOutsideX, top), height, labelsAt, colors);
    const auto outsideAt = [&](qreal middle) { return straight ? middle : top + height / 2; };

    const QColor exposed = reachColor(Reach::Outside);
    const QColor differ(0xC0, 0x1C, 0x28);
    for (const auto& [row, middle] : placed) {
        if (row->dev && row->dev->reach == Reach::Outside)
            addEdge(m_scene, QPointF(outsideWidth, outsideAt(middle)), QPointF(devX, middle), exposed, 2);
        if (row->prod && row->prod->reach == Reach::Outside)
            addEdge(m_scene, QPointF(prodOutsideX, outsideAt(middle)), QPointF(prodX + boxWidth, middle), exposed, 2);
        if (row->dev && row->prod) {
            const bool differs = row->dev->reach != row->prod->reach;
            // The text colour, faded: visible on a light and on a dark palette alike.
            QColor same = colors.color(QPalette::Text);
            same.setAlphaF(0.45);
            addEdge(m_scene, QPointF(devX + boxWidth, middle), QPointF(prodX, middle), differs ? differ : same, differs ? 3 : 1,
                differs ? Qt::SolidLine : Qt::DashLine);
            if (differs) {
                const QString note = reachWidth(row->prod->reach) > reachWidth(row->dev->reach) ? tr("wider in prod") : tr("wider in dev");
                // Wrapped and centred within the gap between the columns ("más amplia en producción").
                auto* label = m_scene->addText(note);
                label->setDefaultTextColor(differ);
                label->setTextWidth(prodX - devX - boxWidth - 8);
                QTextOption centred(Qt::AlignHCenter);
                centred.setWrapMode(QTextOption::WordWrap);
                label->document()->setDefaultTextOption(centred);
                label->setPos(devX + boxWidth + 4, middle - label->boundingRect().height());
            }
        }
    }
    if (rows.empty()) {
        auto* text = m_scene->addSimpleText(tr("No differences in exposure between the paired workloads."));
        text->setBrush(colors.color(QPalette::Text));
        text->setPos(devX, top + 10);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    fitToWidth();
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum()); // a tall diagram starts at its headings
    m_summary->setText(tr("Reachable from outside: %1 of %2 dev workload(s), %3 of %4 prod workload(s). %n pair(s) differ in exposure.", nullptr, m_differences)
                           .arg(outsideDev)
                           .arg(dev.size())
                           .arg(outsideProd)
                           .arg(prod.size()));
}

} // namespace crossroads
