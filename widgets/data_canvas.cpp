#include "widgets/data_canvas.h"

#include <QFontMetrics>
#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/boundary_layer.h"
#include "widgets/okabe_ito.h"
#include "widgets/regression_bands.h"
#include "widgets/text_wrap.h"

namespace supex {
namespace {

// Leaves a class's last few gradient levels unused so a confident cell of
// class k can never round up into the first colour of class k+1.
constexpr double kConfidenceSpan = 0.97;

QCPColorGradient classGradient(int classes) {
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorInterpolation(QCPColorGradient::ciRGB);
  g.setLevelCount(std::max(2, 100 * classes));
  QMap<double, QColor> stops;
  for (int k = 0; k < classes; ++k) {
    stops[double(k) / classes] = classTint(k, tintStrength(0.0));
    stops[(k + kConfidenceSpan) / classes] = classTint(k, tintStrength(1.0));
  }
  g.setColorStops(stops);
  return g;
}

// Regression values: blue (low) through white to vermillion (high), light
// enough for the black points on top.
QCPColorGradient valueGradient() {
  QCPColorGradient g;
  g.clearColorStops();
  g.setLevelCount(256);
  g.setColorStopAt(0.0, classTint(4, 0.55));
  g.setColorStopAt(0.5, QColor(250, 250, 250));
  g.setColorStopAt(1.0, classTint(5, 0.55));
  return g;
}

QCPColorGradient failedGradient() {
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.0, QColor(222, 222, 222));
  g.setColorStopAt(1.0, QColor(200, 200, 200));
  return g;
}

QColor ringColor(int k) {
  // The yellow of the palette is weak as a thin ring on white; darken it a little.
  const QColor c = classColor(k);
  return (k % kPaletteSize) == 3 ? c.darker(125) : c;
}

}  // namespace

// The kNN lens: the ball, spokes from the centre to each neighbour, and a
// ring around each neighbour. A layerable, like the boundary, so it exports
// as vectors.
class LensLayer : public QCPLayerable {
 public:
  LensLayer(QCPAxis* x, QCPAxis* y) : QCPLayerable(x->parentPlot()), m_x(x), m_y(y) { setAntialiased(true); }
  std::optional<LensPicture> picture;
  double scale = 1.0;

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override {
    applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
  }
  QRect clipRect() const override { return m_x->axisRect()->rect(); }
  void draw(QCPPainter* painter) override {
    if (!picture) return;
    auto px = [this](QPointF p) { return QPointF(m_x->coordToPixel(p.x()), m_y->coordToPixel(p.y())); };
    QPolygonF ball;
    for (const QPointF& p : picture->ball) ball << px(p);
    painter->setPen(QPen(QColor(20, 20, 20), 1.6 * scale, Qt::DashLine));
    painter->setBrush(QColor(0, 0, 0, 22));
    painter->drawPolygon(ball);
    const QPointF c = px(picture->centre);
    painter->setPen(QPen(QColor(20, 20, 20, 150), 1.0 * scale));
    for (const QPointF& n : picture->neighbours) painter->drawLine(c, px(n));
    painter->setPen(QPen(QColor(20, 20, 20), 2.0 * scale));
    painter->setBrush(Qt::NoBrush);
    const double r = 7.5 * scale;
    for (const QPointF& n : picture->neighbours) painter->drawEllipse(px(n), r, r);
    painter->setBrush(QColor(20, 20, 20));
    painter->drawEllipse(c, 2.5 * scale, 2.5 * scale);
  }

 private:
  QCPAxis* m_x;
  QCPAxis* m_y;
};

DataCanvas::DataCanvas(QWidget* parent) : QCustomPlot(parent) {
  setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  setMouseTracking(true);
  setNoAntialiasingOnDrag(false);
  setMinimumSize(320, 240);
  setAutoAddPlottableToLegend(true);

  addLayer("regions", layer("grid"), QCustomPlot::limBelow);
  addLayer("points", layer("main"), QCustomPlot::limAbove);

  m_map = new QCPColorMap(xAxis, yAxis);
  m_map->setLayer("regions");
  m_map->setInterpolate(true);
  m_map->setTightBoundary(false);
  m_map->setVisible(false);
  m_map->setName(tr("decision regions"));
  m_map->removeFromLegend();

  m_colorScale = new QCPColorScale(this);
  m_colorScale->setType(QCPAxis::atRight);
  m_colorScale->setGradient(valueGradient());
  m_colorScale->setVisible(false);
  // Shown only for two-feature regression; not in the layout until then.

  m_boundary = new BoundaryLayer(xAxis, yAxis);
  m_boundary->setLayer("main");

  m_bands = std::make_unique<RegressionBands>(this, xAxis, yAxis);
  m_curve = addGraph();
  m_curve->setName(tr("fitted curve"));
  m_curve->setVisible(false);

  m_message = new QCPItemText(this);
  m_message->setLayer("overlay");
  m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
  m_message->position->setCoords(0.5, 0.5);
  m_message->setPositionAlignment(Qt::AlignCenter);
  m_message->setTextAlignment(Qt::AlignLeft);
  m_message->setPadding(QMargins(12, 10, 12, 10));
  m_message->setBrush(QColor(255, 255, 255, 235));
  m_message->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.5));
  m_message->setColor(QColor(40, 40, 40));
  m_message->setVisible(false);
  m_message->setClipToAxisRect(true);

  m_lens = new LensLayer(xAxis, yAxis);
  m_lens->setLayer("overlay");
  m_lensCaption = new QCPItemText(this);
  m_lensCaption->setLayer("overlay");
  m_lensCaption->position->setType(QCPItemPosition::ptAxisRectRatio);
  m_lensCaption->position->setCoords(0.01, 0.01);
  m_lensCaption->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_lensCaption->setTextAlignment(Qt::AlignLeft);
  m_lensCaption->setPadding(QMargins(8, 5, 8, 5));
  m_lensCaption->setBrush(QColor(255, 255, 255, 230));
  m_lensCaption->setPen(QPen(QColor(120, 120, 120)));
  m_lensCaption->setVisible(false);

  legend->setVisible(false);
  axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  legend->setBrush(QColor(255, 255, 255, 215));
  legend->setBorderPen(QPen(QColor(150, 150, 150)));

  m_viewTimer.setSingleShot(true);
  m_viewTimer.setInterval(0);
  connect(&m_viewTimer, &QTimer::timeout, this, &DataCanvas::viewChanged);
  connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { m_viewTimer.start(); });
  connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { m_viewTimer.start(); });
  // The axis rect's size is final only after the layout step of a replot.
  connect(this, &QCustomPlot::afterLayout, this, [this] {
    if (keepAspect()) replot(QCustomPlot::rpQueuedReplot);
  });

  applyStyle();
  hideModelLayers();
  xAxis->setRange(-1, 1);
  yAxis->setRange(-1, 1);
}

DataCanvas::~DataCanvas() = default;

bool DataCanvas::regression1d() const {
  return m_data && m_data->task == Task::Regression && m_data->cols() == 1;
}

void DataCanvas::applyStyle() {
  const double scale = m_presentation ? 1.45 : 1.0;
  QFont tickFont = font();
  tickFont.setPointSizeF(10.5 * scale);
  QFont labelFont = font();
  labelFont.setPointSizeF(12.0 * scale);
  QFont legendFont = font();
  legendFont.setPointSizeF(10.5 * scale);
  for (QCPAxis* axis : {xAxis, yAxis}) {
    axis->setTickLabelFont(tickFont);
    axis->setLabelFont(labelFont);
    axis->setBasePen(QPen(QColor(90, 90, 90), 1.0 * scale));
    axis->setTickPen(QPen(QColor(90, 90, 90), 1.0 * scale));
    axis->setSubTickPen(QPen(QColor(120, 120, 120), 0.8 * scale));
    axis->grid()->setPen(QPen(QColor(0, 0, 0, 28), 1.0, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(QColor(0, 0, 0, 60), 1.0));
  }
  legend->setFont(legendFont);
  m_colorScale->axis()->setTickLabelFont(tickFont);
  QFont messageFont = font();
  messageFont.setPointSizeF(12.0 * scale);
  m_message->setFont(messageFont);
  QFont captionFont = font();
  captionFont.setPointSizeF(10.5 * scale);
  m_lensCaption->setFont(captionFont);
  m_lens->scale = scale;
  QPen boundary = m_boundary->pen();
  boundary.setWidthF(2.2 * scale);
  m_boundary->setPen(boundary);
  m_curve->setPen(QPen(regressionCurveColor(), 2.6 * scale));
  rebuildPointGraphs();
}

void DataCanvas::setLens(const std::optional<LensPicture>& lens) {
  if (!lens && !m_lens->picture) return;
  m_lens->picture = lens;
  m_lensCaption->setVisible(lens.has_value() && !lens->caption.isEmpty());
  if (lens) m_lensCaption->setText(lens->caption);
  // Only the overlay layer changes: redraw it alone, not the map and points.
  layer("overlay")->replot();
}

bool DataCanvas::lensVisible() const { return m_lens->picture.has_value(); }
const std::optional<LensPicture>& DataCanvas::lens() const { return m_lens->picture; }

void DataCanvas::setPresentationMode(bool on) {
  m_presentation = on;
  applyStyle();
  replot(QCustomPlot::rpQueuedReplot);
}

QCPGraph* DataCanvas::makePointGraph(const QColor& color, bool hollow, const QString& name) {
  const double scale = m_presentation ? 1.4 : 1.0;
  QCPGraph* g = addGraph();
  g->setLayer("points");
  g->setLineStyle(QCPGraph::lsNone);
  g->setName(name);
  if (hollow) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 2.2 * scale), QBrush(Qt::white), 8.5 * scale));
  else g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(25, 25, 25), 1.0 * scale), QBrush(color), 9.0 * scale));
  return g;
}

void DataCanvas::rebuildPointGraphs() {
  for (QCPGraph* g : m_pointGraphs) removeGraph(g);
  m_pointGraphs.clear();
  if (m_testLegendGraph) removeGraph(m_testLegendGraph);
  m_testLegendGraph = nullptr;
  legend->setVisible(false);
  if (!m_data) return;

  const Dataset& d = *m_data;
  const bool classification = d.task == Task::Classification && d.cols() == 2;
  const int groups = classification ? std::max(1, d.numClasses()) : 1;
  bool anyTest = false;
  std::vector<QVector<double>> xs(static_cast<std::size_t>(2 * groups)), ys(xs.size());
  for (Eigen::Index i = 0; i < d.rows(); ++i) {
    const QPointF p = rowPosition(static_cast<int>(i));
    const bool test = static_cast<std::size_t>(i) < m_isTest.size() && m_isTest[static_cast<std::size_t>(i)];
    anyTest = anyTest || test;
    const int group = classification ? std::clamp(d.label(i), 0, groups - 1) : 0;
    const auto slot = static_cast<std::size_t>(2 * group + (test ? 1 : 0));
    xs[slot].append(p.x());
    ys[slot].append(p.y());
  }
  for (int g = 0; g < groups; ++g) {
    QColor color = classification ? classColor(g) : (d.cols() == 1 ? regressionPointColor() : QColor(40, 40, 40));
    QString name = tr("training data");
    if (classification) {
      // A bare number says little in a legend; a name speaks for itself.
      const QString label = g < d.numClasses() ? QString::fromStdString(d.classes[static_cast<std::size_t>(g)]) : QString::number(g);
      bool numeric = false;
      label.toDouble(&numeric);
      name = numeric ? tr("class %1").arg(label) : label;
    }
    QCPGraph* train = makePointGraph(color, false, name);
    train->setData(xs[static_cast<std::size_t>(2 * g)], ys[static_cast<std::size_t>(2 * g)]);
    QCPGraph* test = makePointGraph(classification ? ringColor(g) : color, true, tr("test data"));
    test->setData(xs[static_cast<std::size_t>(2 * g + 1)], ys[static_cast<std::size_t>(2 * g + 1)]);
    if (classification || xs[static_cast<std::size_t>(2 * g + 1)].isEmpty()) test->removeFromLegend();
    m_pointGraphs.push_back(train);
    m_pointGraphs.push_back(test);
  }
  if (classification && anyTest) {
    m_testLegendGraph = makePointGraph(QColor(60, 60, 60), true, tr("test points"));
  }
  legend->setVisible(classification || regression1d());
  // Legend order follows creation order; the band and curve entries appear
  // only when the frame shows them.
}

void DataCanvas::updateLabels() {
  if (!m_data) return;
  const auto& names = m_data->featureNames;
  xAxis->setLabel(names.empty() ? QString("x") : QString::fromStdString(names[0]));
  if (m_data->cols() >= 2) yAxis->setLabel(QString::fromStdString(names[1]));
  else yAxis->setLabel(QString::fromStdString(m_data->targetName));
}

void DataCanvas::setPoints(std::shared_ptr<const Dataset> data, std::vector<bool> isTest) {
  const bool shapeChanged = !m_data || !data || m_data->task != data->task || m_data->cols() != data->cols();
  m_data = std::move(data);
  m_isTest = std::move(isTest);
  rebuildPointGraphs();
  updateLabels();
  if (shapeChanged) clearFrame();
  replot(QCustomPlot::rpQueuedReplot);
}

void DataCanvas::refreshColours() {
  m_mapClasses = -1;  // the map's gradient is rebuilt from the class colours
  rebuildPointGraphs();
  if (FitFramePtr frame = m_frame) setFrame(frame);
  replot(QCustomPlot::rpQueuedReplot);
}

QPointF DataCanvas::rowPosition(int row) const {
  const Dataset& d = *m_data;
  const auto i = static_cast<Eigen::Index>(row);
  if (d.cols() >= 2) return {d.X(i, 0), d.X(i, 1)};
  return {d.X(i, 0), d.hasTarget && d.y.size() > i ? d.y(i) : 0.0};
}

void DataCanvas::hideModelLayers() {
  m_map->setVisible(false);
  m_boundary->setVisible(false);
  m_bands->hide();
  for (QCPGraph* g : {m_curve, m_bands->predictionBand(), m_bands->meanBand()}) {
    g->setVisible(false);
    g->removeFromLegend();
  }
  m_map->setColorScale(nullptr);
  if (m_colorScaleShown) {
    plotLayout()->take(m_colorScale);
    plotLayout()->simplify();
    m_colorScaleShown = false;
  }
  m_colorScale->setVisible(false);
}

void DataCanvas::clearFrame() {
  m_frame.reset();
  hideModelLayers();
  m_message->setVisible(false);
  axisRect()->setBackground(Qt::white);
  replot(QCustomPlot::rpQueuedReplot);
}

void DataCanvas::setFrame(FitFramePtr frame) {
  if (!frame) return clearFrame();
  m_frame = std::move(frame);
  const FitFrame& f = *m_frame;
  if (!f.error.empty()) {
    showError(f);
  } else {
    m_message->setVisible(false);
    axisRect()->setBackground(Qt::white);
    if (f.features == 2 && f.task == Task::Classification) showClassification(f);
    else if (f.features == 2) showRegression2d(f);
    else if (f.features == 1 && f.task == Task::Regression) showRegression1d(f);
    else hideModelLayers();
  }
  replot(QCustomPlot::rpQueuedReplot);
}

void DataCanvas::showClassification(const FitFrame& f) {
  hideModelLayers();
  const int classes = std::max(1, f.numClasses);
  if (m_mapClasses != classes) {
    m_map->setGradient(classGradient(classes));
    m_mapClasses = classes;
  }
  QCPColorMapData* data = m_map->data();
  data->setSize(f.grid.nx, f.grid.ny);
  data->setRange(QCPRange(f.grid.x0, f.grid.x1), QCPRange(f.grid.y0, f.grid.y1));
  for (int j = 0; j < f.grid.ny; ++j)
    for (int i = 0; i < f.grid.nx; ++i) {
      const std::size_t cell = static_cast<std::size_t>(j) * f.grid.nx + i;
      const int k = std::clamp(f.labels[cell], 0, classes - 1);
      data->setCell(i, j, k + kConfidenceSpan * static_cast<double>(f.confidence[cell]));
    }
  m_map->setDataRange(QCPRange(0.0, classes));
  m_map->setVisible(true);
  QPen pen = m_boundary->pen();
  pen.setColor(QColor(40, 40, 40));
  m_boundary->setPen(pen);
  m_boundary->setLines(f.boundary);
  m_boundary->setVisible(true);
}

void DataCanvas::showRegression2d(const FitFrame& f) {
  hideModelLayers();
  if (m_mapClasses != -2) {
    m_map->setGradient(valueGradient());
    m_mapClasses = -2;
  }
  QCPColorMapData* data = m_map->data();
  data->setSize(f.grid.nx, f.grid.ny);
  data->setRange(QCPRange(f.grid.x0, f.grid.x1), QCPRange(f.grid.y0, f.grid.y1));
  for (int j = 0; j < f.grid.ny; ++j)
    for (int i = 0; i < f.grid.nx; ++i) data->setCell(i, j, f.values[static_cast<std::size_t>(j) * f.grid.nx + i]);
  // The colour scale spans the observed targets so colours compare with the points.
  QCPRange range;
  if (m_data && m_data->y.size() > 0) range = QCPRange(m_data->y.minCoeff(), m_data->y.maxCoeff());
  else m_map->rescaleDataRange(true);
  if (range.size() <= 0) range = QCPRange(range.lower - 1, range.upper + 1);
  m_map->setColorScale(m_colorScale);
  plotLayout()->addElement(0, 1, m_colorScale);
  m_colorScaleShown = true;
  m_colorScale->setVisible(true);
  m_colorScale->axis()->setLabel(m_data ? QString::fromStdString(m_data->targetName) : QString());
  m_map->setDataRange(range);
  m_map->setVisible(true);
}

void DataCanvas::showRegression1d(const FitFrame& f) {
  hideModelLayers();
  auto toQ = [](const std::vector<double>& v) { return QVector<double>(v.begin(), v.end()); };
  const QVector<double> x = toQ(f.curveX);
  m_curve->setData(x, toQ(f.curveY), true);
  m_curve->setVisible(true);
  m_curve->addToLegend();
  if (m_bands->show(f)) {
    m_bands->predictionBand()->addToLegend();
    m_bands->meanBand()->addToLegend();
  }
}

void DataCanvas::showError(const FitFrame& f) {
  // Grey what was shown rather than blanking it, so the picture does not jump
  // while the user drags through an invalid value.
  if (m_map->visible() && m_mapClasses != -3) {
    m_map->setGradient(failedGradient());
    m_mapClasses = -3;
  }
  QPen pen = m_boundary->pen();
  pen.setColor(QColor(150, 150, 150));
  m_boundary->setPen(pen);
  m_curve->setVisible(false);
  m_bands->hide();
  axisRect()->setBackground(QColor(232, 232, 232));
  const int width = std::max(200, static_cast<int>(axisRect()->width() * 0.7));
  m_message->setText(wrapText(QString::fromStdString(f.error), m_message->font(), width));
  m_message->setVisible(true);
}

GridSpec DataCanvas::viewGrid(int cells) const {
  GridSpec g;
  g.x0 = xAxis->range().lower;
  g.x1 = xAxis->range().upper;
  g.y0 = yAxis->range().lower;
  g.y1 = yAxis->range().upper;
  g.nx = cells;
  g.ny = cells;
  return g;
}

void DataCanvas::resetView() {
  double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
  if (m_data && m_data->rows() > 0) {
    x0 = y0 = std::numeric_limits<double>::infinity();
    x1 = y1 = -x0;
    for (int i = 0; i < static_cast<int>(m_data->rows()); ++i) {
      const QPointF p = rowPosition(i);
      x0 = std::min(x0, p.x());
      x1 = std::max(x1, p.x());
      y0 = std::min(y0, p.y());
      y1 = std::max(y1, p.y());
    }
  }
  // Margins: 8% at the sides and bottom, 20% at the top, where the legend sits.
  auto pad = [](double& lo, double& hi, double below, double above) {
    double span = hi - lo;
    if (!(span > 1e-12)) span = std::max(1.0, std::abs(lo));
    lo -= below * span;
    hi += above * span;
  };
  pad(x0, x1, 0.08, 0.08);
  pad(y0, y1, 0.08, 0.20);
  yAxis->setRange(y0, y1);
  xAxis->setRange(x0, x1);
  keepAspect();
  replot(QCustomPlot::rpQueuedReplot);
}

void DataCanvas::setEqualAspect(bool on) {
  m_equalAspect = on;
  if (on) keepAspect();
  else resetView();
  replot(QCustomPlot::rpQueuedReplot);
}

bool DataCanvas::keepAspect() {
  const double w = axisRect()->width(), h = axisRect()->height();
  if (!m_equalAspect || w <= 0 || h <= 0) return false;
  // One unit per the same number of pixels on both axes, widening whichever
  // axis needs it, so nothing that was in view leaves it.
  const QCPRange x = xAxis->range(), y = yAxis->range();
  const double upp = std::max(x.size() / w, y.size() / h);
  const QCPRange nx(x.center() - upp * w / 2, x.center() + upp * w / 2);
  const QCPRange ny(y.center() - upp * h / 2, y.center() + upp * h / 2);
  auto same = [](const QCPRange& a, const QCPRange& b) {
    return std::abs(a.lower - b.lower) <= 1e-9 * a.size() && std::abs(a.upper - b.upper) <= 1e-9 * a.size();
  };
  if (same(x, nx) && same(y, ny)) return false;
  xAxis->setRange(nx);
  yAxis->setRange(ny);
  return true;
}

QPointF DataCanvas::dataToPixel(QPointF data) const {
  return {xAxis->coordToPixel(data.x()), yAxis->coordToPixel(data.y())};
}

QPointF DataCanvas::pixelToData(QPointF pixel) const {
  return {xAxis->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y())};
}

int DataCanvas::pointNear(QPointF pixel, double radius) const {
  if (!m_data) return -1;
  int best = -1;
  double bestDistance = radius * radius;
  for (int i = 0; i < static_cast<int>(m_data->rows()); ++i) {
    const QPointF d = dataToPixel(rowPosition(i)) - pixel;
    const double dist = QPointF::dotProduct(d, d);
    if (dist <= bestDistance) {
      bestDistance = dist;
      best = i;
    }
  }
  return best;
}

void DataCanvas::mousePressEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  const bool inRect = axisRect()->rect().contains(pos.toPoint());
  if (event->button() == Qt::LeftButton && inRect && (event->modifiers() & Qt::ControlModifier)) {
    emit probeRequested(pixelToData(pos));
    event->accept();
    return;
  }
  if (event->button() == Qt::LeftButton && inRect && m_data) {
    if (event->modifiers() & Qt::ShiftModifier) {
      m_gesture = Gesture::Spray;
      emit sprayRequested(pixelToData(pos), true);
      event->accept();
      return;
    }
    const int row = pointNear(pos, m_presentation ? 12.0 : 8.0);
    if (row >= 0) {
      m_gesture = Gesture::DragPoint;
      m_dragRow = row;
      m_dragFrom = rowPosition(row);
      emit dragStarted(row);
      event->accept();
      return;
    }
    m_gesture = Gesture::Pan;
    m_pressPixel = pos.toPoint();
  }
  if (event->button() == Qt::RightButton && inRect) {
    const int row = pointNear(pos, 25.0);
    if (row >= 0) emit eraseRequested(row);
    event->accept();
    return;
  }
  QCustomPlot::mousePressEvent(event);
}

void DataCanvas::mouseMoveEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  switch (m_gesture) {
    case Gesture::DragPoint:
      emit dragMoved(m_dragRow, pixelToData(pos));
      return;
    case Gesture::Spray:
      emit sprayRequested(pixelToData(pos), false);
      return;
    default:
      break;
  }
  if (event->buttons() == Qt::NoButton) emit hovered(pixelToData(pos), axisRect()->rect().contains(pos.toPoint()));
  QCustomPlot::mouseMoveEvent(event);
}

void DataCanvas::mouseReleaseEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  const Gesture gesture = m_gesture;
  if (event->button() == Qt::LeftButton) m_gesture = Gesture::None;
  if (event->button() == Qt::LeftButton && gesture == Gesture::DragPoint) {
    const QPointF to = pixelToData(pos);
    if (to != m_dragFrom) emit dragFinished(m_dragRow, m_dragFrom, to);
    m_dragRow = -1;
    return;
  }
  if (event->button() == Qt::LeftButton && gesture == Gesture::Spray) {
    emit sprayFinished();
    return;
  }
  if (event->button() == Qt::LeftButton && gesture == Gesture::Pan &&
      (pos.toPoint() - m_pressPixel).manhattanLength() <= 3 && axisRect()->rect().contains(pos.toPoint()))
    emit addRequested(pixelToData(pos));
  QCustomPlot::mouseReleaseEvent(event);
}

void DataCanvas::resizeEvent(QResizeEvent* event) {
  QCustomPlot::resizeEvent(event);
  m_viewTimer.start();
}

void DataCanvas::leaveEvent(QEvent* event) {
  emit hovered(QPointF(), false);
  QCustomPlot::leaveEvent(event);
}

}  // namespace supex
