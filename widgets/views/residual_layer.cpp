#include "widgets/views/residual_layer.h"

#include "core/models/ols/ols.h"
#include "widgets/okabe_ito.h"

namespace supex {

ResidualLayer::ResidualLayer(QCustomPlot* plot)
    : QCPLayerable(plot), m_keyAxis(plot->xAxis), m_valueAxis(plot->yAxis) {
  setAntialiased(true);
}

// Okabe–Ito reddish purple: apart from the blue points and the vermillion curve.
QColor ResidualLayer::color() { return classColor(6); }

bool ResidualLayer::setFrame(const FitFramePtr& frame) {
  clear();
  if (!frame || !frame->model || !frame->trainData || frame->task != Task::Regression || frame->features != 1)
    return false;
  const Dataset& train = *frame->trainData;
  if (train.cols() != 1 || train.rows() == 0 || !train.hasTarget) return false;
  const auto n = static_cast<std::size_t>(train.rows());
  m_x.assign(train.X.data(), train.X.data() + n);
  m_y.assign(train.y.data(), train.y.data() + n);
  // OLS keeps its training residuals; any other regressor predicts its rows
  // (a one-feature prediction of the training rows, cheap next to the grid).
  const auto* ols = dynamic_cast<const OlsModel*>(frame->model.get());
  if (ols && ols->residuals().size() == train.rows()) {
    m_fit.resize(n);
    for (std::size_t i = 0; i < n; ++i) m_fit[i] = m_y[i] - ols->residuals()(static_cast<Eigen::Index>(i));
  } else {
    Prediction pred;
    frame->model->predict(train.X, pred);
    m_fit.assign(pred.value.data(), pred.value.data() + pred.value.size());
  }
  if (m_fit.size() != n) clear();
  return !m_x.empty();
}

void ResidualLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const {
  applyAntialiasingHint(painter, mAntialiased, QCP::aePlottables);
}

QRect ResidualLayer::clipRect() const {
  if (m_keyAxis && m_valueAxis) return m_keyAxis->axisRect()->rect() & m_valueAxis->axisRect()->rect();
  return {};
}

void ResidualLayer::draw(QCPPainter* painter) {
  if (!m_keyAxis || !m_valueAxis || m_x.empty()) return;
  // Thin enough that 400 segments stay readable.
  painter->setPen(QPen(color(), 1.5, Qt::SolidLine, Qt::FlatCap));
  for (std::size_t i = 0; i < m_x.size(); ++i) {
    const double px = m_keyAxis->coordToPixel(m_x[i]);
    painter->drawLine(QPointF(px, m_valueAxis->coordToPixel(m_y[i])), QPointF(px, m_valueAxis->coordToPixel(m_fit[i])));
  }
}

}  // namespace supex
