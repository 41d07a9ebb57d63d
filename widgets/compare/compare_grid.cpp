#include "widgets/compare/compare_grid.h"

#include <algorithm>
#include <cmath>

#include "widgets/boundary_layer.h"
#include "widgets/compare/compare_worker.h"
#include "widgets/okabe_ito.h"
#include "widgets/regression_bands.h"
#include "widgets/text_wrap.h"

namespace supex {

// The decision regions of one tile as an image over the grid's rectangle. A
// layerable so it is drawn inside its own axis rect (a QCPColorMap would do,
// but one per tile with the class gradient of the canvas is heavier than an
// image made once per frame).
class RegionImageLayer : public QCPLayerable {
 public:
  RegionImageLayer(QCPAxis* x, QCPAxis* y) : QCPLayerable(x->parentPlot()), m_x(x), m_y(y) {}
  void setImage(QImage image, QRectF dataRect) {
    m_image = std::move(image);
    m_rect = dataRect;
  }
  void clear() { m_image = QImage(); }

 protected:
  void applyDefaultAntialiasingHint(QCPPainter*) const override {}
  QRect clipRect() const override { return m_x ? m_x->axisRect()->rect() : QRect(); }
  void draw(QCPPainter* painter) override {
    if (m_image.isNull() || !m_x || !m_y) return;
    const QPointF a(m_x->coordToPixel(m_rect.left()), m_y->coordToPixel(m_rect.bottom()));
    const QPointF b(m_x->coordToPixel(m_rect.right()), m_y->coordToPixel(m_rect.top()));
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->drawImage(QRectF(a, b).normalized(), m_image);
  }

 private:
  QPointer<QCPAxis> m_x, m_y;
  QImage m_image;
  QRectF m_rect;  // data coordinates: left = x min, top = y min
};

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
  return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                          static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                          static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

// One image pixel per grid cell, row 0 at the top (y1). The image spans half
// a cell beyond the outer centres, as cell centres lie on x0..x1.
QRectF imageRect(const GridSpec& g) {
  const double dx = g.nx > 1 ? (g.x1 - g.x0) / (g.nx - 1) : 1.0;
  const double dy = g.ny > 1 ? (g.y1 - g.y0) / (g.ny - 1) : 1.0;
  return QRectF(QPointF(g.x0 - dx / 2, g.y0 - dy / 2), QPointF(g.x1 + dx / 2, g.y1 + dy / 2));
}

QImage classImage(const FitFrame& f) {
  QImage image(f.grid.nx, f.grid.ny, QImage::Format_RGB32);
  const int classes = std::max(1, f.numClasses);
  for (int j = 0; j < f.grid.ny; ++j) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(f.grid.ny - 1 - j));
    for (int i = 0; i < f.grid.nx; ++i) {
      const std::size_t cell = static_cast<std::size_t>(j) * f.grid.nx + i;
      const int k = std::clamp(f.labels[cell], 0, classes - 1);
      line[i] = classTint(k, tintStrength(f.confidence[cell])).rgb();
    }
  }
  return image;
}

// Two-feature regression: blue (low) through white to vermillion (high)
// over the range of the targets, as on the canvas.
QImage valueImage(const FitFrame& f, double lo, double hi) {
  QImage image(f.grid.nx, f.grid.ny, QImage::Format_RGB32);
  const QColor low = classTint(4, 0.55), mid(250, 250, 250), high = classTint(5, 0.55);
  const double span = hi > lo ? hi - lo : 1.0;
  for (int j = 0; j < f.grid.ny; ++j) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(f.grid.ny - 1 - j));
    for (int i = 0; i < f.grid.nx; ++i) {
      const double t = std::clamp((f.values[static_cast<std::size_t>(j) * f.grid.nx + i] - lo) / span, 0.0, 1.0);
      line[i] = (t < 0.5 ? mix(low, mid, 2 * t) : mix(mid, high, 2 * t - 1)).rgb();
    }
  }
  return image;
}

// Points shrink with the tile, so twenty small tiles do not drown in dots.
// `scale` > 1 in presentation mode, as on the main canvas.
double markerSize(const QCPAxisRect* rect, double scale) {
  return scale * std::clamp(std::min(rect->width(), rect->height()) / 50.0, 4.0, 7.0);
}

QFont sized(const QFont& base, double points, bool bold = false) {
  QFont f = base;
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

}  // namespace

struct CompareGrid::Tile {
  QCPAxisRect* rect = nullptr;
  QCPTextElement* title = nullptr;
  RegionImageLayer* regions = nullptr;
  BoundaryLayer* boundary = nullptr;
  std::unique_ptr<RegressionBands> bands;  // OLS bands, under the curve
  QCPGraph* curve = nullptr;
  std::vector<QCPGraph*> points;
  QCPItemText* score = nullptr;
  QCPItemText* message = nullptr;
  QString titleFull;  // before wrapping
  FitFramePtr frame;
};

CompareGrid::CompareGrid(QWidget* parent) : QCustomPlot(parent), m_worker(new CompareWorker(this)) {
  setMinimumSize(400, 300);
  setBackground(Qt::white);
  addLayer("regions", layer("grid"), QCustomPlot::limBelow);
  addLayer("points", layer("main"), QCustomPlot::limAbove);
  plotLayout()->clear();
  connect(m_worker, &CompareWorker::tileReady, this, &CompareGrid::showFrame);
  // Titles, scores and messages are fitted to the tile width, known only
  // once the layout has run.
  connect(this, &QCustomPlot::afterLayout, this, &CompareGrid::fitTexts);
}

CompareGrid::~CompareGrid() {
  // The worker's jobs post to it; stop them before the tiles go.
  delete m_worker;
  m_worker = nullptr;
}

int CompareGrid::tileCount() const { return static_cast<int>(m_tiles.size()); }

FitFramePtr CompareGrid::tileFrame(int index) const { return m_tiles.at(static_cast<std::size_t>(index)).frame; }
QString CompareGrid::scoreText(int index) const { return m_tiles.at(static_cast<std::size_t>(index)).score->text(); }
QString CompareGrid::titleText(int index) const { return m_tiles.at(static_cast<std::size_t>(index)).titleFull; }
int CompareGrid::shownCount() const { return m_shown; }
QRect CompareGrid::tileRect(int index) const { return m_tiles.at(static_cast<std::size_t>(index)).rect->rect(); }
QPointF CompareGrid::dataToPixel(int index, QPointF data) const {
  const QCPAxisRect* r = m_tiles.at(static_cast<std::size_t>(index)).rect;
  return {r->axis(QCPAxis::atBottom)->coordToPixel(data.x()), r->axis(QCPAxis::atLeft)->coordToPixel(data.y())};
}
bool CompareGrid::complete() const { return !m_tiles.empty() && m_shown == tileCount(); }

void CompareGrid::fitTexts() {
  bool changed = false;
  auto update = [&changed](auto* item, const QString& text) {
    if (item->text() == text) return;
    item->setText(text);
    changed = true;
  };
  for (Tile& t : m_tiles) {
    const double marker = markerSize(t.rect, m_scale);
    for (QCPGraph* graph : t.points) {
      QCPScatterStyle style = graph->scatterStyle();
      if (std::abs(style.size() - marker) < 0.25) continue;
      style.setSize(marker);
      graph->setScatterStyle(style);
      changed = true;
    }
    if (t.title) {
      // A long name wraps rather than widening its column: the tiles keep one size.
      QStringList lines;
      for (const QString& line : t.titleFull.split('\n'))
        lines << wrapText(line, t.title->font(), std::max(60, t.rect->outerRect().width() - 6));
      update(t.title, lines.join('\n'));
    }
    if (t.frame && !t.frame->error.empty()) {
      update(t.message, wrapText(QString::fromStdString(t.frame->error), t.message->font(), std::max(80, t.rect->width() - 24)));
    } else if (t.frame) {
      // Narrow tiles get the short form ("test 0.93").
      QString text = scoreLine(*t.frame);
      if (QFontMetrics(t.score->font()).horizontalAdvance(text) + 16 > t.rect->width()) text = scoreLine(*t.frame, true);
      update(t.score, text);
    }
  }
  if (changed) replot(rpQueuedReplot);
}

QString CompareGrid::scoreLine(const FitFrame& f, bool shortForm) {
  const bool test = f.test.n > 0;
  const Scores& s = test ? f.test : f.train;
  const QString part = test ? tr("test") : tr("train");
  const std::optional<double> value = f.task == Task::Classification ? s.accuracy : s.r2;
  if (shortForm && value) return QStringLiteral("%1 %2").arg(part, QString::number(*value, 'f', 2));
  if (f.task == Task::Classification && s.accuracy) return tr("%1 accuracy %2").arg(part, QString::number(*s.accuracy, 'f', 2));
  if (f.task == Task::Regression && s.r2) return tr("%1 R² %2").arg(part, QString::number(*s.r2, 'f', 2));
  return tr("%1: no score").arg(part);
}

int CompareGrid::columns() const {
  if (dataCount() > 1) return modelCount();
  const int n = modelCount();
  if (n <= 3) return std::max(1, n);
  if (n == 4) return 2;
  if (n <= 9) return 3;
  return 4;
}

bool CompareGrid::sameShape(const std::vector<CompareData>& data, const std::vector<CompareModel>& models) const {
  if (data.size() != m_data.size() || models.size() != m_models.size()) return false;
  for (std::size_t i = 0; i < data.size(); ++i)
    if (data[i].name != m_data[i].name || !data[i].all || !m_data[i].all || data[i].all->task != m_data[i].all->task ||
        data[i].all->cols() != m_data[i].all->cols() || data[i].all->numClasses() != m_data[i].all->numClasses())
      return false;
  for (std::size_t i = 0; i < models.size(); ++i)
    if (models[i].model != m_models[i].model) return false;
  return true;
}

void CompareGrid::setContent(std::vector<CompareData> data, std::vector<CompareModel> models) {
  const bool same = sameShape(data, models);
  m_worker->cancel();
  m_data = std::move(data);
  m_models = std::move(models);
  m_grids.clear();
  for (const CompareData& d : m_data) m_grids.push_back(compareGrid(*d.all, m_cells));
  if (!same) buildLayout();
  m_shown = 0;
  for (int i = 0; i < tileCount(); ++i) showStatic(i, same);
  submit();
  replot(rpQueuedReplot);
}

void CompareGrid::setPresentationMode(bool on) {
  const double scale = on ? kPresentationScale : 1.0;
  if (scale == m_scale) return;
  m_scale = scale;
  if (m_tiles.empty()) return;
  // Restyle by rebuilding the tiles and showing the frames already computed
  // again: nothing is refitted.
  std::vector<FitFramePtr> frames;
  for (const Tile& t : m_tiles) frames.push_back(t.frame);
  buildLayout();
  m_shown = 0;
  for (int i = 0; i < tileCount(); ++i) {
    showStatic(i, false);
    if (frames[static_cast<std::size_t>(i)]) showFrame(i, frames[static_cast<std::size_t>(i)]);
  }
  replot(rpQueuedReplot);
}

void CompareGrid::buildLayout() {
  for (Tile& t : m_tiles) {
    delete t.regions;
    delete t.boundary;
  }
  m_tiles.clear();
  clearItems();
  clearPlottables();
  plotLayout()->clear();
  for (QCPMarginGroup* group : m_groups) delete group;
  m_groups.clear();
  if (m_models.empty() || m_data.empty()) return;

  const int cols = columns();
  const bool multiData = dataCount() > 1;
  auto* layout = plotLayout();
  layout->setColumnSpacing(14);
  layout->setRowSpacing(multiData ? 10 : 2);
  layout->setMargins(QMargins(6, 4, 6, 6));
  for (int c = 0; c < cols; ++c) m_groups.push_back(new QCPMarginGroup(this));
  const QFont base = font();
  m_tiles.resize(static_cast<std::size_t>(dataCount() * modelCount()));
  for (int d = 0; d < dataCount(); ++d) {
    for (int m = 0; m < modelCount(); ++m) {
      const int index = tileIndex(d, m);
      Tile& t = m_tiles[static_cast<std::size_t>(index)];
      const int row = multiData ? d : m / cols;
      const int col = multiData ? m : m % cols;
      // Titles: above every tile, or with several data sets above the first row only.
      const bool titled = !multiData || d == 0;
      const int titleRow = multiData ? 0 : 2 * row;
      const int rectRow = multiData ? 1 + d : 2 * row + 1;
      if (titled) {
        t.title = new QCPTextElement(this, QString(), sized(base, 10.5 * m_scale, true));
        t.title->setTextColor(QColor(30, 30, 30));
        t.title->setMargins(QMargins(2, 6, 2, 3));
        t.title->setMinimumSize(1, 0);  // the text's width must not decide the column's
        layout->addElement(titleRow, col, t.title);
      }
      t.rect = new QCPAxisRect(this, true);
      t.rect->setupFullAxesBox(true);
      for (QCPAxis* axis : t.rect->axes()) {
        axis->setTicks(false);
        axis->setTickLabels(false);
        axis->grid()->setVisible(false);
        axis->setBasePen(QPen(QColor(120, 120, 120), 1.0));
        axis->setPadding(0);
      }
      t.rect->setMinimumMargins(QMargins(0, 0, 0, 0));
      t.rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_groups[static_cast<std::size_t>(col)]);
      if (multiData && col == 0) {
        QCPAxis* left = t.rect->axis(QCPAxis::atLeft);
        left->setLabel(m_data[static_cast<std::size_t>(d)].name);
        left->setLabelFont(sized(base, 10.5 * m_scale, true));
        left->setLabelPadding(4);
      }
      layout->addElement(rectRow, col, t.rect);

      QCPAxis* x = t.rect->axis(QCPAxis::atBottom);
      QCPAxis* y = t.rect->axis(QCPAxis::atLeft);
      t.regions = new RegionImageLayer(x, y);
      t.regions->setLayer("regions");
      t.boundary = new BoundaryLayer(x, y);
      t.boundary->setLayer("main");
      QPen pen = t.boundary->pen();
      pen.setWidthF(1.6 * m_scale);
      t.boundary->setPen(pen);
      t.bands = std::make_unique<RegressionBands>(this, x, y);
      t.curve = addGraph(x, y);
      t.curve->setPen(QPen(regressionCurveColor(), 2.2 * m_scale));
      t.curve->setLayer("main");

      t.score = new QCPItemText(this);
      t.score->setLayer("overlay");
      t.score->setClipAxisRect(t.rect);
      t.score->setClipToAxisRect(true);
      t.score->position->setType(QCPItemPosition::ptAxisRectRatio);
      t.score->position->setAxisRect(t.rect);
      t.score->position->setCoords(0.985, 0.975);
      t.score->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
      t.score->setFont(sized(base, 10.5 * m_scale, true));
      t.score->setPadding(QMargins(5, 2, 5, 2));
      t.score->setBrush(QColor(255, 255, 255, 225));
      t.score->setPen(QPen(QColor(160, 160, 160)));

      t.message = new QCPItemText(this);
      t.message->setLayer("overlay");
      t.message->setClipAxisRect(t.rect);
      t.message->setClipToAxisRect(true);
      t.message->position->setType(QCPItemPosition::ptAxisRectRatio);
      t.message->position->setAxisRect(t.rect);
      t.message->position->setCoords(0.5, 0.5);
      t.message->setPositionAlignment(Qt::AlignCenter);
      t.message->setTextAlignment(Qt::AlignCenter);
      t.message->setFont(sized(base, 9.5 * m_scale));
      t.message->setPadding(QMargins(6, 4, 6, 4));
      t.message->setBrush(QColor(255, 255, 255, 235));
    }
  }
  // Rows of tiles share the height; title rows take only what their text needs.
  for (int r = 0; r < layout->rowCount(); ++r) {
    bool titleRow = true;
    for (int c = 0; c < layout->columnCount(); ++c)
      if (layout->hasElement(r, c) && qobject_cast<QCPAxisRect*>(layout->element(r, c))) titleRow = false;
    layout->setRowStretchFactor(r, titleRow ? 0.001 : 1.0);
  }
}

void CompareGrid::showStatic(int index, bool keepPicture) {
  Tile& t = m_tiles[static_cast<std::size_t>(index)];
  const int d = index / modelCount(), m = index % modelCount();
  const CompareData& data = m_data[static_cast<std::size_t>(d)];
  const CompareModel& model = m_models[static_cast<std::size_t>(m)];
  const Dataset& all = *data.all;
  const GridSpec& g = m_grids[static_cast<std::size_t>(d)];
  // While a slider moves, the old picture stays until the new one arrives
  // (greyed score), rather than blinking white at every step.
  const bool hadPicture = t.frame && t.frame->error.empty();
  t.frame.reset();
  if (!keepPicture || !hadPicture) {
    t.regions->clear();
    t.boundary->setVisible(false);
    t.curve->setVisible(false);
    t.bands->hide();
  }

  if (t.title) {
    QString title = QString::fromStdString(model.model->name);
    const QString summary = paramSummary(*model.model, model.params, all.task);
    if (!summary.isEmpty()) title += '\n' + summary;
    t.titleFull = title;
    t.title->setText(title);
  }
  t.rect->axis(QCPAxis::atBottom)->setRange(g.x0, g.x1);
  t.rect->axis(QCPAxis::atLeft)->setRange(g.y0, g.y1);

  // Points: filled training rows, hollow test rows, by class.
  QCPAxis* x = t.rect->axis(QCPAxis::atBottom);
  QCPAxis* y = t.rect->axis(QCPAxis::atLeft);
  for (QCPGraph* graph : t.points) removePlottable(graph);
  t.points.clear();
  const bool classes = all.task == Task::Classification;
  const int groups = classes ? std::max(1, all.numClasses()) : 1;
  std::vector<QVector<double>> xs(static_cast<std::size_t>(2 * groups)), ys(xs.size());
  for (Eigen::Index i = 0; i < all.rows(); ++i) {
    const bool test = static_cast<std::size_t>(i) < data.isTest.size() && data.isTest[static_cast<std::size_t>(i)];
    const int group = classes ? std::clamp(all.label(i), 0, groups - 1) : 0;
    const auto slot = static_cast<std::size_t>(2 * group + (test ? 1 : 0));
    xs[slot].append(all.X(i, 0));
    ys[slot].append(all.cols() >= 2 ? all.X(i, 1) : all.y(i));
  }
  for (int k = 0; k < groups; ++k) {
    const QColor color = classes ? classColor(k) : (all.cols() == 1 ? regressionPointColor() : QColor(40, 40, 40));
    const QColor ring = classes && k % kPaletteSize == 3 ? color.darker(125) : color;
    for (int test = 0; test < 2; ++test) {
      QCPGraph* graph = addGraph(x, y);
      graph->setLayer("points");
      graph->setLineStyle(QCPGraph::lsNone);
      graph->setScatterStyle(test ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ring, 1.8 * m_scale), QBrush(Qt::white), markerSize(t.rect, m_scale))
                                  : QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(25, 25, 25), 0.8 * m_scale), QBrush(color), markerSize(t.rect, m_scale)));
      const auto slot = static_cast<std::size_t>(2 * k + test);
      graph->setData(xs[slot], ys[slot], true);
      t.points.push_back(graph);
    }
  }
  if (!keepPicture || !hadPicture) t.score->setText(tr("computing…"));
  t.score->setColor(QColor(150, 150, 150));
  t.message->setVisible(false);
}

void CompareGrid::submit() {
  std::vector<FitRequest> requests;
  for (int i = 0; i < tileCount(); ++i) {
    const CompareData& data = m_data[static_cast<std::size_t>(i / modelCount())];
    const CompareModel& model = m_models[static_cast<std::size_t>(i % modelCount())];
    FitRequest r;
    r.train = data.train;
    r.test = data.test;
    r.model = model.model;
    r.params = model.params;
    r.grid = m_grids[static_cast<std::size_t>(i / modelCount())];
    requests.push_back(std::move(r));
  }
  m_worker->submit(std::move(requests));
}

void CompareGrid::showFrame(int index, FitFramePtr frame) {
  if (index < 0 || index >= tileCount() || !frame) return;
  Tile& t = m_tiles[static_cast<std::size_t>(index)];
  const bool first = !t.frame;
  t.frame = frame;
  const FitFrame& f = *frame;
  if (!f.error.empty()) {
    t.regions->clear();
    t.boundary->setVisible(false);
    t.curve->setVisible(false);
    t.bands->hide();
    t.message->setText(wrapText(QString::fromStdString(f.error), t.message->font(), std::max(80, t.rect->width() - 24)));
    t.message->setColor(QColor(0x99, 0x3D, 0x00));
    t.message->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.2));
    t.message->setVisible(true);
    t.score->setText(tr("no fit"));
    t.score->setColor(QColor(0x99, 0x3D, 0x00));
  } else {
    t.message->setVisible(false);
    if (f.features == 2 && f.task == Task::Classification && !f.labels.empty()) {
      t.regions->setImage(classImage(f), imageRect(f.grid));
      t.boundary->setLines(f.boundary);
      t.boundary->setVisible(true);
    } else if (f.features == 2 && !f.values.empty()) {
      const Dataset& all = *m_data[static_cast<std::size_t>(index / modelCount())].all;
      t.regions->setImage(valueImage(f, all.y.minCoeff(), all.y.maxCoeff()), imageRect(f.grid));
    } else if (f.features == 1) {
      t.curve->setData(QVector<double>(f.curveX.begin(), f.curveX.end()), QVector<double>(f.curveY.begin(), f.curveY.end()), true);
      t.curve->setVisible(true);
      t.bands->show(f);
    }
    t.score->setText(scoreLine(f));
    t.score->setColor(QColor(20, 20, 20));
  }
  if (first) ++m_shown;
  replot(rpQueuedReplot);
  emit tileShown(index);
  if (first && m_shown == tileCount()) emit completed();
}

}  // namespace supex
