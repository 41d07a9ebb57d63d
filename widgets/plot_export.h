#pragma once
// Writing what the canvas shows to files: PNG at any size and scale, PDF and
// SVG as vectors (points, lines and text stay vectors; the region shading is
// an embedded image, as it is a raster by nature). Each returns an empty
// string on success, else a message naming the file.
#include <QByteArray>
#include <QString>

class QCustomPlot;

namespace supex {

QString exportPng(QCustomPlot* plot, const QString& path, int width, int height, double scale = 1.0);
QString exportPdf(QCustomPlot* plot, const QString& path, int width, int height);
QString exportSvg(QCustomPlot* plot, const QString& path, int width, int height);
// The SVG document as bytes (for the clipboard).
QByteArray svgBytes(QCustomPlot* plot, int width, int height);
// Picks the format from the file suffix (.png, .pdf, .svg).
QString exportPlot(QCustomPlot* plot, const QString& path, int width, int height, double scale = 1.0);

}  // namespace supex
