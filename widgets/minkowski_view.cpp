#include "widgets/minkowski_view.h"

#include <cmath>
#include <limits>

#include "widgets/minkowski_ball.h"
#include "widgets/okabe_ito.h"

namespace supex {
namespace {

void setCurve(QCPCurve* curve, const QPolygonF& polygon) {
  QVector<double> t, x, y;
  for (qsizetype i = 0; i < polygon.size(); ++i) {
    t << static_cast<double>(i);
    x << polygon[i].x();
    y << polygon[i].y();
  }
  curve->setData(t, x, y, true);
}

QString pName(double p) { return std::isinf(p) ? QStringLiteral("p = ∞") : QStringLiteral("p = %1").arg(p); }

}  // namespace

MinkowskiView::MinkowskiView(QWidget* parent) : QCustomPlot(parent) {
  const double inf = std::numeric_limits<double>::infinity();
  const double ps[] = {0.5, 1.0, 2.0, 4.0, inf};
  const int colours[] = {6, 0, 4, 2, 5};
  for (int i = 0; i < 5; ++i) {
    auto* c = new QCPCurve(xAxis, yAxis);
    setCurve(c, unitBall(ps[i]));
    c->setPen(QPen(classColor(colours[i]), 1.6, Qt::DashLine));
    c->setName(pName(ps[i]));
    m_references.push_back(c);
  }
  m_current = new QCPCurve(xAxis, yAxis);
  legend->setVisible(true);
  legend->setBorderPen(Qt::NoPen);
  // Under the plot in three columns, so it never hides a curve.
  plotLayout()->addElement(1, 0, legend);
  legend->setWrap(3);  // three entries per row (setFillOrder rearranges the existing ones)
  legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
  plotLayout()->setRowStretchFactor(1, 0.001);
  xAxis->setRange(-1.25, 1.25);
  yAxis->setRange(-1.25, 1.25);
  xAxis->setLabel(QStringLiteral("u₁"));
  yAxis->setLabel(QStringLiteral("u₂"));
  setMinimumSize(220, 260);
  applyStyle();
  // After each layout, before drawing: keep one unit as long on both axes so a
  // disc looks round whatever the widget's shape.
  connect(this, &QCustomPlot::afterLayout, this, [this] {
    // Fit [−1.25, 1.25]² into the axis rect, widening the longer side.
    const double w = axisRect()->width(), h = axisRect()->height();
    if (w <= 0 || h <= 0) return;
    const double upp = 2.5 / std::min(w, h);
    const QCPRange x(-upp * w / 2, upp * w / 2), y(-upp * h / 2, upp * h / 2);
    if (std::abs(xAxis->range().size() - x.size()) > 1e-9 || std::abs(yAxis->range().size() - y.size()) > 1e-9) {
      xAxis->setRange(x);
      yAxis->setRange(y);
      replot(QCustomPlot::rpQueuedReplot);
    }
  });
  setP(2.0);
}

void MinkowskiView::setPresentationMode(bool on) {
  m_scale = on ? 1.45 : 1.0;
  applyStyle();
  replot(QCustomPlot::rpQueuedReplot);
}

void MinkowskiView::applyStyle() {
  QFont small = font();
  small.setPointSizeF(9.0 * m_scale);
  QFont label = font();
  label.setPointSizeF(10.5 * m_scale);
  legend->setFont(small);
  for (QCPAxis* axis : {xAxis, yAxis}) {
    axis->setTickLabelFont(small);
    axis->setLabelFont(label);
  }
  for (QCPCurve* c : m_references) {
    QPen pen = c->pen();
    pen.setWidthF(1.6 * m_scale);
    c->setPen(pen);
  }
  m_current->setPen(QPen(QColor(20, 20, 20), 3.0 * m_scale));
}

void MinkowskiView::setP(double p) {
  m_p = p;
  setCurve(m_current, unitBall(p, 360));
  m_current->setName(tr("model: %1").arg(pName(p)));
  replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace supex
