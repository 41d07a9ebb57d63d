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
  }
  m_current = new QCPCurve(xAxis, yAxis);
  m_current->setPen(QPen(QColor(20, 20, 20), 3.0));
  legend->setVisible(true);
  QFont f = font();
  f.setPointSizeF(9.0);
  legend->setFont(f);
  legend->setBorderPen(Qt::NoPen);
  // Under the plot in three columns, so it never hides a curve.
  plotLayout()->addElement(1, 0, legend);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setWrap(3);
  plotLayout()->setRowStretchFactor(1, 0.001);
  xAxis->setRange(-1.25, 1.25);
  yAxis->setRange(-1.25, 1.25);
  xAxis->setLabel(QStringLiteral("u₁"));
  yAxis->setLabel(QStringLiteral("u₂"));
  setMinimumSize(220, 260);
  // After each layout, before drawing: keep one unit as long on both axes so a
  // disc looks round whatever the widget's shape.
  connect(this, &QCustomPlot::afterLayout, this, [this] { yAxis->setScaleRatio(xAxis, 1.0); });
  setP(2.0);
}

void MinkowskiView::setP(double p) {
  m_p = p;
  setCurve(m_current, unitBall(p, 360));
  m_current->setName(tr("model: %1").arg(pName(p)));
  replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace supex
