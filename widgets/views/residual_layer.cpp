#include "widgets/views/residual_layer.h"

#include "core/models/ols/ols.h"
#include "widgets/okabe_ito.h"

namespace supex {

ResidualLayer::ResidualLayer(QCustomPlot* plot) : BoundaryLayer(plot->xAxis, plot->yAxis) {
  // Thin enough that 400 segments stay readable.
  setPen(QPen(color(), 1.5, Qt::SolidLine, Qt::FlatCap));
}

// Okabe–Ito reddish purple: apart from the blue points and the vermillion curve.
QColor ResidualLayer::color() { return classColor(6); }

QLineF ResidualLayer::segment(std::size_t i) const {
  const QPolygonF& s = lines()[static_cast<qsizetype>(i)];
  return {s[0], s[1]};
}

bool ResidualLayer::setFrame(const FitFramePtr& frame) {
  clear();
  if (!frame || !frame->model || !frame->trainData || frame->task != Task::Regression || frame->features != 1)
    return false;
  const Dataset& train = *frame->trainData;
  if (train.cols() != 1 || train.rows() == 0 || !train.hasTarget) return false;
  // OLS keeps its training residuals; any other regressor predicts its rows
  // (a one-feature prediction of the training rows, cheap next to the grid).
  Eigen::VectorXd fit;
  const auto* ols = dynamic_cast<const OlsModel*>(frame->model.get());
  if (ols && ols->residuals().size() == train.rows()) {
    fit = train.y - ols->residuals();
  } else {
    Prediction pred;
    frame->model->predict(train.X, pred);
    fit = pred.value;
  }
  if (fit.size() != train.rows()) return false;
  QVector<QPolygonF> segments;
  segments.reserve(train.rows());
  for (Eigen::Index i = 0; i < train.rows(); ++i)
    segments.push_back(QPolygonF{QPointF(train.X(i, 0), train.y(i)), QPointF(train.X(i, 0), fit(i))});
  setLines(std::move(segments));
  return true;
}

}  // namespace supex
