#include "widgets/views/high_dim_view.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

#include "widgets/okabe_ito.h"
#include "widgets/views/latest_job.h"

namespace supex {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString pText(double p) { return std::isinf(p) ? QStringLiteral("∞") : QString::number(p, 'g', 3); }

void setupLogPlot(QCustomPlot* plot, const QString& yLabel) {
  plot->xAxis->setLabel(QObject::tr("dimension d"));
  plot->xAxis->setRange(0, 101);
  plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
  QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
  plot->yAxis->setTicker(ticker);
  plot->yAxis->setNumberFormat("eb");
  plot->yAxis->setNumberPrecision(0);
  plot->yAxis->setLabel(yLabel);
  plot->setMinimumHeight(120);  // a short Views dock on a 720-line projector
  QFont small = plot->font();
  small.setPointSizeF(8.5);
  plot->legend->setFont(small);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->legend->setBrush(QColor(255, 255, 255, 210));
  plot->legend->setRowSpacing(0);
  plot->legend->setVisible(true);
}

}  // namespace

HighDimView::HighDimView(const ViewContext&, QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("Minkowski p"), this));
  m_p = new QDoubleSpinBox(this);
  m_p->setRange(0.1, 20.0);
  m_p->setDecimals(2);
  m_p->setSingleStep(0.25);
  m_p->setValue(2.0);
  m_p->setToolTip(tr("The distance D_p(a, b) = (Σ|a_i − b_i|^p)^(1/p) and the ball ‖u‖_p ≤ 1/2"));
  controls->addWidget(m_p);
  m_inf = new QCheckBox(QStringLiteral("∞"), this);
  m_inf->setToolTip(tr("p = ∞: D = max_i |a_i − b_i|, the ball is the cube"));
  controls->addWidget(m_inf);
  controls->addSpacing(12);
  controls->addWidget(new QLabel(tr("points n"), this));
  m_n = new QSpinBox(this);
  m_n->setRange(2, 20000);
  m_n->setValue(1000);
  m_n->setToolTip(tr("Uniform points in [0,1]^d the distances go to"));
  controls->addWidget(m_n);
  controls->addWidget(new QLabel(tr("queries"), this));
  m_queries = new QSpinBox(this);
  m_queries->setRange(1, 50);
  m_queries->setValue(5);
  m_queries->setToolTip(tr("Random query points; the contrast is their average"));
  controls->addWidget(m_queries);
  controls->addWidget(new QLabel(tr("seed"), this));
  m_seed = new QSpinBox(this);
  m_seed->setRange(0, 1000000);
  m_seed->setValue(1);
  controls->addWidget(m_seed);
  controls->addStretch(1);
  layout->addLayout(controls);

  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_summary->setTextFormat(Qt::RichText);
  layout->addWidget(m_summary);

  auto* plots = new QHBoxLayout;
  m_contrastPlot = new QCustomPlot(this);
  setupLogPlot(m_contrastPlot, tr("(D_max − D_min) / D_min"));
  m_contrastPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  m_ballPlot = new QCustomPlot(this);
  setupLogPlot(m_ballPlot, tr("share of the cube in the ball"));
  // The curves fall from the top left: the bottom left stays empty.
  m_ballPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
  plots->addWidget(m_contrastPlot, 1);
  plots->addWidget(m_ballPlot, 1);
  layout->addLayout(plots, 1);

  m_job = new LatestJob(this);
  connect(m_job, &LatestJob::busyChanged, this, [this](bool busy) {
    if (busy) m_summary->setText(summaryText() + tr(" · <i>computing…</i>"));
  });
  connect(m_p, &QDoubleSpinBox::valueChanged, this, &HighDimView::recompute);
  connect(m_inf, &QCheckBox::toggled, this, [this](bool on) {
    m_p->setEnabled(!on);
    recompute();
  });
  connect(m_n, &QSpinBox::valueChanged, this, &HighDimView::recompute);
  connect(m_queries, &QSpinBox::valueChanged, this, &HighDimView::recompute);
  connect(m_seed, &QSpinBox::valueChanged, this, &HighDimView::recompute);
  recompute();
}

HighDimensionOptions HighDimView::options() const {
  return {.maxDim = 100,
          .p = m_inf->isChecked() ? kInf : m_p->value(),
          .n = m_n->value(),
          .queries = m_queries->value(),
          .seed = static_cast<std::uint64_t>(m_seed->value())};
}

void HighDimView::recompute() {
  const HighDimensionOptions o = options();
  m_job->submit([this, o](std::stop_token stop) -> std::function<void()> {
    auto curves = highDimensionCurves(o, stop);
    if (!curves) return {};
    return [this, p = o.p, curves = std::move(curves).value()]() mutable {
      m_curves = std::move(curves);
      m_shownP = p;
      draw();
      emit curvesShown();
    };
  });
}

QString HighDimView::summaryText() const {
  if (m_curves.dims.empty()) return tr("Computing…");
  const double c1 = m_curves.contrast.front(), c100 = m_curves.contrast.back();
  const double b10 = m_curves.ballFraction[9], b100 = m_curves.ballFraction.back();
  return tr("p = %1. Nearest vs farthest point: relative contrast %2 at d = 1, <b>%3</b> at d = 100 — in high "
            "dimension every point is almost equally far, so “nearest” neighbours say little. The inscribed "
            "ball holds %4 of the cube at d = 10 and <b>%5</b> at d = 100: nearly all the volume is in the corners.")
      .arg(pText(m_shownP), QString::number(c1, 'g', 3), QString::number(c100, 'g', 3),
           QString::number(b10, 'g', 3), QString::number(b100, 'g', 3));
}

void HighDimView::draw() {
  QVector<double> d(m_curves.dims.begin(), m_curves.dims.end());
  m_contrastPlot->clearGraphs();
  auto* c = m_contrastPlot->addGraph();
  c->setData(d, QVector<double>(m_curves.contrast.begin(), m_curves.contrast.end()));
  c->setPen(QPen(QColor(20, 20, 20), 2.2));
  c->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
  c->setName(tr("p = %1, n = %2").arg(pText(m_shownP)).arg(m_n->value()));
  double lo = kInf, hi = 0;
  for (double v : m_curves.contrast)
    if (v > 0 && std::isfinite(v)) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (hi > 0) m_contrastPlot->yAxis->setRange(lo / 1.5, hi * 1.5);
  m_contrastPlot->replot();

  m_ballPlot->clearGraphs();
  // References for the familiar balls, then the chosen p on top.
  const double refs[] = {1.0, 2.0};
  const int colours[] = {0, 4};
  for (int r = 0; r < 2; ++r) {
    if (refs[r] == m_shownP) continue;
    QVector<double> v;
    for (int dim : m_curves.dims) v << inscribedBallFraction(dim, refs[r]);
    auto* g = m_ballPlot->addGraph();
    g->setData(d, v);
    g->setPen(QPen(classColor(colours[r]), 1.4, Qt::DashLine));
    g->setName(tr("p = %1").arg(pText(refs[r])));
  }
  auto* b = m_ballPlot->addGraph();
  b->setData(d, QVector<double>(m_curves.ballFraction.begin(), m_curves.ballFraction.end()));
  b->setPen(QPen(QColor(20, 20, 20), 2.2));
  b->setName(tr("p = %1 (chosen)").arg(pText(m_shownP)));
  // p = ∞ is 1 everywhere: a log axis still needs a range around it.
  double blo = 1.0;
  for (int i = 0; i < m_ballPlot->graphCount(); ++i)
    for (auto it = m_ballPlot->graph(i)->data()->begin(); it != m_ballPlot->graph(i)->data()->end(); ++it)
      if (it->value > 0) blo = std::min(blo, it->value);
  m_ballPlot->yAxis->setRange(std::max(blo / 10, 1e-300), 3.0);
  m_ballPlot->replot();
  m_summary->setText(summaryText());
}

}  // namespace supex
