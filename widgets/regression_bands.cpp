#include "widgets/regression_bands.h"

#include "widgets/okabe_ito.h"

namespace supex {
namespace {

QCPGraph* bandGraph(QCustomPlot* plot, QCPAxis* x, QCPAxis* y, const QColor& fill) {
  QCPGraph* g = plot->addGraph(x, y);
  g->setPen(Qt::NoPen);
  g->setBrush(fill);
  g->setVisible(false);
  g->removeFromLegend();
  return g;
}

QColor withAlpha(QColor c, int alpha) {
  c.setAlpha(alpha);
  return c;
}

QVector<double> toQ(const std::vector<double>& v) { return QVector<double>(v.begin(), v.end()); }

}  // namespace

RegressionBands::RegressionBands(QCustomPlot* plot, QCPAxis* x, QCPAxis* y)
    : m_predLow(bandGraph(plot, x, y, Qt::transparent)),
      m_predHigh(bandGraph(plot, x, y, withAlpha(regressionPointColor(), 38))),
      m_meanLow(bandGraph(plot, x, y, Qt::transparent)),
      m_meanHigh(bandGraph(plot, x, y, withAlpha(regressionCurveColor(), 70))) {
  m_predHigh->setChannelFillGraph(m_predLow);
  m_meanHigh->setChannelFillGraph(m_meanLow);
}

bool RegressionBands::show(const FitFrame& f) {
  const std::size_t n = f.curveX.size();
  if (f.meanLow.size() != n || f.meanHigh.size() != n || f.predLow.size() != n || f.predHigh.size() != n || n == 0) {
    hide();
    return false;
  }
  const QVector<double> x = toQ(f.curveX);
  m_predLow->setData(x, toQ(f.predLow), true);
  m_predHigh->setData(x, toQ(f.predHigh), true);
  m_meanLow->setData(x, toQ(f.meanLow), true);
  m_meanHigh->setData(x, toQ(f.meanHigh), true);
  const QString level = QString::number(100.0 * f.bandLevel, 'g', 3) + "%";
  m_predHigh->setName(QObject::tr("%1 prediction band").arg(level));
  m_meanHigh->setName(QObject::tr("%1 confidence band of the mean").arg(level));
  for (QCPGraph* g : {m_predLow, m_predHigh, m_meanLow, m_meanHigh}) g->setVisible(true);
  return true;
}

void RegressionBands::hide() {
  for (QCPGraph* g : {m_predLow, m_predHigh, m_meanLow, m_meanHigh}) g->setVisible(false);
}

}  // namespace supex
