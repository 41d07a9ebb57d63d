#pragma once
// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight
// colours that stay distinguishable under the common colour-vision
// deficiencies. Class k is drawn in colour k mod 8 everywhere (points, regions,
// legend, palette buttons), so a class keeps its colour across views.
#include <QColor>

namespace supex {

constexpr int kPaletteSize = 8;

// Two colour-blind-safe sets: Okabe–Ito (the default) and Paul Tol's
// "bright" scheme (Tol 2021, "Colour Schemes", SRON/EPS/TN/09-002), whose
// darker blue, red and green read better on some projectors. The choice is
// the user's (View ▸ Class colours, kept in QSettings); views that cache
// colours redraw when it changes.
enum class ClassColours { OkabeIto, TolBright };
void setClassColours(ClassColours colours);
ClassColours classColours();

// Colour of class `k` in the chosen set (wraps after eight classes).
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
