#pragma once
// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight
// colours that stay distinguishable under the common colour-vision
// deficiencies. Class k is drawn in colour k mod 8 everywhere (points, regions,
// legend, palette buttons), so a class keeps its colour across views.
#include <QColor>

namespace supex {

constexpr int kPaletteSize = 8;

// Colour of class `k` (wraps after eight classes).
QColor classColor(int k);

// The light region tint of class k: white blended towards classColor(k) by
// `strength` in [0, 1] (0 = white). Light enough for points to stay visible.
QColor classTint(int k, double strength);

// Region tint strength for a confidence s in [0, 1] (0 = a tie, 1 = certain).
double tintStrength(double s);

// Colours of the regression views.
QColor regressionPointColor();
QColor regressionCurveColor();

}  // namespace supex
