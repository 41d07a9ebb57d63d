#include "widgets/plot_export.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QSvgGenerator>

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

// Renders the plot through a QSvgGenerator already given its output.
bool renderSvg(QCustomPlot* plot, QSvgGenerator& generator, int width, int height) {
  generator.setSize(QSize(width, height));
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
