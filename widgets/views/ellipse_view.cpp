#include "widgets/views/ellipse_view.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>
#include <numbers>

#include "core/models/discriminant/ellipse.h"
#include "core/models/lda/lda_model.h"
#include "core/models/qda/qda_model.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/views/ellipse_layer.h"
#include "widgets/views/view_format.h"

namespace supex {
namespace {

constexpr int kSegments = 120;

QPolygonF toPolygon(const std::vector<Eigen::Vector2d>& points) {
  QPolygonF poly;
  poly.reserve(static_cast<qsizetype>(points.size()));
  for (const Eigen::Vector2d& p : points) poly << QPointF(p.x(), p.y());
  return poly;
}

QString matrixCell(const Eigen::Matrix2d& s) {
  return QStringLiteral("[%1, %2; %3, %4]")
      .arg(formatNumber(s(0, 0), 3), formatNumber(s(0, 1), 3), formatNumber(s(1, 0), 3), formatNumber(s(1, 1), 3));
}

const char* kHint =
    "<p>Choose <b>LDA</b> or <b>QDA</b> with two features to see the Gaussian each class is modelled by: "
    "its mean (a diamond) and the ellipses at Mahalanobis distance 1 and 2 from it, "
    "{x : (x − μ<sub>k</sub>)ᵀ Σ<sup>−1</sup> (x − μ<sub>k</sub>) = 1 or 4}.</p>";

}  // namespace

EllipseView::EllipseView(const ViewContext& context, QWidget* parent) : QWidget(parent), m_context(context) {
  auto* layout = new QVBoxLayout(this);
  auto* row = new QHBoxLayout;
  m_means = new QCheckBox(tr("Class means"));
  m_one = new QCheckBox(tr("1σ ellipses"));
  m_two = new QCheckBox(tr("2σ ellipses"));
  for (QCheckBox* box : {m_means, m_one, m_two}) {
    box->setChecked(true);
    row->addWidget(box);
    connect(box, &QCheckBox::toggled, this, &EllipseView::applyParts);
  }
  row->addStretch(1);
  layout->addLayout(row);
  m_text = new QTextBrowser;
  m_text->setOpenLinks(false);
  layout->addWidget(m_text, 1);

  m_layer = new EllipseLayer(m_context.canvas->xAxis, m_context.canvas->yAxis, EllipseLayer::Part::Ellipses);
  m_layer->setLayer("main");
  m_meansLayer = new EllipseLayer(m_context.canvas->xAxis, m_context.canvas->yAxis, EllipseLayer::Part::Means);
  m_meansLayer->setLayer("overlay");
  connect(m_context.controller, &ExplorerController::frameShown, this, &EllipseView::showFrame);
  showFrame(m_context.controller->shownFrame());
}

EllipseView::~EllipseView() {
  // The canvas may outlive the view (or go first, which clears the pointer).
  delete m_layer.data();
  delete m_meansLayer.data();
}

EllipseLayer* EllipseView::layer() const { return m_layer; }

QString EllipseView::text() const { return m_text->toPlainText(); }

void EllipseView::applyParts() {
  if (!m_layer || !m_meansLayer) return;
  m_layer->setParts(m_means->isChecked(), m_one->isChecked(), m_two->isChecked());
  m_meansLayer->setParts(m_means->isChecked(), m_one->isChecked(), m_two->isChecked());
  m_context.canvas->replot(QCustomPlot::rpQueuedReplot);
}

void EllipseView::showFrame(const FitFramePtr& frame) {
  if (!m_layer || !m_meansLayer) return;
  const auto* lda = frame && frame->model ? dynamic_cast<const LdaModel*>(frame->model.get()) : nullptr;
  const auto* qda = frame && frame->model ? dynamic_cast<const QdaModel*>(frame->model.get()) : nullptr;
  const bool applicable = (lda || qda) && frame->features == 2;
  if (!applicable) {
    const bool had = !m_layer->ellipses().empty();
    m_layer->setEllipses({});
    m_meansLayer->setEllipses({});
    if (had) m_context.canvas->replot(QCustomPlot::rpQueuedReplot);
    m_text->setHtml(kHint);
    return;
  }
  const FittedModel& model = *frame->model;
  const Eigen::MatrixXd& means = lda ? lda->means() : qda->means();
  const auto K = means.rows();
  // A class without training rows has no mean to draw.
  std::vector<int> counts(static_cast<std::size_t>(K), 0);
  if (frame->trainData)
    for (Eigen::Index i = 0; i < frame->trainData->y.size(); ++i) {
      const auto k = static_cast<std::size_t>(frame->trainData->y(i));
      if (k < counts.size()) ++counts[k];
    }

  QString html;
  if (lda) {
    html += tr("<p><b>LDA</b>: every class k is a Gaussian N(μ<sub>k</sub>, Σ) with <b>one shared covariance</b> Σ "
               "(the pooled within-class estimate), so all ellipses have the same shape and the boundaries "
               "δ<sub>j</sub>(x) = δ<sub>k</sub>(x) are straight lines.</p>");
  } else {
    const double r = paramNumber(model.params, "reg", 0.0);
    const bool standardized = paramFlag(model.params, "standardize", false);
    html += tr("<p><b>QDA</b>: every class k has <b>its own covariance</b>, regularised as "
               "Σ<sub>k</sub> = (1 − r) Σ̂<sub>k</sub> + r I with r = %1%2; so the ellipses differ and the "
               "boundaries are curves (quadrics). Raising r pulls every ellipse towards a circle.</p>")
                .arg(formatNumber(r, 3), standardized ? tr(" (I in standardised units)") : QString());
  }
  html += tr("<p>Solid: the 1σ ellipse {x : (x − μ<sub>k</sub>)ᵀ Σ<sup>−1</sup> (x − μ<sub>k</sub>) = 1}; dashed: 2σ "
             "(= 4). Semi-axes k·√λ<sub>i</sub> along the eigenvectors of Σ, λ<sub>1</sub> ≥ λ<sub>2</sub> its "
             "eigenvalues.</p>");
  html += "<table cellspacing=0 cellpadding=3 border=1 style=\"border-collapse:collapse\"><tr><th>class</th>"
          "<th>mean μ<sub>k</sub></th><th>" +
          QString(lda ? "Σ (shared)" : "Σ<sub>k</sub>") +
          "</th><th>1σ semi-axes √λ<sub>1</sub>, √λ<sub>2</sub></th><th>major axis angle</th></tr>";

  std::vector<ClassEllipses> ellipses;
  for (Eigen::Index k = 0; k < K; ++k) {
    if (counts[static_cast<std::size_t>(k)] == 0) continue;
    const Eigen::Vector2d mu = means.row(k).transpose();
    const Eigen::Matrix2d sigma = lda ? Eigen::Matrix2d(lda->covariance())
                                      : Eigen::Matrix2d(qda->covariances()[static_cast<std::size_t>(k)]);
    ClassEllipses e;
    e.classIndex = static_cast<int>(k);
    e.mean = QPointF(mu.x(), mu.y());
    e.oneSigma = toPolygon(ellipsePolygon(mu, sigma, 1.0, kSegments));
    e.twoSigma = toPolygon(ellipsePolygon(mu, sigma, 2.0, kSegments));
    ellipses.push_back(std::move(e));
    const EllipseAxes axes = ellipseAxes(sigma, 1.0);
    const std::string name = k < static_cast<Eigen::Index>(model.classes.size())
                                 ? model.classes[static_cast<std::size_t>(k)]
                                 : std::to_string(k);
    html += "<tr><td>" + classSwatch(static_cast<int>(k), name) + "</td><td>" + formatVector(mu.data(), 2) +
            "</td><td>" + matrixCell(sigma) + "</td><td>" + formatNumber(axes.major, 3) + ", " +
            formatNumber(axes.minor, 3) + "</td><td>" + formatNumber(axes.angle * 180.0 / std::numbers::pi, 3) +
            "°</td></tr>";
  }
  html += "</table>";
  m_meansLayer->setEllipses(ellipses);
  m_layer->setEllipses(std::move(ellipses));
  applyParts();
  m_text->setHtml(html);
}

}  // namespace supex
