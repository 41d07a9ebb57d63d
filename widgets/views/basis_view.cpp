#include "widgets/views/basis_view.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

#include "core/models/linear/basis_components.h"
#include "widgets/explorer_controller.h"
#include "widgets/label_style.h"
#include "widgets/views/coefficient_pen.h"
#include "widgets/views/latest_job.h"

namespace supex {

namespace {

// Above this κ a least-squares solve can lose more than half of double
// precision's ~16 significant digits on the way, and small changes in y move
// the coefficients wildly.
constexpr double kBadCondition = 1e8;
constexpr double kPoorCondition = 1e4;
constexpr int kLegendMax = 12;

bool linearId(const std::string& id) { return id == "ols" || id == "ridge" || id == "lasso"; }

QString kappaText(double k) {
  if (std::isinf(k)) return QStringLiteral("∞");
  return QString::number(k, 'g', 3);
}

}  // namespace

struct BasisView::Pieces {
  FitFramePtr frame;
  std::vector<double> x;
  Eigen::MatrixXd parts;  // x.size() x (1 + p)
  std::vector<std::string> names;
  double condition = 0.0;
  bool standardized = false;
  std::string error;
};

BasisView::BasisView(const ViewContext& context, QWidget* parent) : QWidget(parent), m_ctx(context) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* top = new QHBoxLayout;
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::RichText);
  top->addWidget(m_status, 1);
  m_zoom = new QCheckBox(tr("Zoom to the data"), this);
  m_zoom->setToolTip(tr("Show the y range of the data and the fit; the largest pieces then leave the plot"));
  top->addWidget(m_zoom, 0, Qt::AlignTop);
  layout->addLayout(top);
  m_warning = new QLabel(this);
  m_warning->setWordWrap(true);
  makeNoteBox(m_warning, QColor(0xfd, 0xe8, 0xd0), QColor(0x7a, 0x33, 0x00));
  m_warning->hide();
  layout->addWidget(m_warning);

  m_plot = new QCustomPlot(this);
  m_plot->setMinimumHeight(120);  // a short Views dock on a 720-line projector
  QFont small = m_plot->font();
  small.setPointSizeF(8.5);
  m_plot->legend->setFont(small);
  m_plot->legend->setBorderPen(Qt::NoPen);
  m_plot->legend->setRowSpacing(0);
  m_plot->plotLayout()->addElement(0, 1, m_plot->legend);
  m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
  m_plot->yAxis->setLabel(tr("contribution to ŷ"));
  layout->addWidget(m_plot, 1);

  m_job = new LatestJob(this);
  connect(m_zoom, &QCheckBox::toggled, this, [this] { rescale(); });
  if (m_ctx.controller) {
    connect(m_ctx.controller, &ExplorerController::frameShown, this, [this](FitFramePtr f) { onFrame(f); });
    if (m_ctx.controller->shownFrame()) onFrame(m_ctx.controller->shownFrame());
  }
  if (m_plot->graphCount() == 0)
    showNotApplicable(tr("Choose ols, ridge or lasso regression on one feature with basis poly or fourier "
                         "to see the fit taken apart into its basis functions."));
}

QString BasisView::statusText() const { return m_status->text(); }
QString BasisView::warningText() const { return m_warning->isVisible() ? m_warning->text() : QString(); }

void BasisView::onFrame(const FitFramePtr& frame) {
  if (!frame || !frame->error.empty()) return;  // the info panel explains a failed fit
  const auto* linear = dynamic_cast<const LinearModel*>(frame->model.get());
  if (!linear || !linearId(frame->model->modelId) || frame->features != 1 || !frame->trainData) {
    showNotApplicable(tr("The basis view takes apart a one-feature fit of ols, ridge or lasso regression: "
                         "choose one of them (with basis poly or fourier) in the model panel."));
    return;
  }
  const std::string basis = linear->basis().params().basis;
  if (basis != "poly" && basis != "fourier") {
    showNotApplicable(tr("This fit uses the input x itself (basis none): set Basis to poly or fourier in the "
                         "model panel to fit a curve as a sum of basis functions."));
    return;
  }
  if (frame->curveX.empty()) return;
  const bool standardize = frame->model->params.value("standardize", false);
  m_job->submit([this, frame, standardize](std::stop_token) -> std::function<void()> {
    auto pieces = std::make_shared<Pieces>();
    pieces->frame = frame;
    pieces->x = frame->curveX;
    pieces->standardized = standardize;
    const auto& model = static_cast<const LinearModel&>(*frame->model);
    const Eigen::Map<const Eigen::MatrixXd> xs(pieces->x.data(), static_cast<Eigen::Index>(pieces->x.size()), 1);
    pieces->parts = basisComponents(model, xs);
    pieces->names = model.basis().names();
    auto k = designConditionNumber(*frame->trainData, model.basis().params(), standardize);
    if (k) pieces->condition = *k;
    else pieces->error = k.error().message;
    return [this, pieces] { draw(*pieces); };
  });
}

void BasisView::showNotApplicable(const QString& why) {
  m_job->cancel();
  m_plot->clearGraphs();
  m_plot->legend->setVisible(false);
  m_status->setText(why);
  m_warning->hide();
  m_condition = std::numeric_limits<double>::quiet_NaN();
  m_plot->replot();
}

void BasisView::draw(const Pieces& pieces) {
  m_plot->clearGraphs();
  const auto& model = static_cast<const LinearModel&>(*pieces.frame->model);
  const auto n = static_cast<qsizetype>(pieces.x.size());
  const QVector<double> xs(pieces.x.begin(), pieces.x.end());
  const Eigen::Index p = pieces.parts.cols() - 1;
  m_allLo = m_allHi = pieces.parts(0, 0);

  // The data, faint, so the sum is seen to go through them.
  const Dataset& data = *pieces.frame->trainData;
  auto* points = m_plot->addGraph();
  points->setLineStyle(QCPGraph::lsNone);
  points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(170, 170, 170), 5));
  points->setName(tr("data"));
  QVector<double> px, py;
  for (Eigen::Index i = 0; i < data.rows(); ++i) {
    px << data.X(i, 0);
    py << data.y(i);
  }
  points->setData(px, py);
  m_dataLo = m_dataHi = py.isEmpty() ? 0.0 : py.front();
  for (double v : py) {
    m_dataLo = std::min(m_dataLo, v);
    m_dataHi = std::max(m_dataHi, v);
  }

  auto* intercept = m_plot->addGraph();
  intercept->setData(xs, QVector<double>(n, model.intercept()));
  intercept->setPen(QPen(QColor(90, 90, 90), 1.5, Qt::DashLine));
  intercept->setName(tr("b = %1").arg(model.intercept(), 0, 'g', 3));

  for (Eigen::Index j = 0; j < p; ++j) {
    QVector<double> ys(n);
    for (qsizetype i = 0; i < n; ++i) {
      ys[i] = pieces.parts(i, j + 1);
      m_allLo = std::min(m_allLo, ys[i]);
      m_allHi = std::max(m_allHi, ys[i]);
    }
    auto* g = m_plot->addGraph();
    g->setData(xs, ys);
    g->setPen(coefficientPen(static_cast<int>(j), 1.4));
    const double w = model.weights()(j);
    g->setName(QStringLiteral("%1 · %2").arg(w, 0, 'g', 3).arg(QString::fromStdString(pieces.names[static_cast<std::size_t>(j)])));
    if (p > kLegendMax) g->removeFromLegend();
  }
  QVector<double> sum(n);
  for (qsizetype i = 0; i < n; ++i) {
    sum[i] = pieces.parts.row(i).sum();
    m_dataLo = std::min(m_dataLo, sum[i]);
    m_dataHi = std::max(m_dataHi, sum[i]);
  }
  m_allLo = std::min({m_allLo, m_dataLo});
  m_allHi = std::max({m_allHi, m_dataHi});
  auto* total = m_plot->addGraph();
  total->setData(xs, sum);
  total->setPen(QPen(QColor(20, 20, 20), 3.0));
  total->setName(tr("sum = ŷ(x)"));
  m_plot->legend->setVisible(true);
  m_plot->xAxis->setLabel(QString::fromStdString(data.featureNames.empty() ? "x" : data.featureNames.front()));
  m_plot->xAxis->setRange(pieces.x.front(), pieces.x.back());

  m_condition = pieces.condition;
  const QString design = pieces.standardized ? tr("standardised Φ") : tr("Φ");
  m_status->setText(tr("<b>%1</b>: ŷ(x) = b + Σ wⱼ φⱼ(x), %2 basis functions. Condition number κ(%3) = "
                       "<b>%4</b>")
                        .arg(QString::fromStdString(pieces.frame->model->modelId))
                        .arg(p)
                        .arg(design, kappaText(m_condition)));
  if (!pieces.error.empty()) {
    m_warning->setText(QString::fromStdString(pieces.error));
    m_warning->show();
  } else if (m_condition >= kPoorCondition) {
    const double digits = std::isinf(m_condition) ? 16.0 : std::log10(m_condition);
    QString text = m_condition >= kBadCondition
                       ? tr("Badly conditioned design: κ = %1. The columns of Φ are nearly linear combinations "
                            "of each other, so a least-squares solve may lose about %2 of its 16 significant "
                            "digits, and tiny changes in y swing the coefficients wildly — see the huge pieces "
                            "cancelling each other. ")
                       : tr("Poorly conditioned design: κ = %1 (about %2 of 16 digits at risk). ");
    text = text.arg(kappaText(m_condition)).arg(std::min(digits, 16.0), 0, 'f', 0);
    const std::string& id = pieces.frame->model->modelId;
    const QString penalty = id == "ols" ? tr("use ridge (λ > 0)") : tr("raise λ (the penalty steadies the solve)");
    text += pieces.standardized ? tr("Lower the degree, or %1.").arg(penalty)
                                : tr("Standardise features, lower the degree, or %1.").arg(penalty);
    m_warning->setText(text);
    m_warning->show();
  } else {
    m_warning->hide();
  }
  rescale();
  emit piecesShown();
}

void BasisView::rescale() {
  const double lo = m_zoom->isChecked() ? m_dataLo : m_allLo;
  const double hi = m_zoom->isChecked() ? m_dataHi : m_allHi;
  const double pad = 0.06 * std::max(hi - lo, 1e-12);
  m_plot->yAxis->setRange(lo - pad, hi + pad);
  m_plot->replot();
}

}  // namespace supex
