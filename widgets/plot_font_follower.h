#pragma once
// Keeps the text of a QCustomPlot in proportion to the widget's font. A
// QCustomPlot copies its font into every axis, legend and text item when they
// are made, so a later change of the application font (presentation mode
// enlarges it) would leave the plots of the teaching views at their old size.
// After followWidgetFont, a font change scales every text of the plot by the
// same factor as the widget's font, smaller sizes set on purpose included.
class QCustomPlot;

namespace supex {

// Idempotent; the plot owns what it installs.
void followWidgetFont(QCustomPlot* plot);

}  // namespace supex
