#include "widgets/plot_export.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace supex {
namespace {

QString cannotWrite(const QString& path) { return QObject::tr("%1: cannot write the file.").arg(path); }

}  // namespace

QString exportPng(QCustomPlot* plot, const QString& path, int width, int height, double scale) {
  if (!plot->savePng(path, width, height, scale)) return cannotWrite(path);
  return {};
}

QString exportPdf(QCustomPlot* plot, const QString& path, int width, int height) {
  // Cosmetic pens would be one device pixel wide at any zoom in a PDF viewer;
  // epNoCosmetic gives them a real width.
  if (!plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Supervised Explorer"))) return cannotWrite(path);
  return {};
}

namespace {

// Qt 6.4's QSvgGenerator writes no clip paths, so whatever QCustomPlot leaves
// to the painter's clip (a fitted curve or band running past the top of the
// axis rect) spills over the axes in an SVG. While the SVG is written, each
// line graph gets data clipped to its visible value range, and the original
// data is put back afterwards.
class SvgClipGuard {
 public:
  explicit SvgClipGuard(QCustomPlot* plot) {
    for (int i = 0; i < plot->graphCount(); ++i) {
      QCPGraph* g = plot->graph(i);
      if (!g->realVisibility() || g->lineStyle() == QCPGraph::lsNone || g->dataCount() < 2) continue;
      m_saved.emplace_back(g, g->data());
      g->setData(clipped(*g->data(), g->valueAxis()->range(), isFilled(plot, g)));
    }
  }
  ~SvgClipGuard() {
    for (auto& [graph, data] : m_saved) graph->setData(data);
  }
  SvgClipGuard(const SvgClipGuard&) = delete;
  SvgClipGuard& operator=(const SvgClipGuard&) = delete;

 private:
  static bool isFilled(QCustomPlot* plot, QCPGraph* g) {
    if (g->brush().style() != Qt::NoBrush) return true;
    for (int i = 0; i < plot->graphCount(); ++i)
      if (plot->graph(i)->channelFillGraph() == g) return true;
    return false;
  }

  // A filled graph (a band's edge) is clamped to the range: the fill between
  // two clamped edges is exactly the band inside the strip. A line leaves the
  // range at the crossing point and resumes where it comes back (NaN breaks it).
  static QSharedPointer<QCPGraphDataContainer> clipped(const QCPGraphDataContainer& data, QCPRange range,
                                                       bool filled) {
    auto out = QSharedPointer<QCPGraphDataContainer>::create();
    auto inside = [&](double v) { return v >= range.lower && v <= range.upper; };
    auto clamp = [&](double v) { return std::clamp(v, range.lower, range.upper); };
    const QCPGraphData* previous = nullptr;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
      const QCPGraphData& p = *it;
      if (filled || std::isnan(p.value)) {
        out->add(QCPGraphData(p.key, std::isnan(p.value) ? p.value : clamp(p.value)));
        previous = &p;
        continue;
      }
      if (previous && !std::isnan(previous->value) && inside(previous->value) != inside(p.value)) {
        // Where the segment crosses the edge it leaves or enters by.
        const double edge = (inside(previous->value) ? p.value : previous->value) > range.upper ? range.upper
                                                                                               : range.lower;
        const double t = (edge - previous->value) / (p.value - previous->value);
        const double key = previous->key + t * (p.key - previous->key);
        out->add(QCPGraphData(key, edge));
        if (!inside(p.value)) out->add(QCPGraphData(key, std::numeric_limits<double>::quiet_NaN()));
      }
      if (inside(p.value)) out->add(p);
      previous = &p;
    }
    return out;
  }

  std::vector<std::pair<QCPGraph*, QSharedPointer<QCPGraphDataContainer>>> m_saved;
};

// Renders the plot through a QSvgGenerator already given its output.
bool renderSvg(QCustomPlot* plot, QSvgGenerator& generator, int width, int height) {
  const SvgClipGuard clip(plot);
  generator.setSize(QSize(width, height));
  // Font sizes are in points: at the generator's default 72 dpi a 9 pt label
  // is 9 units tall in a picture measured in screen pixels (96 per inch), so
  // text came out a quarter smaller than on screen and in the PDF.
  generator.setResolution(plot->logicalDpiX());
  generator.setViewBox(QRect(0, 0, width, height));
  generator.setTitle(QStringLiteral("Supervised Explorer figure"));
  generator.setDescription(QStringLiteral("Exported from Supervised Explorer"));
  QCPPainter painter;
  if (!painter.begin(&generator)) return false;
  // QCPPainter in vector mode: no pixel-snapping, no cached layers, so every
  // point, line and label becomes an SVG element.
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  plot->toPainter(&painter, width, height);
  return painter.end();
}

}  // namespace

QString exportSvg(QCustomPlot* plot, const QString& path, int width, int height) {
  if (width <= 0) width = plot->width();
  if (height <= 0) height = plot->height();
  QSvgGenerator generator;
  generator.setFileName(path);
  if (!renderSvg(plot, generator, width, height)) return cannotWrite(path);
  if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) return cannotWrite(path);
  return {};
}

QByteArray svgBytes(QCustomPlot* plot, int width, int height) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator generator;
  generator.setOutputDevice(&buffer);
  if (!renderSvg(plot, generator, width > 0 ? width : plot->width(), height > 0 ? height : plot->height())) return {};
  return buffer.data();
}

QString exportPlot(QCustomPlot* plot, const QString& path, int width, int height, double scale) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == "png") return exportPng(plot, path, width, height, scale);
  if (suffix == "pdf") return exportPdf(plot, path, width, height);
  if (suffix == "svg") return exportSvg(plot, path, width, height);
  return QObject::tr("%1: unknown format; use .png, .pdf or .svg.").arg(path);
}

}  // namespace supex
